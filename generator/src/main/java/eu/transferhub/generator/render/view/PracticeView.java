package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * A good practice's owner city, author, transfer flag and results; {@code city} and {@code author} may be null.
 */
public record PracticeView(
        Link city,
        List<Link> networks,
        boolean hasNetworks,
        AuthorView author,
        boolean transfer,
        boolean hasFacts,
        List<ResultView> results,
        boolean hasResults) {
}
