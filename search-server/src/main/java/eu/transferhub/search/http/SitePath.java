package eu.transferhub.search.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path taken apart into safe segments, or nothing. The raw path is percent-decoded
 * exactly once (so {@code %2e%2e} and {@code %2f} are decoded and then judged like the
 * characters they stand for); a path is refused when a segment is {@code .} or {@code ..},
 * starts with a dot (hidden files, except {@code .well-known}), or contains a backslash, a NUL
 * or another control character, or when an escape or the UTF-8 is malformed.
 *
 * @param segments     the decoded, non-empty segments
 * @param trailingSlash whether the raw path ended with {@code /}
 */
record SitePath(List<String> segments, boolean trailingSlash) {

    SitePath {
        segments = List.copyOf(segments);
    }

    /** The safe path of {@code raw} (the request URI's path, still percent-encoded), or empty. */
    static Optional<SitePath> parse(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        Optional<String> decoded = percentDecode(raw);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")
                    || segment.startsWith(".") && !segment.equals(".well-known")
                    || segment.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f || c == ':')) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(new SitePath(segments, path.endsWith("/")));
    }

    /** The segments joined by {@code /}, relative (empty for the site root). */
    String relative() {
        return String.join("/", segments);
    }

    /** The canonical URL path, percent-encoding what needs it, with a trailing slash if asked. */
    String url(boolean withTrailingSlash) {
        StringBuilder url = new StringBuilder();
        for (String segment : segments) {
            url.append('/').append(encode(segment));
        }
        if (withTrailingSlash || url.isEmpty()) {
            url.append('/');
        }
        return url.toString();
    }

    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
