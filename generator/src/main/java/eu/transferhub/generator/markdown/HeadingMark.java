package eu.transferhub.generator.markdown;

/**
 * A Markdown heading's place in the page outline.
 *
 * @param level 1 for {@code #}, 2 for {@code ##}…
 * @param line  1-based line in the Markdown file
 */
public record HeadingMark(int level, int line) {
}
