package eu.transferhub.generator.render;

import eu.transferhub.generator.render.view.Breadcrumbs;
import eu.transferhub.generator.render.view.FeedLink;
import java.util.Map;

/**
 * What the page chrome needs to know about one HTML page.
 *
 * @param url         site path of the page, e.g. {@code /en/cities/page/2/}
 * @param title       the page's own title; null on the home page (the site title alone)
 * @param description may be null
 * @param alternates  language → site path of every version of this page (including itself),
 *                    for hreflang; empty for pages that are not indexed
 * @param switcher    language → site path the language switcher links to; languages absent
 *                    here are shown as unavailable
 * @param indexed     false for pages search engines should skip (404, search): noindex, no canonical
 * @param ogType      {@code article} or {@code website}
 * @param jsonLd      escaped JSON-LD, or null
 * @param feed        the feed to advertise, or null
 * @param breadcrumbs or null
 */
record PageMeta(String lang, String url, String title, String description, Map<String, String> alternates,
        Map<String, String> switcher, boolean indexed, String ogType, String jsonLd, FeedLink feed,
        Breadcrumbs breadcrumbs) {
}
