package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * One item of a list: type label, date, summary and cities.
 *
 * @param date        null for undated pages
 * @param moreCities e.g. "and 19 more" when not every city is named; null otherwise
 * @param transfer whether it is a transfer practice
 */
public record Card(
        String url,
        String title,
        String type,
        String typeLabel,
        DateView date,
        String summary,
        List<Link> cities,
        boolean hasCities,
        String moreCities,
        boolean transfer) {
}
