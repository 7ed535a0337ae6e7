package eu.transferhub.e2e.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.PreviewSite;
import eu.transferhub.e2e.Trees;
import eu.transferhub.generator.pipeline.BuildOptions;
import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.BuildResult;
import eu.transferhub.generator.pipeline.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page that {@code hub build} makes of the bundled content passes the Nu Html
 * Checker (the W3C's validator, run in-process) without an error. Warnings are printed.
 */
class HtmlValidityTest {

    private static final String BROKEN = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
            <body><main><div><p>unclosed</span></div></main></body></html>
            """;

    @TempDir
    Path temp;

    @Test
    void everyGeneratedPageOfTheBundledContentIsValidHtml() throws Exception {
        Path site = temp.resolve("public");
        BuildOptions options = BuildOptions.defaults().withContentDir(PreviewSite.directory("content.dir"))
                .withThemesDir(PreviewSite.directory("themes.dir")).withOutputDir(site)
                .withIndexDir(temp.resolve("search-index")).withThreads(2);
        BuildResult result = new SiteBuilder(2).build(options, BuildProgress.SILENT);
        assertTrue(result.published(), () -> "the bundled content does not build: " + result.diagnostics());

        List<Path> pages = Trees.files(site, ".html");
        assertTrue(pages.size() > 100, "six languages of pages, lists and terms: " + pages.size());
        Messages messages = new Messages(site);
        try (NuChecker checker = new NuChecker(Trees.files(PreviewSite.directory("nu-validator.dir"), ".jar"),
                messages)) {
            // A page with known errors first, so a checker that checks nothing cannot pass.
            Path broken = Files.writeString(site.resolve("broken-on-purpose.html"), BROKEN);
            messages.page = broken;
            checker.check(broken);
            assertEquals(List.of("broken-on-purpose.html:2:35: Stray end tag “span”."), messages.errors);
            messages.errors.clear();
            messages.warnings.clear();
            Files.delete(broken);

            for (Path page : pages) {
                messages.page = page;
                checker.check(page);
            }
        }
        List<String> errors = messages.errors;
        int warnings = messages.warnings.size();
        messages.warnings.forEach(w -> System.out.println("Nu Html Checker warning: " + w));
        System.out.println("Nu Html Checker: " + pages.size() + " pages, " + errors.size() + " errors, " + warnings
                + " warnings");
        assertEquals(List.of(), errors, "HTML errors in " + pages.size() + " generated pages");
    }

    /** Collects the checker's messages as {@code page:line:column: message}. */
    private static final class Messages implements ErrorHandler {

        final Path site;
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        Path page;

        Messages(Path site) {
            this.site = site;
        }

        private String format(SAXParseException e) {
            String where = page == null ? "(schema)" : site.relativize(page).toString();
            return where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }
    }
}
