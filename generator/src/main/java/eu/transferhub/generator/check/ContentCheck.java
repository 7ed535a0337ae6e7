package eu.transferhub.generator.check;

import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.LoadedSite;
import eu.transferhub.generator.pipeline.SiteLoader;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.output.OutputSink;
import eu.transferhub.generator.render.SiteRenderer;
import eu.transferhub.generator.render.Theme;
import eu.transferhub.generator.render.ThemeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs everything a build runs — hub.yaml, front matter, references, URLs, translations,
 * links, the theme, rendering — and keeps only the problems: nothing is written. Thread-safe;
 * reuse one instance for repeated checks.
 */
public final class ContentCheck {

    private final SiteLoader loader;

    /** @param threads worker threads for the per-page stages, at least 1 */
    public ContentCheck(int threads) {
        this.loader = new SiteLoader(threads);
    }

    /**
     * Checks {@code contentDir} with the theme from {@code themesDir}.
     *
     * @return every problem, sorted by file and line, with paths under {@code contentDir} (the site
     *         theme's warnings under {@code themesDir})
     * @throws IOException when a folder cannot be read at all (unreadable files are problems)
     */
    public CheckResult check(Path contentDir, Path themesDir, boolean drafts) throws IOException {
        LoadedSite loaded = loader.load(contentDir, Optional.empty(), drafts, BuildProgress.SILENT);
        List<Diagnostic> problems = new ArrayList<>(loaded.diagnostics().stream().map(d -> d.under(contentDir))
                .toList());
        int pages = 0;
        if (loaded.site().isPresent()) {
            Site site = loaded.site().get();
            pages = site.pages().size();
            String theme = site.config().theme();
            try {
                // Rendering into nothing: templates that fail on this content fail here too.
                SiteRenderer renderer = SiteRenderer.create(Theme.load(themesDir, theme));
                // On the theme's own files, which are not under the content folder.
                problems.addAll(renderer.themeWarnings());
                renderer.render(site, contentDir, DISCARD);
            } catch (ThemeException e) {
                problems.add(e.problem(contentDir.resolve("hub.yaml"), theme));
            }
        }
        return new CheckResult(problems.stream().sorted(Diagnostic.ORDER).toList(), pages);
    }

    private static final OutputSink DISCARD = new OutputSink() {
        @Override
        public void write(String path, byte[] bytes) {
        }

        @Override
        public void copy(String path, Path source) {
        }
    };
}
