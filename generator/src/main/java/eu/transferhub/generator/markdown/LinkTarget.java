package eu.transferhub.generator.markdown;

/**
 * A link or image destination as written in the Markdown.
 *
 * @param destination the URL as written (after reference resolution), e.g. {@code ../tartu/}
 * @param line        1-based line in the Markdown file
 * @param image       whether it is an image source rather than a link
 * @param alt         an image's alt text; null for a link, and for an image without one (a
 *                    Markdown image with nothing between its brackets, an HTML {@code img}
 *                    without an {@code alt} attribute). {@code alt=""} in HTML, the way to
 *                    mark an image as decorative, is "".
 */
public record LinkTarget(String destination, int line, boolean image, String alt) {

    /** A link. */
    public static LinkTarget link(String destination, int line) {
        return new LinkTarget(destination, line, false, null);
    }
}
