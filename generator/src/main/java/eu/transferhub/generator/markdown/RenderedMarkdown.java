package eu.transferhub.generator.markdown;

import java.util.List;

/**
 * A Markdown body turned into HTML, before sanitising and post-processing.
 *
 * @param html    the HTML as commonmark renders it (raw HTML passed through, not yet sanitised)
 * @param links   every link and image destination, in document order
 * @param rawHtml whether the Markdown contains raw HTML (blocks or inline tags)
 */
public record RenderedMarkdown(String html, List<LinkTarget> links, boolean rawHtml) {
    public RenderedMarkdown {
        links = List.copyOf(links);
    }
}
