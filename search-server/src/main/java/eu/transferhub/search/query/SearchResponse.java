package eu.transferhub.search.query;

import java.util.List;
import java.util.Map;

/**
 * What a search found: one page of hits, the facet counts and, when the query found little,
 * a "did you mean" suggestion.
 *
 * @param total      number of matching documents (exact)
 * @param tookMs     time spent searching, in milliseconds
 * @param partial    true when the time budget ran out and the hits are what was found by then
 * @param hits       the requested page of hits
 * @param facets     per dimension (type, city, network, theme, year, lang) the values with their
 *                   counts, computed drill-sideways: choosing a value still shows its alternatives
 * @param suggestion a corrected query built from the index's own terms, or null
 */
public record SearchResponse(
        long total,
        long tookMs,
        boolean partial,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        String suggestion) {

    public SearchResponse {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One hit.
     *
     * @param snippet HTML: the matched terms in {@code <mark>}, everything else escaped
     * @param date    ISO date or null
     */
    public record Hit(
            String url,
            String title,
            String type,
            String lang,
            String date,
            List<String> cities,
            String snippet) {
    }

    /**
     * One value of a facet.
     *
     * @param value    what goes in the request parameter (a slug, type, year or language code)
     * @param label    display name in the language searched (falls back to the value)
     * @param count    matching documents with this value, given the other facets' selections
     * @param selected whether the request selected this value
     */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
