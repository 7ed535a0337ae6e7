package eu.transferhub.generator.preview;

import eu.transferhub.generator.build.BuildProgress;
import eu.transferhub.generator.build.LoadedSite;
import eu.transferhub.generator.build.SiteLoader;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.output.LiveOutput;
import eu.transferhub.generator.render.RenderResult;
import eu.transferhub.generator.render.SiteRenderer;
import eu.transferhub.generator.render.Theme;
import eu.transferhub.generator.render.ThemeException;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.index.IndexPublisher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds the preview site in place after a change: the content is read again (the loader
 * reuses its parsers), the theme only when a theme file changed, the pages are rendered into a
 * {@link LiveOutput} that rewrites only files whose bytes changed, and a new index version is
 * published only when a search document changed. After an error nothing is written: the last
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
    private List<SearchDocument> documents;

    Rebuilder(PreviewOptions options, String baseUrl, LiveOutput output, Path indexDir) {
        this.options = options;
        this.baseUrl = baseUrl;
        this.loader = new SiteLoader(options.threads());
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
                BuildProgress.SILENT);
        List<Diagnostic> diagnostics = loaded.diagnostics().stream().map(d -> d.under(options.contentDir())).toList();
        if (loaded.site().isEmpty()) {
            return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()), diagnostics, since(start));
        }
        Site site = loaded.site().get();
        try {
            SiteRenderer current = renderer(site.config().theme(), changed);
            LiveOutput.Pass pass = output.pass();
            RenderResult rendered = current.render(site, options.contentDir(), pass);
            LiveOutput.Changes changes = pass.finish();
            if (!rendered.searchDocuments().equals(documents)) {
                IndexPublisher.publish(indexDir, rendered.searchDocuments());
                documents = rendered.searchDocuments();
            }
            return new Rebuild(true, changes, diagnostics, since(start));
        } catch (ThemeException e) {
            List<Diagnostic> withTheme = new java.util.ArrayList<>(diagnostics);
            withTheme.add(Diagnostic.error(options.themesDir(), 0, e.getMessage()));
            return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()), withTheme, since(start));
        }
    }

    /** The renderer, loaded again when hub.yaml names another theme or a theme file changed. */
    private SiteRenderer renderer(String theme, Set<Path> changed) throws ThemeException {
        Path themes = options.themesDir().toAbsolutePath().normalize();
        boolean themeChanged = changed.stream().anyMatch(p -> p.startsWith(themes) || p.toString().isEmpty());
        if (renderer == null || !theme.equals(rendererTheme) || themeChanged) {
            renderer = SiteRenderer.create(Theme.load(options.themesDir(), theme));
            rendererTheme = theme;
        }
        return renderer;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
