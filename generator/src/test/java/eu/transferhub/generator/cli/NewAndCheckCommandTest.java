package eu.transferhub.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hub new} and {@code hub check} as an editor runs them: scaffold → check → build. */
class NewAndCheckCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run hub(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HubMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    Path work;
    Path content;

    @BeforeEach
    void aSiteWithOneCity() throws IOException {
        content = work.resolve("content");
        Files.createDirectories(content.resolve("cities/tartu"));
        Files.writeString(content.resolve("hub.yaml"), """
                title: { en: Hub, et: Hub }
                baseURL: https://example.org/
                defaultLanguage: en
                languages:
                  - { code: en, name: English, weight: 1 }
                  - { code: et, name: Eesti, weight: 2 }
                taxonomies: [cities, networks, themes]
                """, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("cities/tartu/index.en.md"),
                "---\ntitle: Tartu\nsummary: A university city.\ncountry: EE\n---\n\nText.\n", StandardCharsets.UTF_8);
    }

    @Test
    void everyScaffoldPassesCheckAndBuildsWithDrafts() throws IOException {
        for (String type : new String[] {"good-practice", "case-study", "journal", "article", "network", "city",
            "theme", "page"}) {
            Run created = hub("new", type, "A new " + type, "--city", "tartu", "--content", content.toString());
            assertEquals(0, created.code(), created.err());
        }
        Run translated = hub("new", "good-practice", "A new good-practice", "--lang", "et", "--content",
                content.toString());
        assertEquals(0, translated.code(), translated.err());
        Path estonian = content.resolve("good-practices/a-new-good-practice/index.et.md");
        assertEquals("Created " + estonian + " from index.en.md: translate it, then remove its 'draft: true' line.\n",
                translated.out());

        Run check = hub("check", "--strict", "--drafts", "--content", content.toString(), "--themes", "../themes");
        assertEquals("No problems in 10 pages.\n", check.out(), check.err());
        assertEquals(0, check.code());

        Run build = hub("build", "--drafts", "--strict", "--content", content.toString(), "--themes", "../themes",
                "--out", work.resolve("public").toString(), "--index", work.resolve("index").toString());
        assertEquals(0, build.code(), build.err());
        String practice = Files.readString(work.resolve("public/en/good-practices/a-new-good-practice/index.html"),
                StandardCharsets.UTF_8);
        assertTrue(practice.contains("A new good-practice"), practice);
        assertTrue(Files.readString(content.resolve("good-practices/a-new-good-practice/index.en.md"),
                StandardCharsets.UTF_8).contains("\ndate: " + LocalDate.now() + "\n"));
    }

    @Test
    void aBundlePathAsHugoTakesItNamesTheFolderTitleAndLanguage() throws IOException {
        Run created = hub("new", "good-practices/urban-gardens", "--city", "tartu", "--content", content.toString());
        assertEquals(0, created.code(), created.err());
        Path english = content.resolve("good-practices/urban-gardens/index.en.md");
        assertTrue(Files.readString(english, StandardCharsets.UTF_8).contains("\ntitle: \"Urban gardens\"\n"),
                () -> read(english));

        Run translated = hub("new", "good-practices/urban-gardens/index.et.md", "--content", content.toString());
        assertEquals(0, translated.code(), translated.err());
        assertTrue(Files.exists(content.resolve("good-practices/urban-gardens/index.et.md")), translated.out());

        Run page = hub("new", "about/index.md", "--content", content.toString());
        assertEquals(0, page.code(), page.err());
        assertTrue(read(content.resolve("about/index.en.md")).contains("\ntitle: \"About\"\n"), page.out());

        Run bySection = hub("new", "journals", "Notes from Tartu", "--city", "tartu", "--content", content.toString());
        assertEquals(0, bySection.code(), bySection.err());
        assertTrue(Files.exists(content.resolve("journals/notes-from-tartu/index.en.md")), bySection.out());
    }

    @Test
    void aBundlePathThatNamesNoBundleIsAUsageErrorSayingWhatToType() {
        Run unknownSection = hub("new", "practices/urban-gardens", "--content", content.toString());
        assertEquals(2, unknownSection.code());
        assertTrue(unknownSection.err().contains("unknown section 'practices' in 'practices/urban-gardens'"
                + " (paths start in the content folder); use one of good-practices, case-studies,"), unknownSection.err());

        Run tooDeep = hub("new", "content/good-practices/urban-gardens", "--content", content.toString());
        assertEquals(2, tooDeep.code());
        assertTrue(tooDeep.err().contains("give a section and a bundle folder, from the content folder down"),
                tooDeep.err());

        Run notAnIndex = hub("new", "good-practices/urban-gardens/readme.md", "--content", content.toString());
        assertEquals(2, notAnIndex.code());
        assertTrue(notAnIndex.err().contains("index.md or index.<lang>.md"), notAnIndex.err());

        Run disagreeing = hub("new", "good-practices/urban-gardens/index.et.md", "--lang", "en", "--content",
                content.toString());
        assertEquals(2, disagreeing.code());
        assertTrue(disagreeing.err().contains("--lang en and the path's file name (et) disagree"), disagreeing.err());

        Run noTitle = hub("new", "good-practice", "--content", content.toString());
        assertEquals(2, noTitle.code());
        assertTrue(noTitle.err().contains("Missing TITLE: hub new good-practice \"The page title\""), noTitle.err());
        assertTrue(Files.notExists(content.resolve("good-practices")), "nothing is written on a usage error");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void newRefusesUnknownTypesAndCitiesWithAHint() {
        Run type = hub("new", "blog-post", "Hello", "--content", content.toString());
        assertEquals(2, type.code());
        assertEquals("hub new: Invalid value for positional parameter at index 0 (TYPE|PATH): unknown page type"
                + " 'blog-post'; use one of good-practice, case-study, journal, article, network, city, theme,"
                + " page, or a bundle path such as good-practices/green-roofs\nTry 'hub new --help'.\n", type.err());

        Run city = hub("new", "case-study", "Hello", "--city", "tartuu", "--content", content.toString());
        assertEquals(1, city.code());
        assertEquals("hub new: unknown city 'tartuu' — did you mean 'tartu'?\n", city.err());
    }

    @Test
    void checkExitsNonZeroOnErrorsAndPrintsEachWithItsLine() throws IOException {
        Files.writeString(content.resolve("cities/tartu/index.et.md"), "---\ntitle: Tartu\ncountry: Estonia\n---\n",
                StandardCharsets.UTF_8);

        Run check = hub("check", "--content", content.toString(), "--themes", "../themes");

        assertEquals(1, check.code());
        assertEquals(content + "/cities/tartu/index.et.md:3: country: expected an ISO 3166-1 alpha-2 code in upper case"
                + " (e.g. ES), got 'Estonia'\nCheck failed: 1 error, 0 warnings.\n", check.out());
    }

    @Test
    void checkRejectsAnUnknownFormat() {
        Run check = hub("check", "--format", "xml", "--content", content.toString());

        assertEquals(2, check.code());
        assertTrue(check.err().contains("'xml' is not a format; use text or json"), check.err());
    }
}
