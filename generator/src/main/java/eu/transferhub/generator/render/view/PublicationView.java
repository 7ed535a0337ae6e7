package eu.transferhub.generator.render.view;

/**
 * A journal's or case study's city and author; either may be null.
 */
public record PublicationView(
        Link city,
        AuthorView author,
        boolean hasFacts) {
}
