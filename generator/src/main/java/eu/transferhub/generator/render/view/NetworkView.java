package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * A network's profile; {@code lead}, {@code programme} and {@code period} may be null.
 */
public record NetworkView(
        Link lead,
        List<Link> partners,
        boolean hasPartners,
        String programme,
        String period,
        List<MeetingView> meetings,
        boolean hasMeetings) {
}
