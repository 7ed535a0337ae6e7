package eu.transferhub.generator.render.view;

/**
 * A city's contact details; each part may be null.
 */
public record ContactView(
        String address,
        ContactLink phone,
        ContactLink email,
        ContactLink website) {
}
