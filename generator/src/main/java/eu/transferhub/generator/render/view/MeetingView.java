package eu.transferhub.generator.render.view;

/**
 * One meeting in a network's timeline; {@code end} and {@code city} may be null.
 */
public record MeetingView(
        String title,
        DateView start,
        DateView end,
        Link city) {
}
