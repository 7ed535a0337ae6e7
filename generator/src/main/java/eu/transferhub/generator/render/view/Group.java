package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * Pages of one type in a term page, e.g. the good practices of a city.
 */
public record Group(
        String heading,
        List<Card> cards) {
}
