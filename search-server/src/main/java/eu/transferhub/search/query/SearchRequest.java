package eu.transferhub.search.query;

import java.util.Objects;
import java.util.Set;

/**
 * A visitor's search, already validated by the HTTP layer (lengths, ranges, known language).
 *
 * @param query    the text typed into the search box, in the people's query language
 *                 (words, "phrases", -exclusion, prefix*); never blank
 * @param lang     restrict to one language, or null for every language
 * @param types    selected page types (empty = all); several values of one facet are ORed
 * @param cities   selected city slugs (empty = all)
 * @param networks selected network slugs (empty = all)
 * @param themes   selected theme slugs (empty = all)
 * @param years    selected publication years (empty = all)
 * @param sort     relevance or date (newest first)
 * @param page     zero-based page number
 * @param size     hits per page, 1..100
 * @param visitorLang the visitor's language (the search page's own), whose pages rank first
 *                 among pages that match as many of the words; null for no preference
 */
public record SearchRequest(
        String query,
        String lang,
        Set<String> types,
        Set<String> cities,
        Set<String> networks,
        Set<String> themes,
        Set<Integer> years,
        Sort sort,
        int page,
        int size,
        String visitorLang) {

    /** Largest page size the API accepts. */
    public static final int MAX_SIZE = 100;
    /** Deepest result the API will page to (page * size + size). */
    public static final int MAX_WINDOW = 1_000;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        types = Set.copyOf(types);
        cities = Set.copyOf(cities);
        networks = Set.copyOf(networks);
        themes = Set.copyOf(themes);
        years = Set.copyOf(years);
        Objects.requireNonNull(sort, "sort");
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " size " + size);
        }
    }

    /** A search without a preferred language. */
    public SearchRequest(String query, String lang, Set<String> types, Set<String> cities, Set<String> networks,
            Set<String> themes, Set<Integer> years, Sort sort, int page, int size) {
        this(query, lang, types, cities, networks, themes, years, sort, page, size, null);
    }

    /** A first-page relevance search for {@code query} with no filters. */
    public static SearchRequest of(String query, String lang) {
        return new SearchRequest(query, lang, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Sort.RELEVANCE, 0, 10);
    }
}
