package eu.transferhub.generator.markdown;

/**
 * A link or image destination as written in the Markdown.
 *
 * @param destination the URL as written (after reference resolution), e.g. {@code ../tartu/}
 * @param line        1-based line in the Markdown file
 * @param image       whether it is an image source rather than a link
 */
public record LinkTarget(String destination, int line, boolean image) {
}
