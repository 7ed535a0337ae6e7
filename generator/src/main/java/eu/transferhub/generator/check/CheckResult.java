package eu.transferhub.generator.check;

import eu.transferhub.generator.content.Diagnostic;
import java.util.List;

/**
 * What {@link ContentCheck} found.
 *
 * @param problems every problem, sorted by file and line
 * @param pages    pages checked (0 when errors kept the site from being assembled)
 */
public record CheckResult(List<Diagnostic> problems, int pages) {

    public CheckResult {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Whether the check fails: any error, or any warning when {@code strict}. */
    public boolean failed(boolean strict) {
        return errors() > 0 || (strict && warnings() > 0);
    }
}
