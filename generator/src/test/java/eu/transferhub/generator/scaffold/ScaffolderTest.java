package eu.transferhub.generator.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.SiteConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffolderTest {

    static final SiteConfig CONFIG = new SiteConfig(Map.of("en", "Hub", "es", "Hub", "et", "Hub"),
            URI.create("https://example.org/"), "en",
            List.of(new Language("en", "English", 1), new Language("es", "Español", 2),
                    new Language("et", "Eesti", 3)),
            List.of("cities", "networks", "themes"), 10, Optional.empty(), Map.of(), "default");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path content;
    Scaffolder scaffolder;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(content.resolve("cities/tartu"));
        Files.createDirectories(content.resolve("cities/bilbao"));
        scaffolder = new Scaffolder(content, CONFIG, CLOCK);
    }

    static Scaffolder.Request request(PageType type, String title, String lang, String city) {
        return new Scaffolder.Request(type, title, Optional.ofNullable(lang), Optional.ofNullable(city),
                Optional.empty());
    }

    @Test
    void createsABundleFromTheTypesArchetypeWithTheTitleQuotedForYaml() throws Exception {
        Scaffolded page = scaffolder.create(request(PageType.GOOD_PRACTICE, "Urban gardens: \"green\" Tartu",
                null, "tartu"));

        assertEquals(content.resolve("good-practices/urban-gardens-green-tartu/index.en.md"), page.file());
        assertFalse(page.translation());
        String text = Files.readString(page.file(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\ntitle: \"Urban gardens: \\\"green\\\" Tartu\"\ndate: 2026-12-01\n"
                + "draft: true "), text);
        assertTrue(text.contains("\ncity: tartu "), text);
        assertFalse(text.contains("# city:"), text);
        assertTrue(text.contains("\n## What the practice does\n"), text);
    }

    @Test
    void leavesTheCityFieldAsACommentWhenNoCityIsGiven() throws Exception {
        Scaffolded page = scaffolder.create(request(PageType.CASE_STUDY, "Adapting AS-Fabrik", null, null));

        String text = Files.readString(page.file(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n# city: tartu "), text);
        assertFalse(text.contains("\ncity:"), text);
    }

    @Test
    void putsPlainPagesDirectlyUnderContent() throws Exception {
        Scaffolded page = scaffolder.create(request(PageType.PAGE, "About the hub", "es", null));

        assertEquals(content.resolve("about-the-hub/index.es.md"), page.file());
    }

    @Test
    void transliteratesTheFolderName() throws Exception {
        Scaffolded page = scaffolder.create(request(PageType.CITY, "Timișoara", null, null));

        assertEquals(content.resolve("cities/timisoara/index.en.md"), page.file());
    }

    @Test
    void refusesAnUnknownCityAndSuggestsTheClosestOne() {
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> scaffolder.create(request(PageType.GOOD_PRACTICE, "Gardens", null, "bilboa")));
        assertEquals("unknown city 'bilboa' — did you mean 'bilbao'?", e.getMessage());
    }

    @Test
    void refusesAnUnknownLanguage() {
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> scaffolder.create(request(PageType.ARTICLE, "News", "de", null)));
        assertEquals("unknown language 'de'; the site's languages are en, es, et", e.getMessage());
    }

    @Test
    void neverOverwritesAnExistingPage() throws Exception {
        Scaffolded first = scaffolder.create(request(PageType.ARTICLE, "News", null, null));
        Files.writeString(first.file(), "edited", StandardCharsets.UTF_8);

        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> scaffolder.create(request(PageType.ARTICLE, "News", null, null)));

        assertEquals(content.resolve("articles/news") + " already exists; to add a translation, name its"
                + " language with --lang (the site's languages are en, es, et)", e.getMessage());
        assertEquals("edited", Files.readString(first.file(), StandardCharsets.UTF_8));
        ScaffoldException again = assertThrows(ScaffoldException.class,
                () -> scaffolder.create(request(PageType.ARTICLE, "News", "en", null)));
        assertEquals(first.file() + " already exists; not overwriting it", again.getMessage());
    }

    @Test
    void addsATranslationPrefilledWithTheSourceFrontMatterAsADraft() throws Exception {
        Path bundle = Files.createDirectories(content.resolve("good-practices/as-fabrik"));
        Files.writeString(bundle.resolve("index.en.md"), "---\ntitle: AS-Fabrik\ndraft: false\ncity: bilbao\n"
                + "author:\n  name: Ana\n  draft: kept\n---\n\n## Results\n", StandardCharsets.UTF_8);

        Scaffolded page = scaffolder.create(request(PageType.GOOD_PRACTICE, "AS-Fabrik", "es", null));

        assertTrue(page.translation());
        assertEquals(bundle.resolve("index.en.md"), page.source());
        assertEquals("---\ndraft: true                # remove this line when the translation is done\n"
                + "title: AS-Fabrik\ncity: bilbao\nauthor:\n  name: Ana\n  draft: kept\n---\n\n## Results\n",
                Files.readString(bundle.resolve("index.es.md"), StandardCharsets.UTF_8));
    }

    @Test
    void aBundlesIndexMdIsItsDefaultLanguagePage() throws Exception {
        Path bundle = Files.createDirectories(content.resolve("articles/news"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: News\n---\n\nBody.\n", StandardCharsets.UTF_8);

        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> scaffolder.create(request(PageType.ARTICLE, "News", "en", null)));
        assertEquals(bundle.resolve("index.md") + " already exists, and is the default language's (en) page; not"
                + " adding index.en.md beside it", e.getMessage());
        assertFalse(Files.exists(bundle.resolve("index.en.md")));

        Scaffolded spanish = scaffolder.create(request(PageType.ARTICLE, "News", "es", null));
        assertTrue(spanish.translation());
        assertEquals(bundle.resolve("index.md"), spanish.source());
        assertEquals("---\ndraft: true                # remove this line when the translation is done\n"
                + "title: News\n---\n\nBody.\n", Files.readString(bundle.resolve("index.es.md"), StandardCharsets.UTF_8));
    }
}
