package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The trail from the home page to the current page.
 */
public record Breadcrumbs(
        List<Crumb> items) {
}
