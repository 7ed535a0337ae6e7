package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    private static final SiteConfig CONFIG = new SiteConfig(Map.of("en", "Hub", "es", "Centro"),
            URI.create("https://transferhub.eu/"), "en",
            List.of(new Language("en", "English", 1), new Language("es", "Español", 2)),
            List.of("cities"), 10, Optional.empty(), Map.of(), "default");

    private static void write(Path dir, String path) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: x\n---\n");
    }

    @Test
    void bundlesIntrosAndResourcesAreFound(@TempDir Path dir) throws Exception {
        for (String path : List.of("hub.yaml", "_index.en.md", "cities/_index.es.md", "cities/bilbao/index.en.md",
                "cities/bilbao/index.es.md", "cities/bilbao/map.png", "cities/bilbao/docs/plan.pdf",
                "cities/bilbao/.DS_Store", "about/index.en.md")) {
            write(dir, path);
        }
        Checked<ContentFiles> scanned = ContentScanner.scan(dir, CONFIG);
        assertEquals(List.of(), scanned.diagnostics());
        ContentFiles files = scanned.value().orElseThrow();
        List<Path> resources = List.of(Path.of("cities/bilbao/docs/plan.pdf"), Path.of("cities/bilbao/map.png"));
        assertEquals(List.of(
                new PageFile(new PageKey("", "about"), "en", PageType.PAGE, Path.of("about/index.en.md"), List.of()),
                new PageFile(new PageKey("cities", "bilbao"), "en", PageType.CITY, Path.of("cities/bilbao/index.en.md"), resources),
                new PageFile(new PageKey("cities", "bilbao"), "es", PageType.CITY, Path.of("cities/bilbao/index.es.md"), resources)),
                files.pages());
        assertEquals(List.of(new IntroFile("", "en", Path.of("_index.en.md")),
                new IntroFile("cities", "es", Path.of("cities/_index.es.md"))), files.intros());
    }

    @Test
    void hiddenFilesBackupsAndLinksInsideABundle(@TempDir Path dir) throws Exception {
        for (String path : List.of("cities/bilbao/index.en.md", "cities/bilbao/index.es.md~",
                "cities/bilbao/.git/index.en.md", "cities/bilbao/drafts~/plan.pdf", "cities/bilbao/map.png~",
                "shared/logo.svg", "shared/docs/guide.pdf")) {
            write(dir, path);
        }
        Path bundle = dir.resolve("cities/bilbao");
        Files.createSymbolicLink(bundle.resolve("logo.svg"), dir.resolve("shared/logo.svg"));
        Files.createSymbolicLink(bundle.resolve("docs"), dir.resolve("shared/docs"));
        Files.createSymbolicLink(bundle.resolve("gone.png"), dir.resolve("shared/missing.png"));
        Checked<ContentFiles> scanned = ContentScanner.scan(dir, CONFIG);
        PageFile page = scanned.value().orElseThrow().pages().stream()
                .filter(p -> p.key().equals(new PageKey("cities", "bilbao"))).findFirst().orElseThrow();
        // A link to a file is a resource; a link to a folder is not walked into, a broken one skipped.
        assertEquals(List.of(Path.of("cities/bilbao/logo.svg")), page.resources());
        assertEquals(List.of("en"), scanned.value().orElseThrow().pages().stream()
                .filter(p -> p.key().bundle().equals("bilbao")).map(PageFile::lang).toList());
    }

    @Test
    void unknownLanguagesSectionsAndBadNamesAreErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        for (String path : List.of("cities/bilbao/index.fr.md", "citys/riga/index.en.md",
                "cities/Big City/index.en.md", "cities/empty/notes.txt", "README.md")) {
            write(dir, path);
        }
        assertEquals(List.of(
                "README.md: warning: ignored: files directly in the content dir are neither pages nor resources"
                        + " (put them in a bundle)",
                "cities/Big City: bundle folder name 'Big City' is not a valid slug (lower-case letters, digits and '-')",
                "cities/bilbao/index.fr.md: unknown language 'fr' in the file name (hub.yaml lists en, es)",
                "cities/empty: bundle 'empty' has no index.<lang>.md file",
                "citys: 'citys' is neither a section (good-practices, case-studies, journals, articles, networks,"
                        + " cities, themes) nor a bundle (it has no index.<lang>.md)"),
                ContentScanner.scan(dir, CONFIG).diagnostics().stream().sorted().map(Diagnostic::toString).toList());
    }

    @Test
    void aFileWithoutALanguageIsTheDefaultLanguagesAsInHugo(@TempDir Path dir) throws Exception {
        for (String path : List.of("_index.md", "cities/_index.md", "cities/_index.es.md", "cities/tartu/index.md",
                "cities/tartu/index.es.md", "about/index.md")) {
            write(dir, path);
        }
        Checked<ContentFiles> scanned = ContentScanner.scan(dir, CONFIG);

        assertEquals(List.of(), scanned.diagnostics());
        ContentFiles files = scanned.value().orElseThrow();
        assertEquals(List.of(
                new PageFile(new PageKey("", "about"), "en", PageType.PAGE, Path.of("about/index.md"), List.of()),
                new PageFile(new PageKey("cities", "tartu"), "es", PageType.CITY, Path.of("cities/tartu/index.es.md"),
                        List.of()),
                new PageFile(new PageKey("cities", "tartu"), "en", PageType.CITY, Path.of("cities/tartu/index.md"),
                        List.of())), files.pages());
        assertEquals(List.of(new IntroFile("cities", "es", Path.of("cities/_index.es.md")),
                new IntroFile("cities", "en", Path.of("cities/_index.md")), new IntroFile("", "en", Path.of("_index.md"))),
                files.intros());
    }

    @Test
    void aFileWithoutALanguageBesideTheDefaultLanguagesOwnIsAnErrorOnIt(@TempDir Path dir) throws Exception {
        // Spanish by default, so the language-less files sort after their rivals only by the rule, not by name.
        SiteConfig spanish = new SiteConfig(CONFIG.titles(), CONFIG.baseUrl(), "es", CONFIG.languages(),
                CONFIG.taxonomies(), CONFIG.pageSize(), CONFIG.repository(), CONFIG.menus(), CONFIG.theme());
        for (String path : List.of("cities/_index.md", "cities/_index.es.md", "cities/tartu/index.md",
                "cities/tartu/index.es.md", "cities/tartu/index.en.md")) {
            write(dir, path);
        }
        Checked<ContentFiles> scanned = ContentScanner.scan(dir, spanish);

        assertEquals(List.of(
                "cities/_index.md: _index.md is the default language's (es) file, and so is _index.es.md beside it:"
                        + " keep one of them",
                "cities/tartu/index.md: index.md is the default language's (es) file, and so is index.es.md beside it:"
                        + " keep one of them"),
                scanned.diagnostics().stream().sorted().map(Diagnostic::toString).toList());
        ContentFiles files = scanned.value().orElseThrow();
        assertEquals(List.of(Path.of("cities/tartu/index.en.md"), Path.of("cities/tartu/index.es.md")),
                files.pages().stream().map(PageFile::file).toList());
        assertEquals(List.of(Path.of("cities/_index.es.md")), files.intros().stream().map(IntroFile::file).toList());
    }
}
