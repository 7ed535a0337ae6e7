package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Atom feeds (RFC 4287), written by hand with every text through {@link XmlText} (escaped, and
 * stripped of what XML forbids), byte for byte as {@code XMLStreamWriter} wrote them before.
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
        StringBuilder xml = new StringBuilder(1024 + 640 * entries.size());
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"").append(ATOM).append("\" xml:lang=\"");
        XmlText.appendAttribute(lang, xml);
        xml.append("\">\n");
        element(xml, "title", title);
        element(xml, "subtitle", context.messages(lang).text("site.tagline"));
        link(xml, "self", "application/atom+xml", context.absolute(htmlUrl + "index.xml"));
        link(xml, "alternate", "text/html", context.absolute(htmlUrl));
        element(xml, "id", context.absolute(htmlUrl));
        element(xml, "updated", timestamp(updated));
        xml.append("<author>");
        element(xml, "name", context.config().title(lang));
        xml.append("</author>\n");
        for (Page page : entries) {
            entry(xml, page);
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void entry(StringBuilder xml, Page page) {
        xml.append("<entry>\n");
        element(xml, "title", page.title());
        link(xml, "alternate", "text/html", context.absolute(page.url()));
        element(xml, "id", context.absolute(page.url()));
        if (page.meta().date().isPresent()) {
            element(xml, "published", timestamp(page.meta().date().get().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
        element(xml, "updated", timestamp(RenderContext.updatedInstant(page).orElseThrow()));
        String summary = Cards.blankToNull(page.content().summary());
        if (summary != null) {
            xml.append("<summary type=\"text\">");
            XmlText.appendText(summary, xml);
            xml.append("</summary>\n");
        }
        xml.append("<category term=\"");
        XmlText.appendAttribute(page.type().slug(), xml);
        xml.append("\" label=\"");
        XmlText.appendAttribute(context.typeLabel(page.type(), page.lang()), xml);
        xml.append("\"/>\n");
        Optional<String> author = switch (page.meta().details()) {
            case PracticeDetails p -> p.author().map(a -> a.name());
            case PublicationDetails p -> p.author().map(a -> a.name());
            default -> Optional.empty();
        };
        if (author.isPresent()) {
            xml.append("<author>");
            element(xml, "name", author.get());
            xml.append("</author>\n");
        }
        xml.append("</entry>\n");
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>');
        XmlText.appendText(text, xml);
        xml.append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, String rel, String type, String href) {
        xml.append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"");
        XmlText.appendAttribute(href, xml);
        xml.append("\"/>\n");
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
