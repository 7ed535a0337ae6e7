package eu.transferhub.generator.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.output.LiveOutput;
import eu.transferhub.generator.pipeline.SiteTrees;
import eu.transferhub.generator.render.ThemeException;
import eu.transferhub.search.index.IndexPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit rewrites exactly the output files that show what changed, and nothing else. */
class RebuilderTest {

    @TempDir
    Path work;
    Path content;
    Rebuilder rebuilder;

    @BeforeEach
    void build() throws IOException {
        content = PreviewFixture.copy(work.resolve("content"));
        rebuilder = new Rebuilder(PreviewFixture.options(content), "http://localhost:1313/", new LiveOutput(work.resolve("site")),
                work.resolve("index"));
        Rebuild first = rebuilder.rebuild(Set.of());
        assertTrue(first.built(), first.diagnostics().toString());
        rebuilder.updateIndex();
    }

    /** Edits a file as a save would: new text, and a modification time after the history was read. */
    private void edit(String path, String from, String to) throws IOException {
        Path file = content.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-02T03:04:05Z")));
    }

    @Test
    void aChangeThatRebuildsNothingWritesNothing() throws IOException {
        Rebuild again = rebuilder.rebuild(Set.of(content.resolve("cities/tartu/index.en.md")));

        assertTrue(again.built());
        assertEquals(new LiveOutput.Changes(List.of(), List.of()), again.changes());
    }

    @Test
    void editingTheFirstParagraphRewritesThePageTheListThatShowsItAsSummaryAndTheSitemap() throws IOException {
        String before = IndexPublisher.currentId(work.resolve("index")).orElseThrow();

        edit("cities/tartu/index.en.md", "a university town", "a university city");
        Rebuild rebuild = rebuilder.rebuild(Set.of(content.resolve("cities/tartu/index.en.md")));

        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        assertEquals(List.of(), rebuild.changes().deleted());
        assertEquals(List.of("en/cities/index.html", "en/cities/tartu/index.html", "sitemap.xml"),
                rebuild.changes().written());
        assertEquals(before, IndexPublisher.currentId(work.resolve("index")).orElseThrow(),
                "the index waits for updateIndex, so the tabs can reload first");
        rebuilder.updateIndex();
        assertTrue(!IndexPublisher.currentId(work.resolve("index")).orElseThrow().equals(before),
                "a new index version holds the edit");
    }

    @Test
    void renamingAPageRewritesEveryPageThatShowsItsTitleAndNoOther() throws IOException {
        edit("cities/tartu/index.en.md", "title: Tartu", "title: Tartu (Dorpat)");
        Rebuild rebuild = rebuilder.rebuild(Set.of(content.resolve("cities/tartu/index.en.md")));

        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        assertEquals(List.of(
                "en/cities/bilbao/index.html", // the card of a journal about Bilbao and Tartu
                "en/cities/index.html",
                "en/cities/tartu/index.html",
                "en/cities/tartu/index.xml", // the term feed's title
                "en/index.html", // the network's cities
                "en/journals/bilbao-diary/index.html", // tags the cities it is about
                "en/journals/index.html",
                "en/networks/as-transfer/index.html", // partners and meetings
                "sitemap.xml"), rebuild.changes().written());
        assertEquals(List.of(), rebuild.changes().deleted());
    }

    @Test
    void aSaveThroughATemporaryFileRendersOnlyWhatItAffects() throws IOException {
        Path page = content.resolve("cities/tartu/index.en.md");
        Path temporary = content.resolve("cities/tartu/sed4Xk2pQ"); // as sed -i and atomic saves do
        Files.writeString(temporary, Files.readString(page).replace("a university town", "a university city"));
        Files.setLastModifiedTime(temporary, FileTime.from(Instant.parse("2030-01-02T03:04:05Z")));
        Files.move(temporary, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Rebuild rebuild = rebuilder.rebuild(Set.of(temporary, page));

        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        assertFalse(rebuild.everyPage(), "the vanished temporary file is not a reason to render every page");
        assertEquals(List.of("en/cities/index.html", "en/cities/tartu/index.html", "sitemap.xml"),
                rebuild.changes().written());
    }

    @Test
    void aChangedResourceRendersEveryPage() throws IOException {
        Path image = content.resolve("good-practices/as-fabrik/img/map.png");
        Files.write(image, new byte[] {1, 2, 3});

        Rebuild rebuild = rebuilder.rebuild(Set.of(image));

        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        assertTrue(rebuild.everyPage());
        assertEquals(List.of("en/good-practices/as-fabrik/img/map.png", "es/good-practices/as-fabrica/img/map.png"),
                rebuild.changes().written(), "the copy beside each translation");
    }

    @Test
    void aBodyEditRewritesThePageAndWhatShowsWhenItChangedNotTheListsWithItsCard() throws IOException {
        edit("good-practices/as-fabrik/index.en.md", "| Roadmap | City |", "| Roadmap | City council |");
        Rebuild rebuild = rebuilder.rebuild(Set.of(content.resolve("good-practices/as-fabrik/index.en.md")));

        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        assertFalse(rebuild.everyPage());
        assertEquals(List.of(
                "en/cities/bilbao/index.xml", // term feeds: the entry's new time
                "en/good-practices/as-fabrik/index.html",
                "en/index.html", // "latest" is ordered by the last change
                "en/index.xml",
                "en/networks/as-transfer/index.xml",
                "en/themes/digital/index.xml",
                "en/themes/innovation/index.xml",
                "sitemap.xml"), rebuild.changes().written());
    }

    @Test
    void aWarmUpPassGoesThroughASaveAndWritesNothing() throws IOException {
        Rebuild pass = rebuilder.warmUp().orElseThrow();

        assertTrue(pass.built(), pass.diagnostics().toString());
        assertFalse(pass.everyPage(), "the incremental path, as a save takes it");
        assertEquals(new LiveOutput.Changes(List.of(), List.of()), pass.changes());
    }

    @Test
    void aWarmUpPassReadsNoFileSoAChangeOnDiskWaitsForTheWatcher() throws IOException {
        edit("cities/tartu/index.en.md", "a university town", "a university city");

        Rebuild pass = rebuilder.warmUp().orElseThrow();
        assertTrue(pass.built(), pass.diagnostics().toString());
        assertEquals(new LiveOutput.Changes(List.of(), List.of()), pass.changes());

        Rebuild save = rebuilder.rebuild(Set.of(content.resolve("cities/tartu/index.en.md")));
        assertTrue(save.changes().written().contains("en/cities/tartu/index.html"), save.changes().toString());
    }

    @Test
    void aSiteThemesWarningShowsOnEveryRebuildUntilTheLayoutIsFixed() throws IOException {
        Path themes = work.resolve("themes");
        SiteTrees.copy(Path.of("../themes/default"), themes.resolve("default"));
        Path layout = themes.resolve("older/layouts/search.mustache");
        Files.createDirectories(layout.getParent());
        String fixed = Files.readString(Path.of("../themes/default/layouts/search.mustache"));
        String results = "<script src=\"{{assets.searchResultsJs}}\" defer></script>\n";
        assertTrue(fixed.contains(results), fixed);
        Files.writeString(layout, fixed.replace(results, ""));
        Path hub = content.resolve("hub.yaml");
        Files.writeString(hub, Files.readString(hub) + "theme: older\n");
        PreviewOptions options = new PreviewOptions(content, themes, "localhost", 0, false, 2);
        Rebuilder older = new Rebuilder(options, "http://localhost:1313/", new LiveOutput(work.resolve("older-site")),
                work.resolve("older-index"));

        Rebuild first = older.rebuild(Set.of());
        assertTrue(first.built(), first.diagnostics().toString());
        assertTrue(first.diagnostics().stream().anyMatch(d -> d.toString().startsWith(
                layout + ":18: warning: loads search.js without search-results.js")), first.diagnostics().toString());
        Rebuild edit = older.rebuild(Set.of(content.resolve("cities/tartu/index.en.md")));
        assertEquals(first.diagnostics(), edit.diagnostics(), "a page's edit keeps the theme's warning in view");

        Files.writeString(layout, fixed);
        Rebuild repaired = older.rebuild(Set.of(layout));
        assertTrue(repaired.built(), repaired.diagnostics().toString());
        assertTrue(repaired.diagnostics().stream().noneMatch(d -> d.file().startsWith(themes)),
                repaired.diagnostics().toString());
    }

    @Test
    void aThemeThatDoesNotLoadIsAProblemOnItsFileAndLine() throws IOException {
        Path themes = work.resolve("themes");
        SiteTrees.copy(Path.of("../themes/default"), themes.resolve("default"));
        Path header = themes.resolve("default/layouts/partials/site-header.mustache");
        Files.writeString(header, Files.readString(header).replace("{{t.site.skipLink}}", "{{t.site.skipLnk}}"));
        Rebuilder broken = new Rebuilder(new PreviewOptions(content, themes, "localhost", 0, false, 2),
                "http://localhost:1313/", new LiveOutput(work.resolve("broken-site")), work.resolve("broken-index"));

        Rebuild rebuild = broken.rebuild(Set.of());
        assertFalse(rebuild.built());
        assertEquals(List.of(header + ":1: unknown UI string 't.site.skipLnk'"),
                rebuild.diagnostics().stream().filter(Diagnostic::isError).map(Object::toString).toList(),
                "as hub build prints it, with its path once");
        assertEquals(Diagnostic.error(content.resolve("hub.yaml"), 0, "theme 'civic': theme has no layouts/base.mustache"),
                new ThemeException("theme has no layouts/base.mustache").problem(content.resolve("hub.yaml"), "civic"),
                "a problem of the theme as a whole is on hub.yaml, which chose it, as hub check lists it");
    }
}
