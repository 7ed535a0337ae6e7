package eu.transferhub.generator.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.render.Affected;
import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.SiteLoader;
import eu.transferhub.generator.pipeline.SiteTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AffectedPagesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path content;
    SiteLoader loader = SiteLoader.caching(2);
    Site before;

    @BeforeEach
    void load() throws IOException {
        SiteTrees.copy(FIXTURE, content);
        before = site();
    }

    private Site site() throws IOException {
        return loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = content.resolve(path);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    private static Set<String> names(Set<PageKey> keys) {
        return keys.stream().map(k -> k.section() + "/" + k.bundle()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Optional<Affected> affected) {
        return names(affected.orElseThrow().pages());
    }

    @Test
    void nothingChangedAffectsNothing() throws IOException {
        assertEquals(Optional.of(new Affected(Set.of(), Set.of(), Set.of(), Set.of())), AffectedPages.between(before, site()));
    }

    @Test
    void aBodyEditAfterTheSummaryAffectsThePageAloneAndTheTimesOthersShow() throws IOException {
        replace("good-practices/as-fabrik/index.en.md", "| Roadmap | City |", "| Roadmap | City council |");

        Affected affected = AffectedPages.between(before, site()).orElseThrow();

        assertEquals(Set.of("good-practices/as-fabrik"), names(affected.pages()));
        assertEquals(Set.of(), affected.shown());
        assertEquals(Set.of("good-practices/as-fabrik"), names(affected.changed()));
    }

    @Test
    void anEditOfTheFirstParagraphChangesTheSummaryThatCardsShow() throws IOException {
        replace("good-practices/as-fabrik/index.en.md", "AS Fabrik links industry", "AS Fabrik joins industry");

        Affected affected = AffectedPages.between(before, site()).orElseThrow();

        assertEquals(Set.of("good-practices/as-fabrik"), names(affected.changed()), "its own feed entries only");
        assertEquals(Set.of("good-practices/as-fabrik"), names(affected.shown()), "no page refers to it: its card alone");
        assertTrue(affected.pages().contains(new PageKey("cities", "bilbao")), "its city's page shows its card");
        assertTrue(affected.joined().contains(new PageKey("cities", "bilbao")), affected.toString());
    }

    @Test
    void aProfileBodyEditAfterTheSummaryAffectsTheProfileAlone() throws IOException {
        replace("cities/timisoara/index.en.md", "in western Romania.", "in western Romania.\n\nIt has a university.");
        Affected affected = AffectedPages.between(before, site()).orElseThrow();
        assertEquals(Set.of("cities/timisoara"), names(affected.pages()));
        assertEquals(Set.of(), affected.shown());
    }

    @Test
    void aChangedCityAffectsItselfThePagesReferringToItAndThePagesThoseAppearOn() throws IOException {
        replace("cities/tartu/index.en.md", "a university town", "a university city");

        Optional<Affected> affected = AffectedPages.between(before, site());
        assertEquals(new TreeSet<>(Set.of("cities/tartu", "journals/bilbao-diary", "networks/as-transfer",
                "cities/bilbao", "cities/timisoara", "themes/innovation")), names(affected));
        assertEquals(Set.of("cities/tartu", "journals/bilbao-diary", "networks/as-transfer"),
                names(affected.orElseThrow().shown()), "the cards that carry its name");
    }

    @Test
    void newPagesOrNewSettingsRenderEverything() throws IOException {
        Files.createDirectories(content.resolve("articles/fresh"));
        Files.writeString(content.resolve("articles/fresh/index.en.md"), "---\ntitle: Fresh\n---\nNew.\n",
                StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), AffectedPages.between(before, site()));

        Files.delete(content.resolve("articles/fresh/index.en.md"));
        Files.delete(content.resolve("articles/fresh"));
        replace("hub.yaml", "pageSize: 10", "pageSize: 5");
        assertEquals(Optional.empty(), AffectedPages.between(before, site()));
        assertEquals(Optional.empty(), AffectedPages.between(null, before));
    }
}
