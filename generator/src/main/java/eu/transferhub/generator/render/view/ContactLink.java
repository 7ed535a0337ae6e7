package eu.transferhub.generator.render.view;

/**
 * A contact detail: {@code text} to show, {@code href} (tel:, mailto:, https:) or null when it cannot be linked safely.
 */
public record ContactLink(
        String text,
        String href) {
}
