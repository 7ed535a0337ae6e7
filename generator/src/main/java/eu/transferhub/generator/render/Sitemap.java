package eu.transferhub.generator.render;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

    private final RenderContext context;

    Sitemap(RenderContext context) {
        this.context = context;
    }

    byte[] write(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::url)).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            xml.writeCharacters("\n");
            for (Entry entry : sorted) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(context.absolute(entry.url()));
                xml.writeEndElement();
                if (entry.lastmod().isPresent()) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(AtomFeed.timestamp(entry.lastmod().get()));
                    xml.writeEndElement();
                }
                for (Map.Entry<String, String> alternate : Chrome.withXDefault(entry.alternates(), context).entrySet()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    xml.writeAttribute("href", context.absolute(alternate.getValue()));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    byte[] robots() {
        String text = "User-agent: *\n"
                + "Disallow: " + context.href("/_search/") + "\n"
                + "\n"
                + "Sitemap: " + context.absolute("/sitemap.xml") + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
