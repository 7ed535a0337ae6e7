package eu.transferhub.generator.render.view;

/**
 * An author; {@code role} may be null.
 */
public record AuthorView(
        String name,
        String role) {
}
