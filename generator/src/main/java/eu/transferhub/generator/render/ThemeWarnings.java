package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What in a site theme's own files still renders but no longer works as the site's author
 * meant, reported as warnings on the file and line: a theme written for an earlier Transfer Hub
 * builds, and its author learns what to change instead of finding out from a visitor.
 */
final class ThemeWarnings {

    static final String SEARCH_LAYOUT = "layouts/search.mustache";
    private static final String SEARCH_JS = "assets.searchJs";
    private static final String SEARCH_RESULTS_JS = "assets.searchResultsJs";
    private static final String RESULTS_SCRIPT = "<script src=\"{{" + SEARCH_RESULTS_JS + "}}\" defer></script>";

    private ThemeWarnings() {
    }

    /** The warnings of the site theme's own files; none for the default theme. */
    static List<Diagnostic> of(ThemeFiles files) throws ThemeException {
        Path search = files.overrides().get(SEARCH_LAYOUT);
        if (search == null) {
            return List.of();
        }
        return searchScripts(search, ThemeFiles.read(search));
    }

    /**
     * search.js builds the results with search-results.js and, without it, leaves the page to
     * the plain form: a search layout copied before the two were split loads search.js alone,
     * and live search would stop without a word. Deferred scripts run in document order, so
     * search-results.js must also come first.
     */
    static List<Diagnostic> searchScripts(Path file, String layout) {
        int script = layout.indexOf(SEARCH_JS);
        if (script < 0) {
            // No search.js: the site chose the plain form.
            return List.of();
        }
        int results = layout.indexOf(SEARCH_RESULTS_JS);
        if (results < 0) {
            return List.of(Diagnostic.warning(file, lineOf(layout, script), "loads search.js without "
                    + "search-results.js, which it needs to show results as the visitor types; the search page "
                    + "stays the plain form. Add " + RESULTS_SCRIPT + " before it"));
        }
        if (results > script) {
            return List.of(Diagnostic.warning(file, lineOf(layout, results), "loads search-results.js after "
                    + "search.js, which needs it when it runs; the search page stays the plain form. "
                    + "Move this script before search.js"));
        }
        return List.of();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
