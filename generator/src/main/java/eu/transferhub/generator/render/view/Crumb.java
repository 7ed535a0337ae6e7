package eu.transferhub.generator.render.view;

/**
 * One step of the breadcrumbs; {@code url} is null for the current page.
 */
public record Crumb(
        String name,
        String url) {
}
