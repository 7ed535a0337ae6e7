package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import eu.transferhub.search.index.IndexPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    private static final Path THEMES = Path.of("../themes");

    private static BuildOptions options(Path content, Path work) {
        return BuildOptions.defaults().withContentDir(content).withOutputDir(work.resolve("public"))
                .withIndexDir(work.resolve("search-index")).withThemesDir(THEMES).withThreads(2);
    }

    /** Copies the basic fixture to {@code content} and publishes it once; the options build it again. */
    private static BuildOptions publishedCopyOfBasic(Path content, Path work) throws Exception {
        SiteTrees.copy(SiteLoaderTest.BASIC, content);
        BuildOptions options = options(content, work);
        assertTrue(build(options).published());
        return options;
    }

    private static BuildResult build(BuildOptions options) throws Exception {
        return new SiteBuilder(options.threads()).build(options, BuildProgress.SILENT);
    }

    @Test
    void theFixtureSiteIsWrittenWithResourcesAndSearchDocuments(@TempDir Path work) throws Exception {
        BuildResult result = build(options(SiteLoaderTest.BASIC, work));
        assertTrue(result.published());
        assertEquals(Map.of("en", 8, "es", 2), result.pagesPerLanguage());
        assertEquals(2, result.warnings());
        Path site = work.resolve("public");
        String bilbao = Files.readString(site.resolve("en/cities/bilbao/index.html"));
        assertTrue(bilbao.contains("<h2 id=\"economy\">Economy</h2>"), bilbao);
        assertTrue(bilbao.contains("href=\"/en/cities/tartu/\""), bilbao);
        assertTrue(Files.exists(site.resolve("es/good-practices/as-fabrica/index.html")));
        assertTrue(Files.exists(site.resolve("en/as-fabrik/index.html")), "alias redirect page");
        assertFalse(Files.exists(site.resolve("en/articles/hello/index.html")), "drafts are left out");
        assertArrayEquals(Files.readAllBytes(SiteLoaderTest.BASIC.resolve("good-practices/as-fabrik/img/map.png")),
                Files.readAllBytes(site.resolve("es/good-practices/as-fabrica/img/map.png")));
        String diary = Files.readString(site.resolve("en/journals/bilbao-diary/index.html"));
        assertFalse(diary.contains("alert('x')"), diary);

        Path index = work.resolve("search-index");
        List<SearchDocument> documents = SearchDocuments.read(index.resolve(SiteBuilder.DOCUMENTS_FILE));
        assertEquals(result.searchDocuments(), documents.size());
        assertEquals(10, documents.size());
        assertEquals(10, IndexPublisher.current(index).orElseThrow().documentCount());
        assertEquals(List.of("public", "search-index"), SiteTrees.names(work), "no staging folder is left");
    }

    @Test
    void contentErrorsLeaveThePreviousSiteUntouchedAndNoStagingFolder(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        BuildOptions options = publishedCopyOfBasic(content, work);
        Map<String, String> before = SiteTrees.hashes(work.resolve("public"));
        String indexBefore = Files.readString(work.resolve("search-index/CURRENT"));

        Files.writeString(content.resolve("cities/tartu/index.en.md"), """
                ---
                title: Tartu
                country: EE
                location: { lat: 143.2, lon: 26.7 }
                ---
                """);
        Files.writeString(content.resolve("networks/as-transfer/index.en.md"), """
                ---
                title: AS-TRANSFER
                lead: bilbo
                date: soon
                ---
                """);
        Files.writeString(content.resolve("cities/tartu/index.fr.md"), "---\ntitle: Tartu\n---\n");
        BuildResult failed = build(options);

        assertFalse(failed.published());
        assertEquals(List.of(
                content + "/cities/tartu/index.en.md:4: location: latitude 143.2 is out of range (-90..90)",
                content + "/cities/tartu/index.fr.md: unknown language 'fr' in the file name (hub.yaml lists en, es)",
                content + "/good-practices/as-fabrik/index.en.md:6: warning: themes: 'digital' has no profile page"
                        + " (themes/digital/); it gets a plain term page",
                content + "/good-practices/as-fabrik/index.en.md:23: warning: broken link: /en/cities/nowhere/ is no"
                        + " page, resource or alias of the site",
                content + "/networks/as-transfer/index.en.md:3: lead: unknown city 'bilbo' — did you mean 'bilbao'?",
                content + "/networks/as-transfer/index.en.md:4: date: expected a date YYYY-MM-DD, got 'soon'"),
                failed.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(4, failed.errors());
        assertEquals(before, SiteTrees.hashes(work.resolve("public")));
        assertEquals(indexBefore, Files.readString(work.resolve("search-index/CURRENT")));
        assertEquals(List.of("content", "public", "search-index"), SiteTrees.names(work));
    }

    @Test
    void urlClashesWithGeneratedFilesAreContentErrorsReportedWithTheOthers(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        BuildOptions options = publishedCopyOfBasic(content, work);
        Map<String, String> before = SiteTrees.hashes(work.resolve("public"));

        Files.writeString(content.resolve("articles/hello/index.en.md"), """
                ---
                title: Hello
                date: 2024-13-01
                aliases: [/en/cities/page/2/, /en/index.xml]
                ---
                Text.
                """);
        Files.writeString(content.resolve("cities/tartu/index.html"), "<p>An old export.</p>");
        BuildResult failed = build(options);

        assertFalse(failed.published());
        List<String> errors = failed.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        assertEquals(List.of(
                content + "/articles/hello/index.en.md:3: date: 2024-13-01 is not a calendar date",
                content + "/articles/hello/index.en.md:4: alias /en/cities/page/2/ is also the URL of page 2 of the list"
                        + " /en/cities/ (long lists go on at page/2/, page/3/…)",
                content + "/articles/hello/index.en.md:4: alias /en/index.xml is also the URL of the en Atom feed",
                content + "/cities/tartu/index.html: this bundle file would be published at /en/cities/tartu/index.html,"
                        + " which is also the URL of cities/tartu/index.en.md:2; rename it"), errors,
                "a page left out for one error still has its URLs checked: every error in one run");
        assertEquals(before, SiteTrees.hashes(work.resolve("public")));
        assertEquals(List.of("content", "public", "search-index"), SiteTrees.names(work), "no staging folder is left");
    }

    @Test
    void aRenderFailureAlsoLeavesThePreviousSiteAndNoStagingFolder(@TempDir Path work) throws Exception {
        BuildOptions options = options(SiteLoaderTest.BASIC, work);
        assertTrue(build(options).published());
        Map<String, String> before = SiteTrees.hashes(work.resolve("public"));
        Path missingTheme = work.resolve("no-themes");
        org.junit.jupiter.api.Assertions.assertThrows(eu.transferhub.generator.render.ThemeException.class,
                () -> build(options.withThemesDir(missingTheme)));
        assertEquals(before, SiteTrees.hashes(work.resolve("public")));
        assertEquals(List.of("public", "search-index"), SiteTrees.names(work));
    }

    @Test
    void aBuildStoppedByContentErrorsKeepsThePreviousSiteForTheNextBuild(@TempDir Path work) throws Exception {
        // The staging folder is taken from the previous site while the pages load, so a build
        // that stops at its content errors has it in hand and must give it back untouched.
        Path content = work.resolve("content");
        BuildOptions options = publishedCopyOfBasic(content, work);
        assertTrue(build(options).published());
        Map<String, String> previous = SiteTrees.hashes(work.resolve(".public.previous"));
        Map<String, String> published = SiteTrees.hashes(work.resolve("public"));
        Path tartu = content.resolve("cities/tartu/index.en.md");
        String tartuText = Files.readString(tartu);

        Files.writeString(tartu, "---\ntitle: [Tartu\n---\n");
        assertFalse(build(options).published());

        assertEquals(List.of(".public.previous", "content", "public", "search-index"), SiteTrees.names(work));
        assertEquals(previous, SiteTrees.hashes(work.resolve(".public.previous")));
        assertEquals(published, SiteTrees.hashes(work.resolve("public")));

        Files.writeString(tartu, tartuText);
        assertTrue(build(options).published());
        Map<String, String> rebuilt = SiteTrees.hashes(work.resolve("public"));
        // Only the sitemap may differ: Tartu's lastmod is its file's, which was written again.
        rebuilt.remove("sitemap.xml");
        published.remove("sitemap.xml");
        assertEquals(published, rebuilt, "the same content builds the same site");
    }

    @Test
    void theDocumentsFileIsTheIndexedDocuments(@TempDir Path work) throws Exception {
        BuildResult result = build(options(SiteLoaderTest.BASIC, work));
        List<SearchDocument> written = SearchDocuments.read(work.resolve("search-index/" + SiteBuilder.DOCUMENTS_FILE));

        assertEquals(result.searchDocuments(), written.size());
        assertEquals(IndexPublisher.current(work.resolve("search-index")).orElseThrow().documentCount(), written.size());
        assertEquals(written.stream().map(SearchDocument::id).sorted().toList(),
                written.stream().map(SearchDocument::id).toList(), "in id order, as the renderer returns them");
        try (var entries = Files.list(work.resolve("search-index"))) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void strictTurnsWarningsIntoFailure(@TempDir Path work) throws Exception {
        BuildResult result = build(options(SiteLoaderTest.BASIC, work).withStrict(true));
        assertFalse(result.published());
        assertEquals(0, result.errors());
        assertEquals(2, result.warnings());
        assertEquals(List.of(), SiteTrees.names(work));
    }

    @Test
    void aSiteThemesWarningIsReportedWithTheContentsAndFailsAStrictBuild(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        SiteTrees.copy(SiteLoaderTest.BASIC, content);
        Path hub = content.resolve("hub.yaml");
        Files.writeString(hub, Files.readString(hub) + "theme: older\n");
        Path themes = work.resolve("themes");
        SiteTrees.copy(THEMES.resolve("default"), themes.resolve("default"));
        Path layout = themes.resolve("older/layouts/search.mustache");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, Files.readString(THEMES.resolve("default/layouts/search.mustache"))
                .replace("<script src=\"{{assets.searchResultsJs}}\" defer></script>\n", ""));
        BuildOptions options = options(content, work).withThemesDir(themes);

        BuildResult built = build(options);
        assertTrue(built.published());
        assertEquals(3, built.warnings(), "the fixture's two and the theme's");
        assertTrue(built.diagnostics().stream().anyMatch(d -> d.toString().startsWith(
                layout + ":18: warning: loads search.js without search-results.js")), built.diagnostics().toString());
        Map<String, String> published = SiteTrees.hashes(work.resolve("public"));

        BuildResult strict = build(options.withStrict(true));
        assertFalse(strict.published());
        assertEquals(0, strict.errors());
        assertEquals(built.diagnostics(), strict.diagnostics());
        assertEquals(published, SiteTrees.hashes(work.resolve("public")), "the previous site stays");
    }

    @Test
    void aBundleFileWithoutALanguageIsPublishedAsTheDefaultLanguagesPage(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        BuildOptions options = publishedCopyOfBasic(content, work);
        Map<String, String> before = SiteTrees.hashes(work.resolve("public"));
        Files.move(content.resolve("cities/tartu/index.en.md"), content.resolve("cities/tartu/index.md"));

        BuildResult renamed = build(options);

        assertTrue(renamed.published(), renamed.diagnostics().toString());
        assertEquals(Map.of("en", 8, "es", 2), renamed.pagesPerLanguage());
        Map<String, String> after = SiteTrees.hashes(work.resolve("public"));
        assertEquals(before.keySet(), after.keySet(), "the same pages at the same URLs");
        assertTrue(Files.readString(work.resolve("public/en/cities/tartu/index.html")).contains("<h1"),
                "Tartu's English page");

        Files.writeString(content.resolve("cities/tartu/index.en.md"), Files.readString(
                content.resolve("cities/tartu/index.md")));
        BuildResult both = build(options);
        assertFalse(both.published());
        assertEquals(List.of(content.resolve("cities/tartu/index.md") + ": index.md is the default language's (en)"
                + " file, and so is index.en.md beside it: keep one of them"),
                both.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
        assertEquals(after, SiteTrees.hashes(work.resolve("public")), "the previous site stays");
    }
}
