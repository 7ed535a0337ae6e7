package eu.transferhub.generator.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /sitemap.xml} with {@code xhtml:link} hreflang alternates (and x-default) for every
 * URL, and {@code /robots.txt} pointing to it. URLs are sorted so the file is stable.
 */
final class Sitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * One URL of the sitemap.
     *
     * @param url        site path
     * @param alternates language → site path of every version, including this one
     */
    record Entry(String url, Optional<Instant> lastmod, Map<String, String> alternates) {
    }

    /**
     * The {@code <url>} elements of the last sitemap written, for the next one: a preview
     * rebuild changes few entries of a large site. Valid for one base URL and language order.
     * Thread-safe: a render reads one snapshot and replaces it when done.
     */
    static final class Fragments {
        private record Snapshot(Object settings, Map<Entry, String> elements) {
        }

        private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(null, Map.of()));
    }

    private final RenderContext context;
    private final Fragments fragments;

    Sitemap(RenderContext context, Fragments fragments) {
        this.context = context;
        this.fragments = fragments;
    }

    byte[] write(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::url)).toList();
        // Written by hand rather than through XMLStreamWriter, which took most of a preview
        // rebuild's sitemap time on a large site; every value goes through escape().
        StringBuilder xml = new StringBuilder(256 * sorted.size() + 256);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"").append(SITEMAP)
                .append("\" xmlns:xhtml=\"").append(XHTML).append("\">\n");
        Object settings = List.of(context.absolute("/"), context.languages(), context.defaultLanguage());
        Fragments.Snapshot previous = fragments.last.get();
        Map<Entry, String> known = settings.equals(previous.settings()) ? previous.elements() : Map.of();
        Map<Entry, String> elements = new HashMap<>(2 * sorted.size());
        for (Entry entry : sorted) {
            String element = known.get(entry);
            if (element == null) {
                element = element(entry);
            }
            elements.put(entry, element);
            xml.append(element);
        }
        fragments.last.set(new Fragments.Snapshot(settings, elements));
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String element(Entry entry) {
        StringBuilder xml = new StringBuilder(256);
        xml.append("<url><loc>");
        escape(context.absolute(entry.url()), xml);
        xml.append("</loc>");
        if (entry.lastmod().isPresent()) {
            xml.append("<lastmod>").append(AtomFeed.timestamp(entry.lastmod().get())).append("</lastmod>");
        }
        for (Map.Entry<String, String> alternate : Chrome.withXDefault(entry.alternates(), context).entrySet()) {
            xml.append("<xhtml:link rel=\"alternate\" hreflang=\"");
            escape(alternate.getKey(), xml);
            xml.append("\" href=\"");
            escape(context.absolute(alternate.getValue()), xml);
            xml.append("\"/>");
        }
        return xml.append("</url>\n").toString();
    }

    /** Appends text safe in XML content and in double-quoted attributes. */
    private static void escape(String text, StringBuilder out) {
        String clean = XmlText.clean(text);
        if (!needsEscaping(clean)) {
            out.append(clean);
            return;
        }
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return true;
            }
        }
        return false;
    }

    byte[] robots() {
        String text = "User-agent: *\n"
                + "Disallow: " + context.href("/_search/") + "\n"
                + "\n"
                + "Sitemap: " + context.absolute("/sitemap.xml") + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
