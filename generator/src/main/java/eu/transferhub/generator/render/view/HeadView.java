package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The document head.
 *
 * @param title       the full {@code <title>}
 * @param description may be null
 * @param canonical   absolute URL; null on pages that are not indexed (404)
 * @param robots      e.g. {@code noindex}; null for the default
 * @param alternates  {@code <link rel=alternate hreflang>} for each translation and x-default
 * @param feed        the Atom feed to advertise, or null
 * @param og          Open Graph tags, or null
 * @param jsonLd      schema.org JSON-LD, already escaped for a script element, or null
 */
public record HeadView(
        String title,
        String description,
        String canonical,
        String robots,
        List<Alternate> alternates,
        FeedLink feed,
        OpenGraph og,
        String jsonLd) {
}
