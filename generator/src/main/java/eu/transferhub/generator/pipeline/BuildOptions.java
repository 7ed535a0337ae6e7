package eu.transferhub.generator.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where to put it.
 *
 * @param contentDir the content folder with hub.yaml
 * @param outputDir  the site folder, replaced as a whole on success
 * @param indexDir   the search index root (versions + CURRENT pointer)
 * @param themesDir  the folder holding {@code default/} and any other theme
 * @param baseUrl    overrides hub.yaml's baseURL
 * @param drafts     build draft pages too
 * @param strict     warnings fail the build
 * @param threads    worker threads, at least 1
 */
public record BuildOptions(Path contentDir, Path outputDir, Path indexDir, Path themesDir, Optional<String> baseUrl,
        boolean drafts, boolean strict, int threads) {

    public BuildOptions {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(themesDir, "themesDir");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** {@code content/} → {@code public/} and {@code search-index/}, theme from {@code themes/}, all cores. */
    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("public"), Path.of("search-index"), Path.of("themes"),
                Optional.empty(), false, false, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withContentDir(Path dir) {
        return new BuildOptions(dir, outputDir, indexDir, themesDir, baseUrl, drafts, strict, threads);
    }

    public BuildOptions withOutputDir(Path dir) {
        return new BuildOptions(contentDir, dir, indexDir, themesDir, baseUrl, drafts, strict, threads);
    }

    public BuildOptions withIndexDir(Path dir) {
        return new BuildOptions(contentDir, outputDir, dir, themesDir, baseUrl, drafts, strict, threads);
    }

    public BuildOptions withThemesDir(Path dir) {
        return new BuildOptions(contentDir, outputDir, indexDir, dir, baseUrl, drafts, strict, threads);
    }

    public BuildOptions withBaseUrl(Optional<String> url) {
        return new BuildOptions(contentDir, outputDir, indexDir, themesDir, url, drafts, strict, threads);
    }

    public BuildOptions withDrafts(boolean value) {
        return new BuildOptions(contentDir, outputDir, indexDir, themesDir, baseUrl, value, strict, threads);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(contentDir, outputDir, indexDir, themesDir, baseUrl, drafts, value, threads);
    }

    public BuildOptions withThreads(int value) {
        return new BuildOptions(contentDir, outputDir, indexDir, themesDir, baseUrl, drafts, strict, value);
    }
}
