package eu.transferhub.generator.render.view;

/**
 * {@code <link rel="alternate" hreflang href>}: a translation of the page (or x-default).
 */
public record Alternate(
        String hreflang,
        String href) {
}
