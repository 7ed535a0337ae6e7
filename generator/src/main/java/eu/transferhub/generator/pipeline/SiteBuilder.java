package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.output.StagedOutput;
import eu.transferhub.generator.render.RenderResult;
import eu.transferhub.generator.render.SiteRenderer;
import eu.transferhub.generator.render.Theme;
import eu.transferhub.generator.render.ThemeException;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import eu.transferhub.search.index.IndexPublication;
import eu.transferhub.search.index.IndexPublisher;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One whole build: load and check the content ({@link SiteLoader}), render it through the
 * theme into a staging folder beside the output, publish a new search-index version, then swap
 * the staged site into place. Content errors (or warnings with {@code strict}) stop the build
 * before anything is written; any failure later leaves the previous site untouched and removes
 * the staging folder. Reuse one builder for repeated builds; builds must not overlap.
 */
public final class SiteBuilder {

    /** The search documents, beside the index versions, for tools and debugging. */
    public static final String DOCUMENTS_FILE = "documents.jsonl";

    private final SiteLoader loader;

    /** @param threads worker threads for the per-page stages, at least 1 */
    public SiteBuilder(int threads) {
        this.loader = new SiteLoader(threads);
    }

    /**
     * Builds the site described by {@code options}.
     *
     * @throws IOException    when reading, writing or publishing fails (not for content problems,
     *                        which are in the result)
     * @throws ThemeException when the theme cannot be loaded
     * @throws IllegalArgumentException when publishing would replace the content, the themes,
     *                                  the index or a folder no build wrote ({@link BuildFolders})
     */
    public BuildResult build(BuildOptions options, BuildProgress progress) throws IOException, ThemeException {
        long start = System.nanoTime();
        Optional<String> unsafe = BuildFolders.problem(options);
        if (unsafe.isPresent()) {
            throw new IllegalArgumentException(unsafe.get());
        }
        try (PendingOutput pending = PendingOutput.start(options.outputDir())) {
            LoadedSite loaded = loader.load(options.contentDir(), options.baseUrl(), options.drafts(), progress);
            List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics().stream()
                    .map(d -> d.under(options.contentDir())).toList());
            if (loaded.site().isEmpty()) {
                Duration load = since(start);
                return new BuildResult(diagnostics, false, Map.of(), 0, 0, 0, 0, load, PhaseTimes.loadOnly(load));
            }
            long renderStart = System.nanoTime();
            SiteRenderer renderer = SiteRenderer.create(Theme.load(options.themesDir(),
                    loaded.site().get().config().theme()));
            // The theme's warnings are reported with the content's, and fail a strict build alike.
            diagnostics.addAll(renderer.themeWarnings());
            Duration load = between(start, renderStart);
            if (options.strict() && loaded.warnings() + renderer.themeWarnings().size() > 0) {
                return new BuildResult(diagnostics, false, Map.of(), 0, 0, 0, 0, load, PhaseTimes.loadOnly(load));
            }
            progress.update("rendering", 0, 1);
            StagedOutput output = pending.get();
            RenderResult rendered = renderer.render(loaded.site().get(), options.contentDir(), output);
            // The site model is most of the build's memory and indexing needs only the search
            // documents; this frame runs once, interpreted, and would keep it reachable.
            loaded = null;
            progress.update("rendering", 1, 1);
            long indexStart = System.nanoTime();
            IndexPublication index = publishIndex(options.indexDir(), rendered.searchDocuments());
            long publishStart = System.nanoTime();
            output.publish();
            PhaseTimes phases = new PhaseTimes(load, between(renderStart, indexStart),
                    between(indexStart, publishStart), since(publishStart));
            return new BuildResult(diagnostics, true, rendered.pagesPerLanguage(), output.files(), output.filesChanged(),
                    rendered.searchDocuments().size(), index.indexed(), since(start), phases);
        }
    }

    /**
     * Writes {@code documents.jsonl} (via a temporary file and a rename, so readers never see
     * half a file) and publishes a new index version, indexing only the documents that differ
     * from the current version's. The file is written on a thread of its own while the index is
     * built: it is one pass over every document's text, and alone it would leave a core idle.
     */
    private static IndexPublication publishIndex(Path indexDir, List<SearchDocument> documents) throws IOException {
        Files.createDirectories(indexDir);
        Path temporary = Files.createTempFile(indexDir, "." + DOCUMENTS_FILE, ".tmp");
        IndexPublication published;
        try {
            Background<Void> writing = Background.start("documents-file", () -> {
                SearchDocuments.write(documents, temporary);
                return null;
            });
            try {
                // The new version becomes current only once the file is written too.
                published = IndexPublisher.publishChanged(indexDir, documents, writing::get);
            } catch (IOException | RuntimeException e) {
                // The temporary file is deleted below: the writer must be done with it.
                writing.finished();
                throw e;
            }
            try {
                Files.move(temporary, indexDir.resolve(DOCUMENTS_FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, indexDir.resolve(DOCUMENTS_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return published;
    }

    private static Duration since(long start) {
        return between(start, System.nanoTime());
    }

    private static Duration between(long start, long end) {
        return Duration.ofNanos(end - start);
    }
}
