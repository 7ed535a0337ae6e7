package eu.transferhub.generator.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.output.IncrementalSink;
import eu.transferhub.generator.output.OutputSink;
import eu.transferhub.generator.search.SearchDocumentBuilder;
import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import eu.transferhub.generator.content.PageKey;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders a {@link Site} through a {@link Theme} into an {@link OutputSink}: every HTML page,
 * feed, sitemap, redirect and asset, and the search documents. Built once, thread-safe,
 * reused across builds; each render keeps its state in its own objects and runs the
 * independent output files in parallel.
 *
 * <pre>{@code
 * SiteRenderer renderer = SiteRenderer.create(Theme.load(themesDir, config.theme()));
 * RenderResult result = renderer.render(site, contentDir, sink);
 * }</pre>
 */
public final class SiteRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Theme theme;
    private final Sitemap.Fragments sitemapFragments = new Sitemap.Fragments();

    private SiteRenderer(Theme theme) {
        this.theme = theme;
    }

    public static SiteRenderer create(Theme theme) {
        return new SiteRenderer(Objects.requireNonNull(theme, "theme"));
    }

    /**
     * Renders a site whose pages have no resources.
     *
     * @throws IllegalArgumentException when a page has resources (their paths are relative to
     *                                  the content folder: use {@link #render(Site, Path, OutputSink)})
     */
    public RenderResult render(Site site, OutputSink sink) throws IOException {
        for (Page page : site.pages()) {
            if (!page.source().resources().isEmpty()) {
                throw new IllegalArgumentException(page.source().file() + " has resources ("
                        + page.source().resources().getFirst() + "); render(site, contentDir, sink) copies them");
            }
        }
        return render(site, Path.of(""), sink);
    }

    /**
     * Renders every output file of the site into {@code sink}, in parallel, and copies each
     * page's resources (relative to {@code contentDir}) beside it.
     *
     * @return the search documents, sorted by id
     * @throws IllegalArgumentException when the site has a language the theme has no UI strings for
     * @throws IllegalStateException    when two outputs would have the same path
     * @throws IOException              when the sink fails
     */
    public RenderResult render(Site site, Path contentDir, OutputSink sink) throws IOException {
        return render(site, contentDir, sink, null);
    }

    /**
     * Renders like {@link #render(Site, Path, OutputSink)} for the live preview, where a save
     * affects few pages: the single page of a content page outside {@code affected} (and its
     * resources) is kept from {@code previous} in {@code sink}, and so is its search document;
     * a list, term page or term feed is kept when it shows none of the affected bundles and
     * lists the same items as before ({@link ListJob}). The home pages, language feeds,
     * sitemap and the other site-wide files are always rendered.
     *
     * @param previous the result of the last render into {@code sink}, of a site with the
     *                 same settings and the same pages
     */
    public RenderResult renderChanged(Site site, Path contentDir, IncrementalSink sink, Set<PageKey> affected,
            RenderResult previous) throws IOException {
        return render(site, contentDir, sink, new Increment(sink, affected, previous));
    }

    /** What a preview render may keep: see {@link #renderChanged}. */
    private record Increment(IncrementalSink keeper, Set<PageKey> affected, RenderResult previous) {

        boolean keeps(Page page) {
            return !affected.contains(page.key());
        }

        boolean keeps(ListJob job) {
            return Collections.disjoint(job.shows(), affected) && job.shape().equals(previous.listShapes().get(job.path()));
        }
    }

    private RenderResult render(Site site, Path contentDir, OutputSink sink, Increment increment) throws IOException {
        RenderContext context = new RenderContext(site, theme);
        Html html = new Html(theme.templates());
        Chrome chrome = new Chrome(context);
        Cards cards = new Cards(context);
        JsonLd jsonLd = new JsonLd(context);
        SinglePages singles = new SinglePages(context, chrome, cards, jsonLd);
        ListPages lists = new ListPages(context, chrome, cards, html);
        SitePages sitePages = new SitePages(context, chrome, cards, lists, jsonLd, html);
        AtomFeed feeds = new AtomFeed(context);
        SearchDocumentBuilder documents = new SearchDocumentBuilder(site, new SearchDocumentBuilder.Labels() {
            @Override
            public String term(String taxonomy, String slug, String lang) {
                return context.terms().label(taxonomy, slug, lang);
            }

            @Override
            public String type(PageType type, String lang) {
                return context.typeLabel(type, lang);
            }
        });
        Map<String, SearchDocument> previousDocuments = new HashMap<>();
        if (increment != null) {
            increment.previous().searchDocuments().forEach(d -> previousDocuments.put(d.url(), d));
        }

        List<Page> pages = site.pages();
        SearchDocument[] searchDocuments = new SearchDocument[pages.size()];
        List<OutputJob> jobs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            Page page = pages.get(i);
            if (increment != null && increment.keeps(page)) {
                jobs.add(out -> {
                    increment.keeper().keep(RenderContext.file(page.url()));
                    for (Path resource : page.source().resources()) {
                        increment.keeper().keep(resourcePath(page, resource));
                    }
                    SearchDocument kept = previousDocuments.get(page.url());
                    searchDocuments[index] = kept != null ? kept : documents.build(page);
                });
                continue;
            }
            jobs.add(out -> {
                out.write(RenderContext.file(page.url()), html.render(singles.layout(page), singles.view(page)));
                for (Path resource : page.source().resources()) {
                    out.copy(resourcePath(page, resource), contentDir.resolve(resource));
                }
                searchDocuments[index] = documents.build(page);
            });
        }
        // Listing the jobs walks every term and list of a large site: the big parts in parallel.
        CompletableFuture<List<OutputJob>> listJobs = CompletableFuture.supplyAsync(lists::jobs);
        CompletableFuture<List<OutputJob>> termJobs = CompletableFuture.supplyAsync(
                () -> new TermPages(context, chrome, singles, html).jobs());
        List<OutputJob> feedJobs = feedJobs(context, feeds, sitePages, singles);
        jobs.addAll(join(listJobs));
        jobs.addAll(join(termJobs));
        jobs.addAll(sitePages.jobs());
        jobs.addAll(feedJobs);
        jobs.addAll(staticJobs(context, singles, lists));

        Map<String, Object> shapes = new HashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i) instanceof ListJob list) {
                shapes.put(list.path(), list.shape());
                if (increment != null) {
                    jobs.set(i, out -> {
                        if (increment.keeps(list)) {
                            increment.keeper().keep(list.path());
                        } else {
                            list.run(out);
                        }
                    });
                }
            }
        }

        TrackingSink tracking = new TrackingSink(sink);
        run(jobs, tracking);

        Map<String, Integer> perLanguage = new LinkedHashMap<>();
        for (String lang : context.languages()) {
            perLanguage.put(lang, site.pages(lang).size());
        }
        return new RenderResult(SearchDocumentBuilder.sorted(Arrays.asList(searchDocuments)), tracking.files(), perLanguage,
                shapes);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static void run(List<OutputJob> jobs, OutputSink sink) throws IOException {
        try {
            jobs.parallelStream().forEach(job -> {
                try {
                    job.run(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            // A parallel stream rethrows a worker's exception wrapped in a copy of itself.
            Throwable original = e;
            while (original.getCause() != null && original.getCause().getClass() == original.getClass()) {
                original = original.getCause();
            }
            if (original instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw (RuntimeException) original;
        }
    }

    /** A resource of the bundle, at the same place relative to the page: {@code en/good-practices/x/map.png}. */
    static String resourcePath(Page page, Path resource) {
        Path bundleDir = page.source().file().getParent();
        Path relative = bundleDir == null ? resource : bundleDir.relativize(resource);
        String url = page.url();
        return (url.startsWith("/") ? url.substring(1) : url) + relative.toString().replace('\\', '/');
    }

    private static List<OutputJob> feedJobs(RenderContext context, AtomFeed feeds, SitePages sitePages, SinglePages singles) {
        List<OutputJob> jobs = new ArrayList<>();
        for (String lang : context.languages()) {
            String title = context.messages(lang).format("feed.title", Map.of("site", context.config().title(lang)));
            jobs.add(out -> out.write(lang + "/index.xml",
                    feeds.write(lang, title, Chrome.homeUrl(lang), sitePages.latest(lang, AtomFeed.SIZE))));
        }
        for (String taxonomy : context.config().taxonomies()) {
            for (String term : context.site().terms(taxonomy)) {
                for (TermIndex.TermPage page : context.terms().translations(taxonomy, term)) {
                    List<Page> entries = AtomFeed.entries(page.referencing());
                    Set<PageKey> shows = new HashSet<>();
                    entries.forEach(p -> shows.add(p.key()));
                    shows.add(new PageKey(taxonomy, term));
                    String path = RenderContext.file(page.url() + "index.xml");
                    jobs.add(new ListJob(path, shows, List.of(ListJob.urls(entries), feeds.updated(entries)),
                            out -> out.write(path, feeds.write(page.lang(), singles.feedTitle(page), page.url(), entries))));
                }
            }
        }
        return jobs;
    }

    private List<OutputJob> staticJobs(RenderContext context, SinglePages singles, ListPages lists) {
        List<OutputJob> jobs = new ArrayList<>();
        for (ThemeAssets.Asset asset : theme.assets().all().values()) {
            jobs.add(out -> out.write(asset.output(), asset.bytes()));
        }
        jobs.add(out -> out.write("_search/results.mustache", theme.searchResultsTemplate()));
        for (String lang : context.languages()) {
            jobs.add(out -> out.write("_search/strings." + lang + ".json", strings(context, lang)));
        }
        Sitemap sitemap = new Sitemap(context, sitemapFragments);
        jobs.add(out -> out.write("sitemap.xml", sitemap.write(SitemapEntries.collect(context, singles, lists))));
        jobs.add(out -> out.write("robots.txt", sitemap.robots()));
        return jobs;
    }

    private static byte[] strings(RenderContext context, String lang) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(context.messages(lang).all())).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
