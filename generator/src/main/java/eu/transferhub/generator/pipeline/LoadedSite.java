package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Site;
import java.util.List;
import java.util.Optional;

/**
 * The content dir read, parsed and checked.
 *
 * @param site        the site, when there were no errors
 * @param diagnostics every problem, sorted by file and line; paths relative to the content dir
 * @param sameFiles   whether a caching loader knew that no file came or went since its last
 *                    load (so a changed path that does not exist was a temporary file)
 */
public record LoadedSite(Optional<Site> site, List<Diagnostic> diagnostics, boolean sameFiles) {
    public LoadedSite {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public LoadedSite(Optional<Site> site, List<Diagnostic> diagnostics) {
        this(site, diagnostics, false);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
