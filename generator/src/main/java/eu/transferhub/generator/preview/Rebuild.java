package eu.transferhub.generator.preview;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.output.LiveOutput;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one preview rebuild.
 *
 * @param built       false when errors kept the previous site in place
 * @param changes     the site files written and deleted (empty when not built)
 * @param diagnostics every problem found, errors and warnings
 * @param took        wall time of the rebuild
 * @param everyPage   whether every page was rendered (the first build, a change of settings,
 *                    theme, resources or the set of pages), not just what the save affects
 */
public record Rebuild(boolean built, LiveOutput.Changes changes, List<Diagnostic> diagnostics, Duration took,
        boolean everyPage) {

    public Rebuild {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A rebuild that did not render (errors) or rendered everything. */
    public Rebuild(boolean built, LiveOutput.Changes changes, List<Diagnostic> diagnostics, Duration took) {
        this(built, changes, diagnostics, took, true);
    }
}
