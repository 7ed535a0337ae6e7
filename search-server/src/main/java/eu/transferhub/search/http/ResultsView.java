package eu.transferhub.search.http;

import java.util.List;

/**
 * The view model of the results partial ({@code _search/results.mustache}): every string
 * already in the page's language and every URL built, so the template only places them.
 * search.js builds the same structure from the JSON API. Null members render as nothing.
 */
record ResultsView(
        String query,
        String action,
        String heading,
        String error,
        String partial,
        Suggestion suggestion,
        boolean hasHits,
        int start,
        List<Hit> hits,
        Filters filters,
        Pagination pagination) {

    record Suggestion(String label, String text, String url) {
    }

    /**
     * @param lang     the page's language, for the lang attributes of its title and snippet
     * @param language that language's name in itself, when it is not the search page's
     *                 language; else null, as nothing needs saying
     */
    record Hit(String url, String title, String lang, String language, String typeLabel, String date,
            String snippet) {
    }

    /** @param chosen how many filter values are chosen, said in the page's language; null when none */
    record Filters(String label, String chosen, String query, String sort, String sortLabel,
            List<Option> sortOptions, List<Facet> facets, String applyLabel, Link clear) {
    }

    record Option(String value, String label, boolean selected) {
    }

    /** @param more the values after the first few of a long facet, folded; null when it has few */
    record Facet(String param, String label, List<FacetValue> values, More more) {
    }

    /**
     * @param label      the summary while folded ("Show 21 more")
     * @param fewerLabel the summary while unfolded ("Show fewer")
     * @param open       whether a value among them is chosen, so the fold must not hide it
     */
    record More(String label, String fewerLabel, boolean open, List<FacetValue> values) {
    }

    record FacetValue(String id, String param, String inputType, String value, String label, long count,
            boolean selected) {
    }

    /** @param rel {@code prev} or {@code next} for the page beside this one, else null */
    record Link(String url, String label, String rel) {
    }

    record Pagination(String label, String current, Link previous, Link next) {
    }
}
