package eu.transferhub.generator.markdown;

import eu.transferhub.generator.content.TocEntry;
import java.util.List;

/**
 * A Markdown body turned into HTML: links resolved against the page URL, headings with ids,
 * unsafe URLs dropped. Raw HTML in it is not yet sanitised: when {@code rawHtml} is true the
 * HTML must go through the Jsoup stage, which sanitises it and redoes the rest for the raw
 * parts; otherwise it is final.
 *
 * @param html           the HTML
 * @param links          every link and image destination as written, in document order
 * @param rawHtml        whether the Markdown contains raw HTML (blocks or inline tags)
 * @param toc            h2 and h3 headings
 * @param headings       the text of every heading
 * @param firstParagraph text of the first top-level paragraph, empty when there is none
 * @param plainText      the body's text, whitespace collapsed
 * @param outline        the Markdown headings' levels and lines, in document order
 */
public record RenderedMarkdown(String html, List<LinkTarget> links, boolean rawHtml, List<TocEntry> toc,
        List<String> headings, String firstParagraph, String plainText, List<HeadingMark> outline) {
    public RenderedMarkdown {
        links = List.copyOf(links);
        outline = List.copyOf(outline);
        toc = List.copyOf(toc);
        headings = List.copyOf(headings);
    }
}
