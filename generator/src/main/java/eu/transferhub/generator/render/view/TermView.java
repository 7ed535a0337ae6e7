package eu.transferhub.generator.render.view;

/**
 * A term page for a term without a profile page in this language.
 */
public record TermView(
        String typeLabel,
        String title,
        String intro,
        Referencing referencing) {
}
