package eu.transferhub.generator.render.view;

import java.util.Map;

/**
 * A redirect page for an old URL.
 *
 * @param target    site-relative URL of the page
 * @param canonical absolute URL of the page
 */
public record AliasView(
        String lang,
        Map<String, Object> t,
        String target,
        String canonical) {
}
