package eu.transferhub.generator.render.view;

/**
 * The page-not-found page.
 */
public record ErrorView(
        String title) {
}
