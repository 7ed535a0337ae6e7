package eu.transferhub.search.http;

import eu.transferhub.search.query.SearchRequest;
import eu.transferhub.search.query.SearchResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Builds the {@link ResultsView} of one search for the page of one language: counts and
 * headings from the UI strings, links that keep the query and filters in the URL.
 */
final class ResultsViewBuilder {

    private static final List<String> FACET_ORDER = List.of("type", "city", "network", "theme", "year", "lang");
    /** A facet with more values than this shows the first {@link #SHOWN} and folds the rest. */
    static final int FOLDED_FROM = 10;
    static final int SHOWN = 8;

    private final String lang;
    private final String action;
    private final UiStrings strings;

    /**
     * @param lang   the page's language
     * @param action the page's path, {@code /<lang>/search/} under the site's base path
     *               ({@code /hub/en/search/}): the form's action and the start of every link
     */
    ResultsViewBuilder(String lang, String action, UiStrings strings) {
        this.lang = lang;
        this.action = action;
        this.strings = strings;
    }

    ResultsView results(SearchRequest request, SearchResponse response) {
        String query = request.query();
        String heading = response.total() == 0 ? strings.format("search.noResults", Map.of("query", query))
                : response.total() == 1 ? strings.format("search.resultsOne", Map.of("query", query))
                : strings.format("search.resultsCount", Map.of("count", Long.toString(response.total()), "query", query));
        Map<String, String> languageNames = languageNames(response);
        List<ResultsView.Hit> hits = response.hits().stream().map(hit -> hit(hit, languageNames)).toList();
        ResultsView.Suggestion suggestion = response.suggestion() == null ? null
                : new ResultsView.Suggestion(strings.get("search.didYouMean"), response.suggestion(),
                        url(request, p -> p.query = response.suggestion()));
        return new ResultsView(query, action, heading, null,
                response.partial() ? strings.get("search.partial") : null, suggestion, !hits.isEmpty(),
                request.page() * request.size() + 1, hits, filters(request, response), pagination(request, response));
    }

    /**
     * The view of a search that could not run: the heading says so, the message says why.
     *
     * @param invalid whether the request was at fault (a 400), not the server (a 503): the
     *                heading must not tell a visitor to try a bad search again later
     */
    ResultsView error(String query, String message, boolean invalid) {
        return new ResultsView(query == null ? "" : query, action, strings.get(invalid ? "search.invalid" : "search.error"),
                message, null, null, false, 1, List.of(), null, null);
    }

    private ResultsView.Hit hit(SearchResponse.Hit hit, Map<String, String> languageNames) {
        String language = hit.lang().equals(lang) ? null : languageNames.getOrDefault(hit.lang(), hit.lang());
        return new ResultsView.Hit(hit.url(), hit.title(), hit.lang(), language, typeName(hit.type()), hit.date(),
                hit.snippet());
    }

    /**
     * A type's name in the page's language, from the theme's strings, for the hits and the type
     * facet alike: the index knows a type's name in a language only from documents of that type
     * in it, and a language may have none (no Estonian case study) while the facet counts the
     * other languages' ones.
     */
    private String typeName(String type) {
        return strings.get("type." + type);
    }

    private String label(String facet, SearchResponse.FacetValue value) {
        return facet.equals("type") ? typeName(value.value()) : value.label();
    }

    /**
     * The language facet's labels by code: every hit's language is among its values, as the
     * facet counts the other languages even when one is chosen. search.js reads them the same way.
     */
    private static Map<String, String> languageNames(SearchResponse response) {
        Map<String, String> names = new HashMap<>();
        response.facets().getOrDefault("lang", List.of()).forEach(v -> names.put(v.value(), v.label()));
        return names;
    }

    private ResultsView.Filters filters(SearchRequest request, SearchResponse response) {
        List<ResultsView.Facet> facets = new ArrayList<>();
        for (String name : FACET_ORDER) {
            List<SearchResponse.FacetValue> values = response.facets().getOrDefault(name, List.of());
            if (values.isEmpty()) {
                continue;
            }
            // One language at a time: the search takes a single lang.
            String inputType = name.equals("lang") ? "radio" : "checkbox";
            facets.add(facet(name, values.stream()
                    .map(v -> new ResultsView.FacetValue("search-" + name + "-" + v.value(), name, inputType,
                            v.value(), label(name, v), v.count(), v.selected()))
                    .toList()));
        }
        String sort = request.sort() == SearchRequest.Sort.DATE ? "date" : "relevance";
        List<ResultsView.Option> sortOptions = List.of(
                new ResultsView.Option("relevance", strings.get("search.sort.relevance"), sort.equals("relevance")),
                new ResultsView.Option("date", strings.get("search.sort.date"), sort.equals("date")));
        int chosen = (request.lang() != null ? 1 : 0) + request.types().size() + request.cities().size()
                + request.networks().size() + request.themes().size() + request.years().size();
        ResultsView.Link clear = chosen > 0 ? new ResultsView.Link(url(request, Params::clearFilters),
                strings.get("search.clearFilters"), null) : null;
        return new ResultsView.Filters(strings.get("search.filters"),
                chosen > 0 ? strings.format("search.filtersChosen", Map.of("count", Integer.toString(chosen))) : null,
                request.query(), sort, strings.get("search.sort"), sortOptions, facets, strings.get("search.apply"),
                clear);
    }

    /**
     * A facet's values, most frequent first, with those after the first {@link #SHOWN} folded
     * when there are more than {@link #FOLDED_FROM}: a fold that hid one or two values would
     * save less room than its summary takes. search.js folds them the same way.
     */
    private ResultsView.Facet facet(String name, List<ResultsView.FacetValue> values) {
        String label = strings.get("search.facet." + name);
        if (values.size() <= FOLDED_FROM) {
            return new ResultsView.Facet(name, label, values, null);
        }
        List<ResultsView.FacetValue> rest = values.subList(SHOWN, values.size());
        return new ResultsView.Facet(name, label, values.subList(0, SHOWN), new ResultsView.More(
                strings.format("search.moreValues", Map.of("count", Integer.toString(rest.size()))),
                strings.get("search.fewerValues"), rest.stream().anyMatch(ResultsView.FacetValue::selected), rest));
    }

    private ResultsView.Pagination pagination(SearchRequest request, SearchResponse response) {
        long reachable = Math.min(response.total(), SearchRequest.MAX_WINDOW);
        long pages = (reachable + request.size() - 1) / request.size();
        int page = request.page();
        if (page >= pages && pages > 0) {
            // A stale or hand-edited link: "Page 10 of 4" would be false, so say where the
            // results end and link there.
            int last = (int) pages - 1;
            String past = strings.format("search.pastEnd", Map.of("page", Integer.toString(page + 1)));
            return new ResultsView.Pagination(past, past,
                    // The last page is not necessarily the one before this: no rel="prev".
                    new ResultsView.Link(url(request, p -> p.page = last), strings.get("search.lastPage"), null), null);
        }
        if (pages <= 1) {
            return null;
        }
        String current = strings.format("search.page",
                Map.of("page", Integer.toString(page + 1), "pages", Long.toString(pages)));
        ResultsView.Link previous = page > 0
                ? new ResultsView.Link(url(request, p -> p.page = page - 1), strings.get("search.previous"), "prev")
                : null;
        ResultsView.Link next = page + 1 < pages
                ? new ResultsView.Link(url(request, p -> p.page = page + 1), strings.get("search.next"), "next") : null;
        return new ResultsView.Pagination(current, current, previous, next);
    }

    /** The request's parameters, changeable, written back as a page URL. */
    private static final class Params {
        String query;
        String lang;
        Set<String> types;
        Set<String> cities;
        Set<String> networks;
        Set<String> themes;
        Set<String> years;
        SearchRequest.Sort sort;
        int page;
        int size;

        Params(SearchRequest request) {
            query = request.query();
            lang = request.lang();
            types = new TreeSet<>(request.types());
            cities = new TreeSet<>(request.cities());
            networks = new TreeSet<>(request.networks());
            themes = new TreeSet<>(request.themes());
            years = new TreeSet<>(request.years().stream().map(String::valueOf).toList());
            sort = request.sort();
            page = request.page();
            size = request.size();
        }

        void clearFilters() {
            lang = null;
            types.clear();
            cities.clear();
            networks.clear();
            themes.clear();
            years.clear();
            page = 0;
        }
    }

    private String url(SearchRequest request, Consumer<Params> change) {
        Params p = new Params(request);
        // A new query or other filters start again from the first page.
        int pageBefore = p.page;
        change.accept(p);
        if (p.page == pageBefore && !p.query.equals(request.query())) {
            p.page = 0;
        }
        StringBuilder url = new StringBuilder(action).append("?q=").append(encode(p.query));
        if (p.lang != null) {
            url.append("&lang=").append(p.lang);
        }
        append(url, "type", p.types);
        append(url, "city", p.cities);
        append(url, "network", p.networks);
        append(url, "theme", p.themes);
        append(url, "year", p.years);
        if (p.sort == SearchRequest.Sort.DATE) {
            url.append("&sort=date");
        }
        if (p.page > 0) {
            url.append("&page=").append(p.page);
        }
        if (p.size != SearchParams.DEFAULT_SIZE) {
            url.append("&size=").append(p.size);
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Set<String> values) {
        values.forEach(v -> url.append('&').append(name).append('=').append(encode(v)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
