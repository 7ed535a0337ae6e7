package eu.transferhub.search.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rendered page as the search server sees it: the contract between the generator, which
 * writes these, and the indexer, which reads them. Nothing here knows about Markdown.
 *
 * <p>Serialised as one JSON object per line ({@link SearchDocuments}). All lists are
 * non-null and may be empty; {@code date} and {@code country} may be null.
 *
 * @param id       stable key, unique across the site: the URL path without slashes at the ends,
 *                 e.g. {@code en/good-practices/as-fabrik}
 * @param url      the page's URL path as the site links it, e.g. {@code /en/good-practices/as-fabrik/},
 *                 or {@code /hub/en/good-practices/as-fabrik/} for a site published under /hub/
 * @param lang     language code of the page (en, es, eu, et, pl, ro)
 * @param type     page type: good-practice, case-study, journal, article, network, city, theme, page
 * @param title    the page title
 * @param headings the text of the page's headings, in document order
 * @param summary  the page summary (front matter, or the first paragraph)
 * @param body     the page's plain text, taken from its rendered HTML
 * @param date     publication date as ISO {@code yyyy-MM-dd}, or null when the page has none
 * @param cities   city slugs the page refers to
 * @param networks network slugs the page refers to
 * @param themes   theme slugs the page refers to
 * @param country  ISO 3166 alpha-2 code for city pages, or null
 * @param labels   display names, in the page's language, for the slugs above and for every
 *                 type, e.g. {@code {"timisoara": "Timișoara", "good-practice": "Good practice"}}
 */
public record SearchDocument(
        String id,
        String url,
        String lang,
        String type,
        String title,
        List<String> headings,
        String summary,
        String body,
        String date,
        List<String> cities,
        List<String> networks,
        List<String> themes,
        String country,
        Map<String, String> labels) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        headings = headings == null ? List.of() : List.copyOf(headings);
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        cities = cities == null ? List.of() : List.copyOf(cities);
        networks = networks == null ? List.of() : List.copyOf(networks);
        themes = themes == null ? List.of() : List.copyOf(themes);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The year of {@link #date()}, or null when the page has no date. */
    public Integer year() {
        return date == null || date.length() < 4 ? null : Integer.valueOf(date.substring(0, 4));
    }
}
