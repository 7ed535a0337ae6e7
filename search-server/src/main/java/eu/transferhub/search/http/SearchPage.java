package eu.transferhub.search.http;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import eu.transferhub.search.query.ArchiveSearcher;
import eu.transferhub.search.query.SearchUnavailableException;
import eu.transferhub.search.query.InvalidQueryException;
import eu.transferhub.search.query.SearchResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The server-rendered search page: the generator's {@code /<lang>/search/index.html} with the
 * results of the request's search inserted into {@code #search-results}, so the search works
 * without JavaScript. The results come from {@code _search/results.mustache} (the theme's
 * partial, copied by the generator; a built-in copy when the site has none) and the page's
 * strings from {@code _search/strings.<lang>.json}. Thread-safe; templates and strings are
 * cached until their file changes.
 */
final class SearchPage {

    /** What the rendered page answers: status and HTML. */
    record Rendered(int status, String html) {
    }

    private final Path site;
    private final ArchiveSearcher searcher;
    private final UnaryOperator<String> htmlFilter;
    private final DefaultMustacheFactory mustaches = new DefaultMustacheFactory();
    private final Map<Path, Cached<Mustache>> templates = new ConcurrentHashMap<>();
    private final Map<Path, Cached<UiStrings>> strings = new ConcurrentHashMap<>();
    private final Mustache builtInTemplate;

    private record Cached<T>(FileTime modified, T value) {
    }

    SearchPage(Path site, ArchiveSearcher searcher, UnaryOperator<String> htmlFilter) {
        this.site = site;
        this.searcher = searcher;
        this.htmlFilter = htmlFilter;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                SearchPage.class.getResourceAsStream("results.mustache"), "results.mustache"), StandardCharsets.UTF_8)) {
            this.builtInTemplate = mustaches.compile(in, "results.mustache");
        } catch (IOException e) {
            throw new IllegalStateException("the built-in results template cannot be read", e);
        }
    }

    /**
     * Renders {@code page} (the language's search page file) with the results for {@code params}.
     * A bad parameter gives status 400, and a missing index or a busy server 503, each with the
     * message on the page.
     *
     * @param rawQuery the request's query string as sent, for the checks decoding hides ({@link QueryString})
     */
    Rendered render(Path page, String lang, Map<String, List<String>> params, String rawQuery) throws IOException {
        UiStrings ui = strings(lang);
        Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "");
        document.outputSettings().prettyPrint(false);
        ResultsViewBuilder views = new ResultsViewBuilder(lang, action(document, lang), ui);
        String typed = params.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        ResultsView view;
        int status = 200;
        String sort = "relevance";
        try {
            QueryString.requireWellFormed(rawQuery, SearchParams.NAMES);
            SearchParams parsed = SearchParams.parse(withDefaultUi(params, lang));
            SearchResponse response = searcher.search(parsed.request(), parsed.labelLanguage());
            view = views.results(parsed.request(), response);
            sort = parsed.request().sort().name().toLowerCase(java.util.Locale.ROOT);
        } catch (InvalidQueryException e) {
            status = 400;
            view = views.error(typed, e.getMessage(), true);
        } catch (SearchUnavailableException e) {
            status = 503;
            view = views.error(typed, e.getMessage(), false);
        }
        StringWriter results = new StringWriter();
        template().execute(results, view);

        Element container = document.getElementById("search-results");
        if (container == null) {
            throw new IOException(page + ": the search page has no element with id=\"search-results\"");
        }
        container.html(results.toString());
        Element input = document.getElementById("search-q");
        if (input != null) {
            input.attr("value", typed);
        }
        for (Element option : document.select("form[role=search] select[name=sort] option")) {
            if (option.val().equals(sort)) {
                option.attr("selected", true);
            } else {
                option.removeAttr("selected");
            }
        }
        document.title(view.heading() + " – " + document.title());
        return new Rendered(status, htmlFilter.apply(document.outerHtml()));
    }

    /**
     * Where the results' links and filter form point: the page's own search form's action, which
     * the generator wrote under the site's base path ({@code /hub/en/search/} for a site published
     * under /hub/); {@code /<lang>/search/} when the page has none.
     */
    private static String action(Document document, String lang) {
        Element input = document.getElementById("search-q");
        Element form = input == null ? null : input.closest("form");
        String action = form == null ? "" : form.attr("action");
        return action.startsWith("/") ? action : "/" + lang + "/search/";
    }

    /** The page's language is the visitor's (facet labels, and its pages first) unless the request names one. */
    private static Map<String, List<String>> withDefaultUi(Map<String, List<String>> params, String lang) {
        if (params.containsKey("ui")) {
            return params;
        }
        Map<String, List<String>> copy = new java.util.HashMap<>(params);
        copy.put("ui", List.of(lang));
        return copy;
    }

    private Mustache template() throws IOException {
        Path file = site.resolve("_search").resolve("results.mustache");
        if (!Files.isRegularFile(file)) {
            return builtInTemplate;
        }
        return cached(templates, file, f -> {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                return mustaches.compile(in, f.toString());
            }
        });
    }

    private UiStrings strings(String lang) throws IOException {
        Path file = site.resolve("_search").resolve("strings." + lang + ".json");
        if (!Files.isRegularFile(file)) {
            return UiStrings.defaults();
        }
        return cached(strings, file, UiStrings::read);
    }

    @FunctionalInterface
    private interface Loader<T> {
        T load(Path file) throws IOException;
    }

    private static <T> T cached(Map<Path, Cached<T>> cache, Path file, Loader<T> loader) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Cached<T> hit = cache.get(file);
        if (hit != null && hit.modified().equals(modified)) {
            return hit.value();
        }
        T value = loader.load(file);
        cache.put(file, new Cached<>(modified, value));
        return value;
    }
}
