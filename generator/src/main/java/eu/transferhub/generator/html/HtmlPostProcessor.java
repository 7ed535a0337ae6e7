package eu.transferhub.generator.html;

import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.TocEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the HTML of a Markdown body into a page's {@link PageContent}: sanitises it
 * ({@link BodySanitizer}), gives every heading a unique ASCII id and collects the h2–h3 table
 * of contents, resolves relative links and images against the page URL, marks external links
 * {@code rel="noopener noreferrer"}, lazy-loads images, and extracts summary and plain text.
 *
 * <p>Output is serialised without pretty-printing so it is byte-stable. Immutable and
 * thread-safe; one instance serves the whole build.
 */
public final class HtmlPostProcessor {

    /**
     * Any absolute base will do for the sanitiser's scheme check of relative URLs; a reserved
     * name keeps the result independent of the site's real base URL.
     */
    private static final String CHECK_BASE = "https://site.invalid";

    private final String siteHost;

    /** @param baseUrl the site's base URL: absolute links to its host are not external */
    public HtmlPostProcessor(URI baseUrl) {
        this.siteHost = Optional.ofNullable(baseUrl.getHost()).orElse("").toLowerCase(Locale.ROOT);
    }

    /**
     * Processes one page body.
     *
     * @param html    HTML from the Markdown stage, raw HTML included (it is sanitised here)
     * @param pageUrl the page's site-relative URL, e.g. {@code /en/cities/bilbao/}
     * @param summary the front-matter summary; when empty, the first paragraph's text is used
     */
    public PageContent process(String html, String pageUrl, Optional<String> summary) {
        return process(html, true, pageUrl, summary);
    }

    /**
     * Processes one page body, skipping the allow-list pass when the Markdown had no raw HTML.
     * Commonmark's own output uses only safe elements and attributes; what it copies from the
     * editor is URLs, and those are checked here on every path ({@link #safeUrl}). The
     * allow-list pass is the most expensive step, and most pages have no raw HTML.
     *
     * @param rawHtml whether the Markdown contained raw HTML; when in doubt, pass {@code true}
     */
    public PageContent process(String html, boolean rawHtml, String pageUrl, Optional<String> summary) {
        Document document = Jsoup.parseBodyFragment(html, CHECK_BASE + pageUrl);
        if (rawHtml) {
            document = BodySanitizer.clean(document);
        }
        document.outputSettings().prettyPrint(false);
        Element body = document.body();

        Set<String> ids = new HashSet<>(ReservedIds.THEME);
        for (Element element : body.select("[id]")) {
            if (!isHeading(element)) {
                if (ReservedIds.THEME.contains(element.id())) {
                    element.attr("id", ReservedIds.free(element.id(), ids));
                }
                ids.add(element.id());
            }
        }
        List<TocEntry> toc = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            switch (element.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, ids, toc, headings);
                case "a" -> link(element, pageUrl);
                case "img" -> image(element, pageUrl);
                default -> {
                }
            }
        }
        // The first paragraph with text of its own: one of images alone has none (alt text is
        // not part of Element.text()).
        String firstParagraph = body.children().stream()
                .filter(e -> e.normalName().equals("p"))
                .map(HtmlPostProcessor::summaryText).filter(t -> !t.isBlank())
                .findFirst().orElse("");
        return new PageContent(body.html(), body.text(), summary.orElse(firstParagraph), toc, headings);
    }

    /** A paragraph's text without its footnote marks ("Text1" would read as a figure). */
    private static String summaryText(Element paragraph) {
        if (paragraph.selectFirst("sup.footnote-ref") == null) {
            return paragraph.text();
        }
        Element copy = paragraph.clone();
        copy.select("sup.footnote-ref").remove();
        return copy.text();
    }

    private static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** A unique ASCII id from the heading's own id (commonmark's anchor, or the editor's) or its text. */
    private static void heading(Element heading, Set<String> ids, List<TocEntry> toc, List<String> headings) {
        String text = heading.text();
        String id = ReservedIds.free(AsciiSlug.of(heading.id().isEmpty() ? text : heading.id()), ids);
        ids.add(id);
        heading.attr("id", id);
        headings.add(text);
        int level = heading.normalName().charAt(1) - '0';
        if (level == 2 || level == 3) {
            toc.add(new TocEntry(level, id, text));
        }
    }

    private void link(Element link, String pageUrl) {
        if (link.hasAttr("href") && !safeUrl(link.attr("href"), false)) {
            link.removeAttr("href");
        }
        if (link.hasAttr("href")) {
            String href = link.attr("href");
            link.attr("href", SiteLinks.resolve(pageUrl, href));
            if (isExternal(href)) {
                addRel(link);
            }
        }
        String target = link.attr("target");
        if (!target.isEmpty()) {
            // Only a new tab is meaningful here; named targets could address the theme's frames.
            if (target.equals("_blank")) {
                addRel(link);
            } else {
                link.removeAttr("target");
            }
        }
    }

    private static void image(Element image, String pageUrl) {
        String src = image.attr("src");
        if (!safeUrl(src, true)) {
            image.removeAttr("src");
        } else if (!src.isEmpty()) {
            image.attr("src", SiteLinks.resolve(pageUrl, src));
        }
        image.attr("loading", "lazy");
        image.attr("decoding", "async");
    }

    /** See {@link SiteLinks#isSafe}. */
    static boolean safeUrl(String url, boolean image) {
        return SiteLinks.isSafe(url, image);
    }

    private boolean isExternal(String href) {
        return SiteLinks.isExternal(href, siteHost);
    }

    /** Adds noopener and noreferrer to the link's rel, keeping the editor's own tokens first. */
    private static void addRel(Element link) {
        Set<String> rel = new LinkedHashSet<>();
        for (String token : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!token.isEmpty()) {
                rel.add(token);
            }
        }
        rel.add("noopener");
        rel.add("noreferrer");
        link.attr("rel", String.join(" ", rel));
    }
}
