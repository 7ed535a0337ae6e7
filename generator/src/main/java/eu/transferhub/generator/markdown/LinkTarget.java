package eu.transferhub.generator.markdown;

/**
 * A link or image destination as written in the Markdown.
 *
 * @param destination the URL as written (after reference resolution), e.g. {@code ../tartu/}
 * @param line        1-based line in the Markdown file
 * @param image       whether it is an image source rather than a link
 * @param text        what a screen reader says for it: a link's text (with the alt text of
 *                    images in it, or an {@code aria-label}), an image's alt text; null when
 *                    there is none (a Markdown image with nothing between its brackets, an
 *                    HTML {@code img} without an {@code alt} attribute, a link with no text).
 *                    {@code alt=""} in HTML, the way to mark an image as decorative, is "".
 */
public record LinkTarget(String destination, int line, boolean image, String text) {
}
