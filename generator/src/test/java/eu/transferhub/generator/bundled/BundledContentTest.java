package eu.transferhub.generator.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.LoadedSite;
import eu.transferhub.generator.pipeline.SiteLoader;
import eu.transferhub.generator.cli.HubMain;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled content builds with {@code --strict} (no unresolved reference, broken link,
 * missing English page or term without profile), and keeps the promises of its issue: every
 * page has a summary, pages about a city exist in that city's languages, the network's core
 * pages exist in all six, and no web-page debris from the sources slipped in.
 */
class BundledContentTest {

    private static final Path CONTENT = Path.of("../content");
    private static final Path THEMES = Path.of("../themes");
    /** The languages of each city that has one besides English. */
    private static final Map<String, Set<String>> CITY_LANGUAGES = Map.of(
            "bilbao", Set.of("es", "eu"), "tartu", Set.of("et"), "timisoara", Set.of("ro"),
            "bielsko-biala", Set.of("pl"));
    private static final List<String> DEBRIS = List.of("lorem ipsum", "incassum", "iriure", "cras suscipit",
            "ref nid", "share on facebook", "share on twitter", "share on linkedin", "345 821");

    private static Site site;

    @BeforeAll
    static void load() throws IOException {
        LoadedSite loaded = new SiteLoader(2).load(CONTENT, Optional.empty(), false, BuildProgress.SILENT);
        assertEquals(List.of(), loaded.diagnostics().stream().map(Object::toString).toList());
        site = loaded.site().orElseThrow();
    }

    @Test
    void buildsStrictWithoutAnyWarning(@TempDir Path work) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HubMain.run(new PrintWriter(out), new PrintWriter(err), "build", "--strict", "--content",
                CONTENT.toString(), "--themes", THEMES.toString(), "--out", work.resolve("public").toString(),
                "--index", work.resolve("index").toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Built "), out.toString());
        assertTrue(!out.toString().contains("warning"), out.toString());
    }

    @Test
    void everyPageHasASummaryInItsFrontMatter() {
        List<String> without = site.pages().stream().filter(p -> p.meta().summary().isEmpty())
                .map(p -> p.source().file().toString()).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void everyPageAboutACityExistsInThatCitysLanguages() {
        List<String> missing = new ArrayList<>();
        for (Page page : site.pages(site.config().defaultLanguage())) {
            Set<String> cities = new TreeSet<>();
            if (page.type() == PageType.CITY) {
                cities.add(page.key().bundle());
            }
            page.meta().ownerCity().ifPresent(cities::add);
            for (String city : cities) {
                for (String lang : CITY_LANGUAGES.getOrDefault(city, Set.of())) {
                    if (site.find(page.key(), lang).isEmpty()) {
                        missing.add(page.source().file() + " has no " + lang + " translation");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theNetworkThePracticeAndTheHomePageExistInAllSixLanguages() {
        List<String> languages = site.config().languages().stream().map(Language::code).toList();
        assertEquals(List.of("en", "es", "eu", "et", "pl", "ro"), languages);
        for (String lang : languages) {
            assertTrue(site.find(new PageKey("networks", "as-transfer"), lang).isPresent(), "as-transfer " + lang);
            assertTrue(site.find(new PageKey("good-practices", "as-fabrik"), lang).isPresent(), "as-fabrik " + lang);
            assertTrue(site.home(lang).isPresent(), "home " + lang);
        }
    }

    @Test
    void everyThemeHasAProfileInAllSixLanguages() {
        Set<String> themes = site.pages().stream().flatMap(p -> p.meta().themes().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(themes.size() >= 7, themes.toString());
        for (String theme : themes) {
            for (Language language : site.config().languages()) {
                assertTrue(site.find(new PageKey("themes", theme), language.code()).isPresent(),
                        "theme " + theme + " in " + language.code());
            }
        }
    }

    @Test
    void noPlaceholderOrWebPageDebrisFromTheSources() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                DEBRIS.stream().filter(text::contains).forEach(d -> found.add(file + ": " + d));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theAsFabrikPracticeCarriesItsResultsAsStructuredData() {
        Page practice = site.find(new PageKey("good-practices", "as-fabrik"), "en").orElseThrow();
        var details = (eu.transferhub.generator.content.PracticeDetails) practice.meta().details();
        assertEquals(List.of("70+", "32", "36", "12", "500+"),
                details.results().stream().map(eu.transferhub.generator.content.Result::figure).toList());
        assertEquals(Optional.of("bilbao"), details.city());
    }
}
