package eu.transferhub.generator.render.view;

/**
 * A named link; {@code url} is null when the target has no page in this language.
 */
public record Link(
        String name,
        String url) {
}
