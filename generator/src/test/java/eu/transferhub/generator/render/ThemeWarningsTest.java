package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeWarningsTest {

    private static final Path FILE = Path.of("themes/civic/layouts/search.mustache");
    private static final String RESULTS = "<script src=\"{{assets.searchResultsJs}}\" defer></script>\n";
    private static final String SEARCH = "<script src=\"{{assets.searchJs}}\" defer></script>\n";
    private static final String FORM = "{{<base}}\n{{$content}}\n<form role=\"search\"></form>\n{{/content}}\n"
            + "{{$scripts}}\n";

    @Test
    void aSearchLayoutLoadingSearchJsAloneIsWarnedOnThatScriptsLine() {
        assertEquals(List.of(Diagnostic.warning(FILE, 6, "loads search.js without search-results.js, which it"
                        + " needs to show results as the visitor types; the search page stays the plain form. Add "
                        + "<script src=\"{{assets.searchResultsJs}}\" defer></script> before it")),
                ThemeWarnings.searchScripts(FILE, FORM + SEARCH + "{{/scripts}}\n{{/base}}\n"));
    }

    @Test
    void searchResultsJsAfterSearchJsIsWarnedOnItsOwnLine() {
        assertEquals(List.of(Diagnostic.warning(FILE, 7, "loads search-results.js after search.js, which needs"
                        + " it when it runs; the search page stays the plain form. Move this script before search.js")),
                ThemeWarnings.searchScripts(FILE, FORM + SEARCH + RESULTS));
    }

    @Test
    void bothScriptsInOrderOrNeitherAreFine() {
        assertEquals(List.of(), ThemeWarnings.searchScripts(FILE, FORM + RESULTS + SEARCH));
        assertEquals(List.of(), ThemeWarnings.searchScripts(FILE, FORM + "{{/scripts}}\n"),
                "a search page without the script is the site's choice of the plain form");
    }

    @Test
    void theDefaultThemesOwnSearchLayoutPassesTheCheck() throws IOException, ThemeException {
        Path layout = Rendered.THEMES.resolve("default").resolve(ThemeWarnings.SEARCH_LAYOUT);
        assertEquals(List.of(), ThemeWarnings.searchScripts(layout, Files.readString(layout)));
        assertEquals(List.of(), Theme.load(Rendered.THEMES, "default").warnings());
    }

    @Test
    void aSiteThemeWithASearchLayoutFromBeforeTheSplitLoadsWithItsWarning(@TempDir Path temp)
            throws IOException, ThemeException {
        Path themes = ThemeLoadingTest.copyDefaultTheme(temp);
        Path layout = themes.resolve("older").resolve(ThemeWarnings.SEARCH_LAYOUT);
        Files.createDirectories(layout.getParent());
        String defaults = Files.readString(themes.resolve("default").resolve(ThemeWarnings.SEARCH_LAYOUT));
        Files.writeString(layout, defaults.replace(RESULTS, ""));

        List<Diagnostic> warnings = Theme.load(themes, "older").warnings();

        assertEquals(1, warnings.size(), warnings.toString());
        String printed = warnings.getFirst().toString();
        assertTrue(printed.startsWith(layout + ":18: warning: loads search.js without search-results.js"), printed);
    }
}
