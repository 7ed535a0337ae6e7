package eu.transferhub.generator.render.view;

/**
 * A date: {@code iso} for {@code <time datetime>}, {@code text} formatted for the page's language.
 */
public record DateView(
        String iso,
        String text) {
}
