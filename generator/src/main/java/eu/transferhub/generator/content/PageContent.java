package eu.transferhub.generator.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A page body after Markdown and HTML post-processing: a value, equal to another with the same
 * parts.
 *
 * <p>The HTML is kept as UTF-8 and decoded when asked for. A Java string with a single letter
 * outside Latin-1 (ł, ș, ő) stores every char in two bytes, and the HTML bodies of a large site
 * were its largest part in memory: 20,000 pages of about 10,000 chars took 400 MB as strings
 * and take half as UTF-8. It is read once per build, when its page is rendered. The plain text
 * stays a string: the page's search document shares it.
 */
public final class PageContent {

    private final byte[] html;
    private final String plainText;
    private final String summary;
    private final List<TocEntry> toc;
    private final List<String> headings;

    /**
     * @param html      sanitised body HTML, links resolved, headings with ids
     * @param plainText the body's text, for search documents
     * @param summary   plain text: front-matter summary or the first paragraph; may be empty
     * @param toc       h2 and h3 headings, in document order
     * @param headings  the text of every heading, in document order
     */
    public PageContent(String html, String plainText, String summary, List<TocEntry> toc, List<String> headings) {
        this.html = Objects.requireNonNull(html, "html").getBytes(StandardCharsets.UTF_8);
        this.plainText = Objects.requireNonNull(plainText, "plainText");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.toc = List.copyOf(toc);
        this.headings = List.copyOf(headings);
    }

    /** A body without content. */
    public static PageContent empty() {
        return new PageContent("", "", "", List.of(), List.of());
    }

    /** Sanitised body HTML, links resolved, headings with ids; decoded at each call. */
    public String html() {
        return new String(html, StandardCharsets.UTF_8);
    }

    /** The body's text, for search documents. */
    public String plainText() {
        return plainText;
    }

    /** Plain text: front-matter summary or the first paragraph; may be empty. */
    public String summary() {
        return summary;
    }

    /** h2 and h3 headings, in document order. */
    public List<TocEntry> toc() {
        return toc;
    }

    /** The text of every heading, in document order. */
    public List<String> headings() {
        return headings;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageContent that && Arrays.equals(html, that.html)
                && plainText.equals(that.plainText) && summary.equals(that.summary) && toc.equals(that.toc)
                && headings.equals(that.headings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(html), plainText, summary, toc, headings);
    }

    @Override
    public String toString() {
        return "PageContent[html=" + html() + ", plainText=" + plainText + ", summary=" + summary + ", toc=" + toc
                + ", headings=" + headings + "]";
    }
}
