package eu.transferhub.generator.render.view;

/**
 * One heading in the table of contents; {@code level} is 2 or 3.
 */
public record TocItem(
        int level,
        String id,
        String text) {
}
