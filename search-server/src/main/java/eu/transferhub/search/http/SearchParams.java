package eu.transferhub.search.http;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.query.InvalidQueryException;
import eu.transferhub.search.query.PeopleQueryParser;
import eu.transferhub.search.query.SearchRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search parameters of {@code /api/search} and the search page, validated. The same names
 * serve both, so the page's URL and the API call carry identical query strings:
 * {@code q, lang, ui, type, city, network, theme, year, sort, page, size}.
 *
 * @param request      the validated search
 * @param labelLanguage language for facet labels ({@code ui}, else {@code lang}, else English)
 */
record SearchParams(SearchRequest request, String labelLanguage) {

    /** Names of the facet filter parameters, each repeatable. */
    static final List<String> FILTERS = List.of("type", "city", "network", "theme", "year", "lang");
    /** Every parameter a search reads; others are ignored. */
    static final Set<String> NAMES = Set.of("q", "lang", "ui", "type", "city", "network", "theme", "year", "sort",
            "page", "size");
    /** The parameters {@code /api/suggest} reads. */
    static final Set<String> SUGGEST_NAMES = Set.of("q", "lang");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final int DEFAULT_SIZE = 10;

    /**
     * @param params the query parameters, as Javalin gives them (name → values)
     * @throws InvalidQueryException naming the first bad parameter
     */
    static SearchParams parse(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q == null || q.isBlank()) {
            throw new InvalidQueryException("q", "Type something to search for.");
        }
        if (q.length() > PeopleQueryParser.MAX_LENGTH) {
            throw new InvalidQueryException("q", "The search is too long: at most " + PeopleQueryParser.MAX_LENGTH
                    + " characters, this one has " + q.length() + ".");
        }
        String lang = language(params, "lang");
        String ui = language(params, "ui");
        SearchRequest.Sort sort = switch (valueOr(single(params, "sort"), "relevance")) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new InvalidQueryException("sort", "sort must be \"relevance\" or \"date\".");
        };
        int page = integer(params, "page", 0);
        if (page < 0) {
            throw new InvalidQueryException("page", "page must be 0 or more.");
        }
        int size = integer(params, "size", DEFAULT_SIZE);
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new InvalidQueryException("size", "size must be between 1 and " + SearchRequest.MAX_SIZE + ".");
        }
        SearchRequest request = new SearchRequest(q.strip(), lang, slugs(params, "type"), slugs(params, "city"),
                slugs(params, "network"), slugs(params, "theme"), years(params), sort, page, size, ui);
        String labels = ui != null ? ui : lang != null ? lang : Language.EN.code();
        return new SearchParams(request, labels);
    }

    /**
     * Whether the parameters ask the page for a search: words in {@code q}, any filter, or an
     * escape to report. An empty box submitted ({@code ?q=}) is the search page itself, as
     * without parameters, not a mistake to show.
     */
    static boolean asksForSearch(Map<String, List<String>> params, String rawQuery) {
        if (params.getOrDefault("q", List.of()).stream().anyMatch(v -> !v.isBlank())
                || FILTERS.stream().anyMatch(f -> params.getOrDefault(f, List.of()).stream().anyMatch(v -> !v.isBlank()))) {
            return true;
        }
        return params.containsKey("q") && !QueryString.isWellFormed(rawQuery, NAMES);
    }

    /** The parameter's one value, or null when absent; a repeated parameter is a 400. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidQueryException(name, name + " may be given only once.");
        }
        return values.getFirst();
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The known language code given as {@code name}, or null when absent or empty. */
    static String language(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Language.byCode(value.strip()).map(Language::code).orElseThrow(() -> new InvalidQueryException(name,
                "Unknown language \"" + value + "\"; use one of " + String.join(", ",
                        Language.all().stream().map(Language::code).toList()) + "."));
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return asciiInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, name + " must be a whole number, not \"" + value + "\".");
        }
    }

    private static Set<String> slugs(Map<String, List<String>> params, String name) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value.isBlank()) {
                continue;
            }
            String slug = value.strip().toLowerCase(Locale.ROOT);
            if (!SLUG.matcher(slug).matches()) {
                throw new InvalidQueryException(name, name + " must be a slug (letters, digits, -), not \""
                        + value + "\".");
            }
            slugs.add(slug);
        }
        return slugs;
    }

    /**
     * A number written in ASCII digits, with an optional leading '-'. Integer.parseInt also
     * takes fullwidth and other scripts' digits (２０２０), which would make two spellings of one
     * URL and one cache entry each.
     */
    private static int asciiInt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && value.length() > 1)) {
                throw new NumberFormatException(value);
            }
        }
        return Integer.parseInt(value);
    }

    private static Set<Integer> years(Map<String, List<String>> params) {
        Set<Integer> years = new LinkedHashSet<>();
        for (String value : params.getOrDefault("year", List.of())) {
            if (value.isBlank()) {
                continue;
            }
            try {
                int year = asciiInt(value.strip());
                if (year < 1000 || year > 9999) {
                    throw new NumberFormatException();
                }
                years.add(year);
            } catch (NumberFormatException e) {
                throw new InvalidQueryException("year", "year must be a four-digit year, not \"" + value + "\".");
            }
        }
        return years;
    }
}
