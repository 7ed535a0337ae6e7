package eu.transferhub.generator.render.view;

/**
 * One term in a taxonomy index; {@code detail} (a city's country) and {@code summary} may be null.
 */
public record TermItem(
        String name,
        String url,
        String detail,
        String countText,
        String summary) {
}
