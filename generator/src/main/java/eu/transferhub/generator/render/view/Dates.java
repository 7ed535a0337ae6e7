package eu.transferhub.generator.render.view;

/**
 * Publication and update dates of a page; either may be null.
 */
public record Dates(
        DateView published,
        DateView updated) {
}
