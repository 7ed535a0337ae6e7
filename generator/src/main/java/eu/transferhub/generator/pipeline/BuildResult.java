package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one build.
 *
 * @param diagnostics      every content problem, sorted; paths start with the content dir as given
 *                         (a site theme's warnings, with the themes dir as given)
 * @param published        whether the new site (and index) replaced the previous one
 * @param pagesPerLanguage content pages rendered per language code, sorted by code; empty when
 *                         nothing was rendered
 * @param files            files of the published site
 * @param filesChanged     of those, files this build wrote; the others held the same bytes in
 *                         the folder the build wrote over and were left as they were
 * @param searchDocuments  documents in the published search index
 * @param indexed          of those, documents indexed by this build (added, changed or deleted);
 *                         all of them when the index was built afresh, 0 when it already held
 *                         every document as it is
 * @param elapsed          wall time of the build
 * @param phases           wall time of each stage
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean published, Map<String, Integer> pagesPerLanguage,
        int files, int filesChanged, int searchDocuments, int indexed, Duration elapsed, PhaseTimes phases) {

    public BuildResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        pagesPerLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(pagesPerLanguage));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** Content pages rendered, all languages. */
    public int pages() {
        return pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
