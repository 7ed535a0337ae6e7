package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * A non-empty list of cards with its count text, e.g. "Items: 23".
 */
public record CardList(
        String countText,
        List<Card> items) {
}
