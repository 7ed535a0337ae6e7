package eu.transferhub.generator.preview;

import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.LoadedSite;
import eu.transferhub.generator.pipeline.SiteLoader;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.output.LiveOutput;
import eu.transferhub.generator.render.Affected;
import eu.transferhub.generator.render.RenderResult;
import eu.transferhub.generator.render.SiteRenderer;
import eu.transferhub.generator.render.Theme;
import eu.transferhub.generator.render.ThemeException;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.index.IndexPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rebuilds the preview site in place after a change: only changed content files are parsed
 * again (a caching {@link SiteLoader}), the theme is reloaded only when a theme file changed,
 * the pages are rendered into a {@link LiveOutput} that rewrites only files whose bytes
 * changed, and the search index gets a new version holding just the changed documents
 * ({@link IndexPublisher#update}) when {@link #updateIndex()} is called. After an error nothing is written: the last
 * good site stays in place. Not thread-safe: one rebuild at a time.
 */
final class Rebuilder {

    private final PreviewOptions options;
    private final String baseUrl;
    private final SiteLoader loader;
    private final LiveOutput output;
    private final Path indexDir;
    private SiteRenderer renderer;
    private String rendererTheme;
    /** The documents the index holds (null before the first publish), and those of a rebuild not yet indexed. */
    private List<SearchDocument> indexed;
    private List<SearchDocument> pending;
    private Site previousSite;
    private RenderResult previousResult;

    Rebuilder(PreviewOptions options, String baseUrl, LiveOutput output, Path indexDir) {
        this.options = options;
        this.baseUrl = baseUrl;
        this.loader = SiteLoader.caching(options.threads());
        this.output = output;
        this.indexDir = indexDir;
    }

    /**
     * Rebuilds after {@code changed} (absolute paths; empty for the first build).
     *
     * @throws IOException when the preview folders cannot be written
     */
    Rebuild rebuild(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        LoadedSite loaded = loader.load(options.contentDir(), Optional.of(baseUrl), options.drafts(),
                BuildProgress.SILENT, changed);
        List<Diagnostic> diagnostics = loaded.diagnostics().stream().map(d -> d.under(options.contentDir())).toList();
        if (loaded.site().isEmpty()) {
            return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()), diagnostics, since(start));
        }
        Site site = loaded.site().get();
        try {
            boolean themeChanged = renderer == null || !site.config().theme().equals(rendererTheme)
                    || changed.stream().anyMatch(this::isThemeFile);
            SiteRenderer current = renderer(site.config().theme(), themeChanged);
            diagnostics = Stream.concat(diagnostics.stream(), current.themeWarnings().stream()).toList();
            LiveOutput.Pass pass = output.pass();
            Optional<Affected> affected = themeChanged || !onlyPageFiles(changed, loaded.sameFiles()) ? Optional.empty()
                    : AffectedPages.between(previousSite, site);
            boolean everyPage = affected.isEmpty() || previousResult == null;
            RenderResult rendered = !everyPage
                    ? current.renderChanged(site, options.contentDir(), pass, affected.get(), previousResult)
                    : current.render(site, options.contentDir(), pass);
            LiveOutput.Changes changes = pass.finish();
            previousSite = site;
            previousResult = rendered;
            pending = rendered.searchDocuments();
            return new Rebuild(true, changes, diagnostics, since(start), everyPage);
        } catch (ThemeException e) {
            List<Diagnostic> withTheme = new java.util.ArrayList<>(diagnostics);
            withTheme.add(e.problem(options.contentDir().resolve("hub.yaml"), site.config().theme()));
            return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()), withTheme, since(start));
        }
    }

    /** Whether a rebuild has succeeded: until one has, there is no site to keep serving. */
    boolean hasBuilt() {
        return previousSite != null;
    }

    /**
     * Goes through a save once without a change, so that the JIT compiles the loops of the
     * loader, the comparison and the incremental render over the whole site before the
     * editor's first save needs them. The save named is of a file that does not exist, as an
     * editor's vanished temporary file: no file is read again, so a change on disk is left to
     * the watcher's report of it, and nothing is written.
     *
     * @return empty when there is no site to go through yet
     */
    Optional<Rebuild> warmUp() throws IOException {
        Path probe = options.contentDir().toAbsolutePath().normalize().resolve(".hub-warm-up");
        if (!hasBuilt() || Files.exists(probe)) {
            return Optional.empty();
        }
        return Optional.of(rebuild(Set.of(probe)));
    }

    /**
     * Brings the search index up to the last successful rebuild: a new version with just the
     * changed documents. Separate from {@link #rebuild} so the preview can reload the browser
     * tabs first; a failed update is tried again by the next call.
     */
    void updateIndex() throws IOException {
        List<SearchDocument> now = pending;
        if (now == null) {
            return;
        }
        if (indexed == null) {
            IndexPublisher.publish(indexDir, now);
        } else {
            Set<String> changedIds = changedIds(indexed, now);
            if (!changedIds.isEmpty()) {
                IndexPublisher.update(indexDir, now, changedIds);
            }
        }
        indexed = now;
        pending = null;
    }

    private boolean isThemeFile(Path path) {
        return path.toString().isEmpty() || path.startsWith(options.themesDir().toAbsolutePath().normalize());
    }

    /**
     * Whether every change is a page's Markdown file: a resource, hub.yaml or anything else
     * may show on pages the site model cannot tell, so they re-render everything. A path that
     * is gone while no file came or went was an editor's temporary file (sed -i, vim's 4913,
     * atomic saves through a renamed copy) and changes nothing.
     */
    private boolean onlyPageFiles(Set<Path> changed, boolean sameFiles) {
        Path content = options.contentDir().toAbsolutePath().normalize();
        return !changed.isEmpty() && changed.stream().allMatch(p -> p.startsWith(content)
                && (p.getFileName().toString().matches("index\\.[a-z]{2,3}\\.md") || sameFiles && !Files.exists(p)));
    }

    /** The renderer, loaded again when hub.yaml names another theme or a theme file changed. */
    private SiteRenderer renderer(String theme, boolean themeChanged) throws ThemeException {
        if (themeChanged) {
            renderer = SiteRenderer.create(Theme.load(options.themesDir(), theme));
            rendererTheme = theme;
        }
        return renderer;
    }

    /** Ids of the documents added, changed or removed between two builds. */
    static Set<String> changedIds(List<SearchDocument> before, List<SearchDocument> after) {
        Map<String, SearchDocument> old = new HashMap<>();
        before.forEach(d -> old.put(d.id(), d));
        Set<String> changed = new TreeSet<>();
        for (SearchDocument document : after) {
            if (!document.equals(old.remove(document.id()))) {
                changed.add(document.id());
            }
        }
        changed.addAll(old.keySet());
        return changed;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
