package eu.transferhub.search.http;

import eu.transferhub.search.index.IndexVersion;
import eu.transferhub.search.query.ArchiveSearcher;
import eu.transferhub.search.query.Autocomplete;
import eu.transferhub.search.query.InvalidQueryException;
import eu.transferhub.search.query.LiveIndex;
import eu.transferhub.search.query.PeopleQueryParser;
import eu.transferhub.search.query.SearchResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON endpoints: search, suggest, health and metrics. Thread-safe. */
final class ApiRoutes {

    static final String ROUTE = "route";

    private final ArchiveSearcher searcher;
    private final Autocomplete autocomplete;
    private final LiveIndex index;
    private final Metrics metrics;
    private final ResponseJson json;

    /** @param json writes the search responses (with the server's JSON mapper) */
    ApiRoutes(ArchiveSearcher searcher, Autocomplete autocomplete, LiveIndex index, Metrics metrics, ResponseJson json) {
        this.searcher = searcher;
        this.autocomplete = autocomplete;
        this.index = index;
        this.metrics = metrics;
        this.json = json;
    }

    /** {@code GET /api/search}: see {@link SearchParams} for the parameters. */
    void search(Context ctx) throws IOException {
        ctx.attribute(ROUTE, "api_search");
        QueryString.requireWellFormed(ctx.queryString(), SearchParams.NAMES);
        SearchParams params = SearchParams.parse(ctx.queryParamMap());
        ctx.header("Cache-Control", StaticSite.NO_CACHE);
        SearchResponse response = searcher.search(params.request(), params.labelLanguage());
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.of(response));
    }

    /** {@code GET /api/suggest?q=&lang=}: page titles and word completions for what is typed. */
    void suggest(Context ctx) throws IOException {
        ctx.attribute(ROUTE, "api_suggest");
        QueryString.requireWellFormed(ctx.queryString(), SearchParams.SUGGEST_NAMES);
        Map<String, List<String>> params = ctx.queryParamMap();
        String q = SearchParams.single(params, "q");
        if (q == null || q.isBlank()) {
            throw new InvalidQueryException("q", "Type something to get suggestions.");
        }
        if (q.length() > PeopleQueryParser.MAX_LENGTH) {
            throw new InvalidQueryException("q", "The text is too long: at most " + PeopleQueryParser.MAX_LENGTH
                    + " characters, this one has " + q.length() + ".");
        }
        String lang = SearchParams.language(params, "lang");
        ctx.header("Cache-Control", StaticSite.NO_CACHE);
        ctx.json(autocomplete.suggest(q, lang));
    }

    /** Any other {@code GET /api/…}: a JSON 404, not the site's HTML page. */
    void unknown(Context ctx) {
        ctx.attribute(ROUTE, "api_other");
        ctx.status(HttpStatus.NOT_FOUND).json(new ErrorBody("no such endpoint: " + ctx.path()
                + "; the API has /api/search and /api/suggest", null));
    }

    /** Whether {@code path} is one of the API's (JSON answers) rather than the site's. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health") || path.equals("/metrics");
    }

    /** {@code GET /health}: 200 with the index version, or 503 before an index exists. */
    void health(Context ctx) {
        ctx.attribute(ROUTE, "health");
        ctx.header("Cache-Control", "no-store");
        Optional<IndexVersion> version = index.version();
        if (version.isEmpty()) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Health("no-index", null, 0));
        } else {
            ctx.json(new Health("ok", version.get().id(), version.get().documentCount()));
        }
    }

    /** {@code GET /metrics}: Prometheus text format. */
    void metrics(Context ctx) {
        ctx.attribute(ROUTE, "metrics");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
