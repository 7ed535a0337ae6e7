package eu.transferhub.search.http;

import java.util.Locale;
import java.util.Map;

/** Content types of the files a generated site contains, by file extension. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("htm", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("map", "application/json;charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json;charset=utf-8"),
            Map.entry("xml", "application/xml;charset=utf-8"),
            Map.entry("rss", "application/rss+xml;charset=utf-8"),
            Map.entry("atom", "application/atom+xml;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("mustache", "text/plain;charset=utf-8"),
            Map.entry("csv", "text/csv;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"));

    /** Unknown kinds are served as opaque bytes, which browsers never sniff into HTML. */
    static final String DEFAULT = "application/octet-stream";

    private ContentTypes() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }
}
