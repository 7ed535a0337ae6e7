package eu.transferhub.generator.content;

import java.util.List;
import java.util.Objects;

/**
 * A page body after Markdown and HTML post-processing.
 *
 * @param html      sanitised body HTML, links resolved, headings with ids
 * @param plainText the body's text, for search documents
 * @param summary   plain text: front-matter summary or the first paragraph; may be empty
 * @param toc       h2 and h3 headings, in document order
 * @param headings  the text of every heading, in document order
 */
public record PageContent(String html, String plainText, String summary, List<TocEntry> toc,
        List<String> headings) {
    public PageContent {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(summary, "summary");
        toc = List.copyOf(toc);
        headings = List.copyOf(headings);
    }

    /** A body without content. */
    public static PageContent empty() {
        return new PageContent("", "", "", List.of(), List.of());
    }
}
