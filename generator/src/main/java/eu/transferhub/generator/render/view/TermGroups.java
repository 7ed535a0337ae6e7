package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The cities, networks and themes a page refers to, by taxonomy.
 */
public record TermGroups(
        List<TermGroup> groups) {
}
