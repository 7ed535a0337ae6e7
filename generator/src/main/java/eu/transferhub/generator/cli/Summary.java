package eu.transferhub.generator.cli;

import eu.transferhub.generator.pipeline.BuildResult;
import java.util.Locale;
import java.util.StringJoiner;

/** The one-line summaries at the end of a build. Locale-independent. */
final class Summary {

    private Summary() {
    }

    /** e.g. {@code Built 123 pages (en 40, es 20) and 456 files in 1.23 s, 1 warning}. */
    static String success(BuildResult result) {
        StringJoiner languages = new StringJoiner(", ", " (", ")");
        languages.setEmptyValue("");
        result.pagesPerLanguage().forEach((lang, count) -> languages.add(lang + " " + count));
        String warnings = result.warnings() == 0 ? "" : ", " + count(result.warnings(), "warning");
        return String.format(Locale.ROOT, "Built %s%s and %s in %.2f s%s", count(result.pages(), "page"), languages,
                count(result.files(), "file"), result.elapsed().toNanos() / 1e9, warnings);
    }

    /**
     * e.g. {@code load 1.20 s, render 3.40 s (5 of 456 files written), index 2.10 s (3 of 120 documents
     * indexed), publish 0.01 s}.
     */
    static String phases(BuildResult result) {
        var phases = result.phases();
        return String.format(Locale.ROOT, "load %.2f s, render %.2f s (%d of %s written), index %.2f s (%d of %s indexed),"
                + " publish %.2f s", seconds(phases.load()), seconds(phases.render()), result.filesChanged(),
                count(result.files(), "file"), seconds(phases.index()), result.indexed(),
                count(result.searchDocuments(), "document"), seconds(phases.publish()));
    }

    private static double seconds(java.time.Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** e.g. {@code Build failed: 3 errors, 1 warning}. */
    static String failure(BuildResult result, boolean strict) {
        String because = strict && result.errors() == 0 ? " (--strict)" : "";
        return "Build failed: " + count(result.errors(), "error") + ", " + count(result.warnings(), "warning") + because;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
