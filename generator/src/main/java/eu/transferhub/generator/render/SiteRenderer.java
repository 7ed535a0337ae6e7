package eu.transferhub.generator.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteFiles;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import eu.transferhub.generator.content.PageKey;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

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

    private SiteRenderer(Theme theme) {
        this.theme = theme;
    }

    public static SiteRenderer create(Theme theme) {
        return new SiteRenderer(Objects.requireNonNull(theme, "theme"));
    }

    /** The theme's warnings ({@link Theme#warnings()}), for the build to report. */
    public List<Diagnostic> themeWarnings() {
        return theme.warnings();
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
     * affects few pages: the single page of a content page outside {@link Affected#pages()} (and
     * its resources) is kept from {@code previous} in {@code sink}, and so is its search document;
     * a list or term page is kept when it shows none of the {@link Affected#shown()} bundles, a
     * term feed when it has an entry for none of the {@link Affected#changed()} ones, and each
     * only when it lists the same items as before ({@link ListJob}); a whole {@link ListFamily} that no such
     * bundle can appear in is kept without being listed. The home pages, language feeds, sitemap
     * and the other site-wide files are always rendered.
     *
     * @param previous the result of the last render into {@code sink}, of a site with the
     *                 same settings and the same pages
     */
    public RenderResult renderChanged(Site site, Path contentDir, IncrementalSink sink, Affected affected,
            RenderResult previous) throws IOException {
        return render(site, contentDir, sink, new Increment(sink, affected, previous));
    }

    /** What a preview render may keep: see {@link #renderChanged}. */
    private record Increment(IncrementalSink keeper, Affected affected, RenderResult previous) {

        boolean keeps(Page page) {
            return !affected.pages().contains(page.key());
        }

        /** What the family rendered last time, when none of its outputs can have changed. */
        Optional<ListFamily.Rendered> keptWhole(ListFamily family) {
            ListFamily.Rendered before = previous.listFamilies().get(family.id());
            if (before == null || !Collections.disjoint(before.shows(), affected.shown())
                    || !Collections.disjoint(before.dated(), affected.changed())
                    || affected.shown().stream().anyMatch(family.touchedBy())
                    || affected.joined().stream().anyMatch(family.touchedBy())) {
                return Optional.empty();
            }
            return Optional.of(before);
        }

        boolean keeps(ListJob job, ListFamily.Rendered before) {
            Set<PageKey> shows = job.dated() ? affected.changed() : affected.shown();
            return before != null && Collections.disjoint(job.shows(), shows)
                    && job.shape().equals(before.shapes().get(job.path()));
        }
    }

    private RenderResult render(Site site, Path contentDir, OutputSink sink, Increment increment) throws IOException {
        RenderContext context = new RenderContext(site, theme);
        Html html = new Html(theme.templates());
        Chrome chrome = new Chrome(context);
        Cards cards = new Cards(context);
        JsonLd jsonLd = new JsonLd(context);
        SinglePages singles = new SinglePages(context, chrome, cards, jsonLd);
        ListPages lists = new ListPages(context, chrome, cards, html, jsonLd);
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
        }, context::href);
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
                // Kept here rather than in a job: thousands of tiny jobs beside a few large
                // ones would leave the large ones to one thread.
                increment.keeper().keep(RenderContext.file(page.url()));
                for (Path resource : page.source().resources()) {
                    increment.keeper().keep(resourcePath(page, resource));
                }
                SearchDocument kept = previousDocuments.get(context.href(page.url()));
                if (kept != null) {
                    searchDocuments[index] = kept;
                } else {
                    jobs.add(out -> searchDocuments[index] = documents.build(page));
                }
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
        Map<String, ListFamily.Rendered> families = new HashMap<>();
        jobs.addAll(listJobs(families, Stream.concat(lists.families().stream(),
                new TermPages(context, chrome, singles, html, feeds, jsonLd).families().stream()).toList(), increment));
        jobs.addAll(sitePages.jobs());
        jobs.addAll(feedJobs(context, feeds, sitePages));
        Sitemap sitemap = new Sitemap(context, increment == null ? Sitemap.Written.NONE : increment.previous().sitemap());
        jobs.addAll(staticJobs(context, singles, lists, sitemap, increment));

        TrackingSink tracking = new TrackingSink(sink);
        run(jobs, tracking);

        Map<String, Integer> perLanguage = new LinkedHashMap<>();
        for (String lang : context.languages()) {
            perLanguage.put(lang, site.pages(lang).size());
        }
        return new RenderResult(SearchDocumentBuilder.sorted(Arrays.asList(searchDocuments)), tracking.files(), perLanguage,
                families, sitemap.written());
    }

    /**
     * Runs every job on the common pool. After a failure no further job starts, and this
     * returns only when the jobs already running are done: a parallel stream rethrows the
     * first exception while its other tasks may still be writing, and the caller then
     * deletes the staging folder under their feet (leaving a half-deleted one behind).
     */
    private static void run(List<OutputJob> jobs, OutputSink sink) throws IOException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        jobs.parallelStream().forEach(job -> {
            if (failure.get() != null) {
                return;
            }
            try {
                job.run(sink);
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        });
        switch (failure.get()) {
            case null -> {
            }
            case IOException io -> throw io;
            case UncheckedIOException io -> throw io.getCause();
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new IllegalStateException(failure.get());
        }
    }

    /** A resource of the bundle, at the same place relative to the page: {@code en/good-practices/x/map.png}. */
    static String resourcePath(Page page, Path resource) {
        return SiteFiles.resource(page.url(), page.source().file(), resource);
    }

    /**
     * The jobs of every list family, noting in {@code rendered} what each shows. A family the
     * increment keeps whole is not even listed; the others are listed in parallel, since on
     * a large site that walks and sorts every section and term.
     */
    private static List<OutputJob> listJobs(Map<String, ListFamily.Rendered> rendered, List<ListFamily> families,
            Increment increment) throws IOException {
        List<OutputJob> jobs = new ArrayList<>();
        List<ListFamily> listed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (ListFamily family : families) {
            Optional<ListFamily.Rendered> whole = increment == null ? Optional.empty() : increment.keptWhole(family);
            whole.ifPresentOrElse(before -> {
                rendered.put(family.id(), before);
                kept.addAll(before.shapes().keySet());
            }, () -> listed.add(family));
        }
        for (String path : kept) {
            increment.keeper().keep(path);
        }
        List<List<ListJob>> listedJobs = listed.parallelStream().map(f -> f.jobs().get()).toList();
        for (int i = 0; i < listed.size(); i++) {
            ListFamily family = listed.get(i);
            List<ListJob> familyJobs = listedJobs.get(i);
            rendered.put(family.id(), ListFamily.Rendered.of(familyJobs));
            ListFamily.Rendered before = increment == null ? null : increment.previous().listFamilies().get(family.id());
            for (ListJob job : familyJobs) {
                jobs.add(increment == null ? job : out -> {
                    if (increment.keeps(job, before)) {
                        increment.keeper().keep(job.path());
                    } else {
                        job.run(out);
                    }
                });
            }
        }
        return jobs;
    }

    /** The Atom feed of each language: its latest pages. */
    private static List<OutputJob> feedJobs(RenderContext context, AtomFeed feeds, SitePages sitePages) {
        List<OutputJob> jobs = new ArrayList<>();
        for (String lang : context.languages()) {
            String title = context.messages(lang).format("feed.title", Map.of("site", context.config().title(lang)));
            jobs.add(out -> out.write(lang + "/index.xml",
                    feeds.write(lang, title, Chrome.homeUrl(lang), sitePages.latest(lang, AtomFeed.SIZE), Optional.empty())));
        }
        return jobs;
    }

    private List<OutputJob> staticJobs(RenderContext context, SinglePages singles, ListPages lists, Sitemap sitemap,
            Increment increment) {
        List<OutputJob> jobs = new ArrayList<>();
        for (ThemeAssets.Asset asset : theme.assets().all().values()) {
            jobs.add(out -> out.write(asset.output(), asset.bytes()));
        }
        jobs.add(out -> out.write("_search/results.mustache", theme.searchResultsTemplate()));
        for (String lang : context.languages()) {
            jobs.add(out -> out.write("_search/strings." + lang + ".json", strings(context, lang)));
        }
        // An unaffected page keeps its URL, versions and date, so its element too.
        Predicate<Page> unchanged = increment == null ? page -> false
                : page -> increment.keeps(page) && sitemap.knows(page.url());
        jobs.add(out -> out.write("sitemap.xml",
                sitemap.write(SitemapEntries.collect(context, singles, lists, unchanged))));
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
