package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The cities on the home page.
 */
public record CityList(
        List<TermItem> items,
        String allUrl) {
}
