package eu.transferhub.generator.content;

/**
 * One heading in a page's table of contents.
 *
 * @param level 2 or 3
 * @param id    the heading's id attribute, unique in the page
 * @param text  the heading's plain text
 */
public record TocEntry(int level, String id, String text) {
}
