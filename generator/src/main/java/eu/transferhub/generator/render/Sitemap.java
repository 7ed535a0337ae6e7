package eu.transferhub.generator.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * What {@link SitemapEntries#collect} found: entries to write, and the URLs of content
     * pages a preview rebuild did not change, whose elements are taken from the last sitemap
     * as they are ({@link #knows}).
     */
    record Entries(List<Entry> computed, List<String> kept) {
    }

    /**
     * The {@code <url>} elements of a sitemap written, for the next preview rebuild, which
     * changes few entries of a large site. Valid for one base URL and language order.
     * Immutable by convention: the arrays are never written after construction.
     *
     * @param positions each URL's index in the arrays, which are in the sitemap's order
     * @param entries   what each element was made from
     * @param elements  each {@code <url>} element, UTF-8
     */
    record Written(Object settings, Map<String, Integer> positions, Entry[] entries, byte[][] elements) {

        static final Written NONE = new Written(null, Map.of(), new Entry[0], new byte[0][]);
    }

    private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + SITEMAP
            + "\" xmlns:xhtml=\"" + XHTML + "\">\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "</urlset>\n".getBytes(StandardCharsets.UTF_8);

    private final RenderContext context;
    private final Object settings;
    /** The last sitemap's elements, when they were written with the same settings. */
    private final Written previous;
    private volatile Written written = Written.NONE;

    /** @param previous the last sitemap written for this output, or {@link Written#NONE} */
    Sitemap(RenderContext context, Written previous) {
        this.context = context;
        this.settings = List.of(context.absolute("/"), context.languages(), context.defaultLanguage());
        this.previous = settings.equals(previous.settings()) ? previous : Written.NONE;
    }

    /** What {@link #write} wrote, for the next render. */
    Written written() {
        return written;
    }

    /** Whether the last sitemap has an element for {@code url} that can be kept as it is. */
    boolean knows(String url) {
        return previous.positions().containsKey(url);
    }

    byte[] write(Entries entries) {
        boolean sameUrls = entries.kept().size() + entries.computed().size() == previous.entries().length
                && entries.computed().stream().allMatch(e -> previous.positions().containsKey(e.url()));
        written = sameUrls ? replaced(entries.computed()) : sorted(entries);
        // Written by hand rather than through XMLStreamWriter, which took most of a preview
        // rebuild's sitemap time on a large site; every value goes through XmlText.
        int size = HEAD.length + TAIL.length;
        for (byte[] element : written.elements()) {
            size += element.length;
        }
        byte[] xml = new byte[size];
        System.arraycopy(HEAD, 0, xml, 0, HEAD.length);
        int at = HEAD.length;
        for (byte[] element : written.elements()) {
            System.arraycopy(element, 0, xml, at, element.length);
            at += element.length;
        }
        System.arraycopy(TAIL, 0, xml, at, TAIL.length);
        return xml;
    }

    /** The last sitemap with the computed entries' elements replaced: no URL came or went. */
    private Written replaced(List<Entry> computed) {
        Entry[] entries = previous.entries().clone();
        byte[][] elements = previous.elements().clone();
        for (Entry entry : computed) {
            int i = previous.positions().get(entry.url());
            if (!entry.equals(entries[i])) {
                entries[i] = entry;
                elements[i] = element(entry);
            }
        }
        return new Written(settings, previous.positions(), entries, elements);
    }

    private static final Comparator<Entry> BY_URL = Comparator.comparing(Entry::url);

    /**
     * A new sitemap in URL order, reusing the last one's elements of equal entries. The kept
     * entries are taken in the last sitemap's order, which is URL order, and merged with the
     * computed ones sorted: a save that adds a term page does not sort twenty thousand URLs.
     */
    private Written sorted(Entries found) {
        List<Entry> computed = new ArrayList<>(found.computed());
        computed.sort(BY_URL);
        List<Entry> kept = new ArrayList<>(found.kept().size());
        if (!found.kept().isEmpty()) {
            Set<String> keptUrls = new HashSet<>(found.kept());
            for (Entry entry : previous.entries()) {
                if (keptUrls.contains(entry.url())) {
                    kept.add(entry);
                }
            }
        }
        Entry[] entries = new Entry[computed.size() + kept.size()];
        for (int i = 0, c = 0, k = 0; i < entries.length; i++) {
            entries[i] = k == kept.size() || c < computed.size() && BY_URL.compare(computed.get(c), kept.get(k)) < 0
                    ? computed.get(c++) : kept.get(k++);
        }
        Map<String, Integer> positions = new HashMap<>(2 * entries.length);
        byte[][] elements = new byte[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            positions.put(entry.url(), i);
            Integer known = previous.positions().get(entry.url());
            elements[i] = known != null && previous.entries()[known].equals(entry) ? previous.elements()[known]
                    : element(entry);
        }
        return new Written(settings, Collections.unmodifiableMap(positions), entries, elements);
    }

    private byte[] element(Entry entry) {
        StringBuilder xml = new StringBuilder(256);
        xml.append("<url><loc>");
        XmlText.appendAttribute(context.absolute(entry.url()), xml);
        xml.append("</loc>");
        if (entry.lastmod().isPresent()) {
            xml.append("<lastmod>").append(AtomFeed.timestamp(entry.lastmod().get())).append("</lastmod>");
        }
        for (Map.Entry<String, String> alternate : Chrome.withXDefault(entry.alternates(), context).entrySet()) {
            xml.append("<xhtml:link rel=\"alternate\" hreflang=\"");
            XmlText.appendAttribute(alternate.getKey(), xml);
            xml.append("\" href=\"");
            XmlText.appendAttribute(context.absolute(alternate.getValue()), xml);
            xml.append("\"/>");
        }
        return xml.append("</url>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] robots() {
        String text = "User-agent: *\n"
                + "Disallow: " + context.href("/_search/") + "\n"
                + "\n"
                + "Sitemap: " + context.absolute("/sitemap.xml") + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
