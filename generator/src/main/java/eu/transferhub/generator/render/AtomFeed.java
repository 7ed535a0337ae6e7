package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom feeds (RFC 4287), written with {@link XMLStreamWriter} so every text is escaped.
 * An entry's {@code updated} is the page's lastmod, else its date; pages with neither are
 * left out. The feed's {@code updated} is its newest entry's; for an empty feed, the last
 * change of the page it belongs to (a term's profile), else the newest change anywhere on the
 * site: never the build time, so builds stay byte-identical. Not the site's when there is an
 * owner, so that a save elsewhere does not change the feed of a term nothing refers to.
 */
final class AtomFeed {

    /** Entries per feed: the newest ones. */
    static final int SIZE = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final RenderContext context;
    /** The newest change on the site, found when an empty feed first needs it (a walk of every page). */
    private volatile Instant siteUpdated;

    AtomFeed(RenderContext context) {
        this.context = context;
    }

    private Instant siteUpdated() {
        Instant known = siteUpdated;
        if (known == null) {
            // Two threads may both compute it; they find the same instant.
            known = context.site().pages().stream()
                    .map(RenderContext::updatedInstant).flatMap(Optional::stream)
                    .max(Instant::compareTo).orElse(Instant.EPOCH);
            siteUpdated = known;
        }
        return known;
    }

    /** The pages a feed of {@code pages} (newest first) has entries for: the first {@link #SIZE} with a date. */
    static List<Page> entries(List<Page> pages) {
        return pages.stream().filter(p -> RenderContext.updatedInstant(p).isPresent()).limit(SIZE).toList();
    }

    /** The feed's own {@code updated}: its newest entry's, or its owner's or the site's when it has none. */
    Instant updated(List<Page> entries, Optional<Page> owner) {
        return entries.stream().map(p -> RenderContext.updatedInstant(p).orElseThrow())
                .max(Instant::compareTo)
                .or(() -> owner.flatMap(RenderContext::updatedInstant))
                .orElseGet(this::siteUpdated);
    }

    /**
     * @param htmlUrl site path of the page the feed belongs to
     * @param pages   candidates, newest first
     * @param owner   the content page the feed belongs to, if any (a term's profile)
     */
    byte[] write(String lang, String title, String htmlUrl, List<Page> pages, Optional<Page> owner) {
        List<Page> entries = entries(pages);
        Instant updated = updated(entries, owner);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", lang);
            xml.writeCharacters("\n");
            element(xml, "title", title);
            element(xml, "subtitle", context.messages(lang).text("site.tagline"));
            link(xml, "self", "application/atom+xml", context.absolute(htmlUrl + "index.xml"));
            link(xml, "alternate", "text/html", context.absolute(htmlUrl));
            element(xml, "id", context.absolute(htmlUrl));
            element(xml, "updated", timestamp(updated));
            xml.writeStartElement("author");
            element(xml, "name", context.config().title(lang));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Page page : entries) {
                entry(xml, page);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed of " + htmlUrl + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private void entry(XMLStreamWriter xml, Page page) throws XMLStreamException {
        xml.writeStartElement("entry");
        xml.writeCharacters("\n");
        element(xml, "title", page.title());
        link(xml, "alternate", "text/html", context.absolute(page.url()));
        element(xml, "id", context.absolute(page.url()));
        if (page.meta().date().isPresent()) {
            element(xml, "published", timestamp(page.meta().date().get().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
        element(xml, "updated", timestamp(RenderContext.updatedInstant(page).orElseThrow()));
        String summary = Cards.blankToNull(page.content().summary());
        if (summary != null) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(XmlText.clean(summary));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", page.type().slug());
        xml.writeAttribute("label", context.typeLabel(page.type(), page.lang()));
        xml.writeCharacters("\n");
        Optional<String> author = switch (page.meta().details()) {
            case PracticeDetails p -> p.author().map(a -> a.name());
            case PublicationDetails p -> p.author().map(a -> a.name());
            default -> Optional.empty();
        };
        if (author.isPresent()) {
            xml.writeStartElement("author");
            element(xml, "name", author.get());
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeCharacters("\n");
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
