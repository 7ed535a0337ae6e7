package eu.transferhub.generator.render.view;

/**
 * An Atom feed to advertise in the head.
 */
public record FeedLink(
        String title,
        String href) {
}
