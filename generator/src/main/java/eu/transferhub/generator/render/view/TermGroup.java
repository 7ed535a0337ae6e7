package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The terms of one taxonomy, e.g. label "Cities" and links to Bilbao and Tartu.
 */
public record TermGroup(
        String label,
        List<Link> links) {
}
