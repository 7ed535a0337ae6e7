package eu.transferhub.search.http;

import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.IndexVersion;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.query.ArchiveSearcher;
import eu.transferhub.search.query.Autocomplete;
import eu.transferhub.search.query.SearchUnavailableException;
import eu.transferhub.search.query.InvalidQueryException;
import eu.transferhub.search.query.LiveIndex;
import eu.transferhub.search.query.SearchRequest;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search server: the JSON API ({@code /api/search}, {@code /api/suggest}, {@code /health},
 * {@code /metrics}), the server-rendered search page and the generated site, from one process.
 *
 * <pre>{@code
 * try (SearchServer server = SearchServer.builder().site(site).index(index).port(0).start()) {
 *     int port = server.port();
 * }
 * }</pre>
 *
 * <p>It starts without a published index (search answers 503 with
 * {@code {"error": "the search index is not built yet", "param": null}}) and without a site
 * directory (every page is a 404 until it appears). It checks the index root's {@code CURRENT}
 * pointer every second and switches to a newly published version without failing requests in
 * flight; {@link #reloadIndex()} switches at once. {@link #close()} stops gracefully: requests
 * in flight complete, new ones are refused with 503, and it returns within the stop timeout.
 */
public final class SearchServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

    private final Path indexRoot;
    private final LiveIndex index;
    private final Javalin app;
    private final ScheduledExecutorService watcher;

    private SearchServer(Path indexRoot, LiveIndex index, Javalin app, ScheduledExecutorService watcher) {
        this.indexRoot = indexRoot;
        this.index = index;
        this.app = app;
        this.watcher = watcher;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (the chosen one when built with port 0). */
    public int port() {
        return app.port();
    }

    /** The index version searches use now, or empty before the first publish. */
    public Optional<IndexVersion> indexVersion() {
        return index.version();
    }

    /**
     * Switches to the version {@code CURRENT} names, if it is not in use already.
     *
     * @return the version in use afterwards, or empty when nothing was published yet
     * @throws IOException when the new version cannot be opened (the old one stays in use)
     */
    public Optional<IndexVersion> reloadIndex() throws IOException {
        Optional<String> published = IndexPublisher.currentId(indexRoot);
        Optional<IndexVersion> inUse = index.version();
        if (published.isEmpty() || inUse.isPresent() && inUse.get().id().equals(published.get())) {
            return inUse;
        }
        Optional<IndexVersion> version = IndexPublisher.current(indexRoot);
        if (version.isPresent()) {
            index.switchTo(version.get());
        }
        return index.version();
    }

    /** Stops gracefully: in-flight requests finish (up to the stop timeout), then the index closes. */
    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty still stops everything; it reports that some requests outlived the timeout.
            LOG.warn("requests still running after the stop timeout were cut off: {}", e.toString());
        }
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("closing the index failed: {}", e.toString());
        }
    }

    /** Configures and starts a {@link SearchServer}; not thread-safe, use once. */
    public static final class Builder {
        private Path site;
        private Path index;
        private int port = 8080;
        private String host = "127.0.0.1";
        private Consumer<JavalinConfig> routes = config -> { };
        private UnaryOperator<String> htmlFilter = UnaryOperator.identity();
        private Duration stopTimeout = Duration.ofSeconds(5);
        private Duration searchBudget = Duration.ofMillis(500);
        private Duration pollInterval = Duration.ofSeconds(1);
        private int resultCache = 1_024;

        private Builder() {
        }

        /** The generated site's directory (need not exist yet). Required. */
        public Builder site(Path site) {
            this.site = site;
            return this;
        }

        /** The index root that {@link IndexPublisher} publishes into (need not exist yet). Required. */
        public Builder index(Path index) {
            this.index = index;
            return this;
        }

        /** TCP port; 0 picks a free one. Default 8080. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Interface to bind; default {@code 127.0.0.1}, use {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Adds routes; they are registered before the site's catch-all, so they win. */
        public Builder routes(Consumer<JavalinConfig> routes) {
            this.routes = Objects.requireNonNull(routes);
            return this;
        }

        /** Applied to every HTML page served (files, 404 pages, the rendered search page). */
        public Builder htmlFilter(UnaryOperator<String> htmlFilter) {
            this.htmlFilter = Objects.requireNonNull(htmlFilter);
            return this;
        }

        /** How long {@link SearchServer#close()} waits for requests in flight. Default 5 s. */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = stopTimeout;
            return this;
        }

        /** Time a search may run before it answers with partial results. Default 500 ms. */
        public Builder searchBudget(Duration searchBudget) {
            this.searchBudget = searchBudget;
            return this;
        }

        /** How often {@code CURRENT} is checked for a new version. Default 1 s. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /** Recent search responses reused while the index version stays; 0 disables. Default 1,024. */
        public Builder resultCache(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("resultCache must be 0 or more, not " + entries);
            }
            this.resultCache = entries;
            return this;
        }

        /**
         * Opens the current index (if any), binds the port and starts serving.
         *
         * @throws IOException when the published index cannot be opened, or a
         *                     {@link BindException} when another process holds the port
         */
        public SearchServer start() throws IOException {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(index, "index");
            Path indexRoot = index.toAbsolutePath().normalize();
            LanguageAnalyzers analyzers = new LanguageAnalyzers();
            LiveIndex live = new LiveIndex();
            Optional<IndexVersion> published = IndexPublisher.current(indexRoot);
            if (published.isPresent()) {
                live.switchTo(published.get());
            }
            ArchiveSearcher searcher = new ArchiveSearcher(live, analyzers, searchBudget, resultCache);
            Autocomplete autocomplete = new Autocomplete(live, analyzers, resultCache);
            if (published.isPresent()) {
                warmUp(searcher, autocomplete);
            }
            Metrics metrics = new Metrics(() -> live.version()
                    .map(v -> Map.of("transferhub_index_documents", (double) v.documentCount()))
                    .orElse(Map.of("transferhub_index_documents", 0.0)));
            // One mapper for ctx.json and for the remembered search bodies, so both write the same JSON.
            JsonMapper json = new JavalinJackson();
            ApiRoutes api = new ApiRoutes(searcher, autocomplete, live, metrics, new ResponseJson(json, resultCache));
            StaticSite staticSite = new StaticSite(site, htmlFilter);
            SiteRoutes siteRoutes = new SiteRoutes(staticSite,
                    new SearchPage(staticSite.root(), searcher, htmlFilter));

            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jsonMapper(json);
                config.startup.showOldJavalinVersionWarning = false;
                config.http.generateEtags = false;
                config.jetty.modifyServer(server -> {
                    // Jetty 12 drains requests on stop only through a GracefulHandler.
                    server.insertHandler(new GracefulHandler());
                    server.setStopTimeout(stopTimeout.toMillis());
                    server.setErrorHandler(new JettyErrors(json));
                });
                config.requestLogger.http((ctx, millis) -> metrics.record(
                        Objects.requireNonNullElse(ctx.attribute(ApiRoutes.ROUTE), "other"), ctx.statusCode(), millis));
                config.routes.before(SecurityHeaders::apply);
                config.routes.get("/api/search", api::search);
                config.routes.get("/api/suggest", api::suggest);
                config.routes.get("/health", api::health);
                config.routes.get("/metrics", api::metrics);
                // HEAD answers like GET without the body (Jetty drops it): health probes often use it.
                config.routes.head("/api/search", api::search);
                config.routes.head("/api/suggest", api::suggest);
                config.routes.head("/health", api::health);
                config.routes.head("/metrics", api::metrics);
                config.routes.exception(InvalidQueryException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                        .json(new ErrorBody(e.getMessage(), e.param())));
                config.routes.exception(SearchUnavailableException.class, (e, ctx) -> ctx
                        .status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                        .json(new ErrorBody(e.getMessage(), null)));
                config.routes.exception(Exception.class, (e, ctx) -> {
                    LOG.error("request {} failed", ctx.path(), e);
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                            .json(new ErrorBody("internal error; the server log has the details", null));
                });
                routes.accept(config);
                config.routes.get("/api/*", api::unknown);
                config.routes.head("/api/*", api::unknown);
                for (String path : List.of("/", "/*")) {
                    config.routes.post(path, OtherMethods::notAllowed);
                    config.routes.put(path, OtherMethods::notAllowed);
                    config.routes.patch(path, OtherMethods::notAllowed);
                    config.routes.delete(path, OtherMethods::notAllowed);
                    config.routes.options(path, OtherMethods::options);
                }
                config.routes.get("/", siteRoutes::handle);
                config.routes.get("/*", siteRoutes::handle);
                config.routes.head("/", siteRoutes::handle);
                config.routes.head("/*", siteRoutes::handle);
            });
            try {
                app.start(host, port);
            } catch (RuntimeException e) {
                live.close();
                Optional<BindException> bind = bindFailure(e, host, port);
                if (bind.isPresent()) {
                    throw bind.get();
                }
                throw e;
            }

            ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("index-watcher").daemon(true).factory());
            SearchServer server = new SearchServer(indexRoot, live, app, watcher);
            watcher.scheduleWithFixedDelay(new IndexWatch(server), pollInterval.toMillis(), pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
            return server;
        }
    }

    /**
     * Javalin reports a port another process holds as its own RuntimeException; callers get a
     * {@link BindException} that says which address, so they can tell it from other failures.
     */
    private static Optional<BindException> bindFailure(RuntimeException e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                BindException bind = new BindException("port " + port + " on " + host + " is in use by another process");
                bind.initCause(e);
                return Optional.of(bind);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a few searches before the port opens, so the first visitor does not pay for class
     * loading, the Polish dictionary and JIT compilation (seconds on a cold JVM).
     */
    private static void warmUp(ArchiveSearcher searcher, Autocomplete autocomplete) throws IOException {
        for (String query : List.of("industry services", "\"digital services\" -city", "industr*", "ciudades",
                "przedsiębiorstwami", "Timisoara", "servces")) {
            searcher.search(SearchRequest.of(query, null));
        }
        autocomplete.suggest("bil", null);
    }

    /** The periodic check of {@code CURRENT}; logs a failure once until it changes. */
    private static final class IndexWatch implements Runnable {
        private final SearchServer server;
        private String lastFailure;

        IndexWatch(SearchServer server) {
            this.server = server;
        }

        @Override
        public void run() {
            try {
                server.reloadIndex();
                lastFailure = null;
            } catch (IOException | RuntimeException e) {
                String failure = e.toString();
                if (!failure.equals(lastFailure)) {
                    LOG.warn("cannot switch to the newly published index yet: {}", failure);
                    lastFailure = failure;
                }
            }
        }
    }
}
