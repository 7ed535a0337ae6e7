package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * One item of a list: type label, date, summary and cities.
 *
 * @param date     null for undated pages
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
        boolean transfer) {
}
