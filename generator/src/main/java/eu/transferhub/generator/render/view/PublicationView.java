package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * A journal's or case study's city and author; either may be null; {@code networks} may be empty.
 */
public record PublicationView(
        Link city,
        List<Link> networks,
        boolean hasNetworks,
        AuthorView author,
        boolean hasFacts) {
}
