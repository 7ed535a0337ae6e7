package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's loader parses again only the files that changed. */
class SiteLoaderCachingTest {

    @TempDir
    Path content;

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Page page(Site site, String section, String bundle) {
        return site.find(new PageKey(section, bundle), "en").orElseThrow();
    }

    @Test
    void reusesUnchangedPagesAndParsesChangedOnesWithTheirNewModificationTime() throws IOException {
        write("hub.yaml", "title: { en: Hub }\nbaseURL: https://example.org/\ndefaultLanguage: en\n"
                + "languages:\n  - { code: en, name: English, weight: 1 }\ntaxonomies: [cities, networks, themes]\n");
        write("cities/tartu/index.en.md", "---\ntitle: Tartu\nsummary: A city.\n---\nText.\n");
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\nOld text.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Site first = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();

        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\nNew text.\n");
        Instant saved = Instant.now().plusSeconds(5);
        Files.setLastModifiedTime(content.resolve("articles/news/index.en.md"), FileTime.from(saved));
        Site second = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();

        assertSame(page(first, "cities", "tartu"), page(second, "cities", "tartu"));
        Page news = page(second, "articles", "news");
        assertNotSame(page(first, "articles", "news"), news);
        assertTrue(news.content().html().contains("New text."), news.content().html());
        assertEquals(Optional.of(Instant.ofEpochSecond(saved.getEpochSecond())), news.meta().lastmod());
    }

    private static final String HUB = "title: { en: Hub }\nbaseURL: https://example.org/\ndefaultLanguage: en\n"
            + "languages:\n  - { code: en, name: English, weight: 1 }\ntaxonomies: [cities, networks, themes]\n";

    private static String text(Site site) {
        return page(site, "articles", "news").content().html();
    }

    @Test
    void aFileWithAnOldUnchangedStampIsNotReadAgain() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\n---\nOld text.\n");
        FileTime old = FileTime.from(Instant.parse("2024-05-01T10:00:00Z"));
        Path file = content.resolve("articles/news/index.en.md");
        Files.setLastModifiedTime(file, old);
        SiteLoader loader = SiteLoader.caching(2);
        loader.load(content, Optional.empty(), false, BuildProgress.SILENT);

        // Same size and time stamp, other bytes: what only a stamp-trusting loader would miss.
        Files.writeString(file, "---\ntitle: News\n---\nNew text.\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, old);
        Site second = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();

        assertTrue(text(second).contains("Old text."), "the stamp was trusted: " + text(second));
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsComparedByItsBytes() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\n---\nOld text.\n");
        Path file = content.resolve("articles/news/index.en.md");
        FileTime now = Files.getLastModifiedTime(file);
        SiteLoader loader = SiteLoader.caching(2);
        loader.load(content, Optional.empty(), false, BuildProgress.SILENT);

        // A second save within the same time stamp (coarse file-system clocks), same size.
        Files.writeString(file, "---\ntitle: News\n---\nNew text.\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, now);
        Site second = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();

        assertTrue(text(second).contains("New text."), text(second));
    }

    private Site load(SiteLoader loader, Path... changed) throws IOException {
        Set<Path> paths = Stream.of(changed).map(p -> content.resolve(p).toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        return loader.load(content, Optional.empty(), false, BuildProgress.SILENT, paths).site().orElseThrow();
    }

    @Test
    void aNewFileAmongTheChangesIsFoundByANewScan() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        load(loader);

        write("articles/more/index.en.md", "---\ntitle: More\n---\nText.\n");
        Site second = load(loader, Path.of("articles/more/index.en.md"));

        assertEquals(2, second.pages().size(), second.pages().toString());
    }

    @Test
    void editsOfKnownFilesAndVanishedTemporaryFilesReuseTheLastScan() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        load(loader);

        write("articles/news/index.en.md", "---\ntitle: News\n---\nNew text.\n");
        // Not among the changes, so a reused scan does not see it: how the test tells.
        write("articles/unreported/index.en.md", "---\ntitle: Unreported\n---\nText.\n");
        Site second = load(loader, Path.of("articles/news/index.en.md"), Path.of("articles/news/.index.en.md.swp"));

        assertEquals(1, second.pages().size(), second.pages().toString());
        assertTrue(text(second).contains("New text."), text(second));
    }

    @Test
    void aDeletedPageAmongTheChangesIsFoundGoneByANewScan() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\n---\nText.\n");
        write("articles/old/index.en.md", "---\ntitle: Old\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        load(loader);

        Files.delete(content.resolve("articles/old/index.en.md"));
        Files.delete(content.resolve("articles/old"));
        Site second = load(loader, Path.of("articles/old/index.en.md"));

        assertEquals(1, second.pages().size(), second.pages().toString());
    }

    @Test
    void siteWideProblemsFollowFrontMatterEditsAndSurviveTextEdits() throws IOException {
        write("hub.yaml", HUB);
        write("articles/news/index.en.md", "---\ntitle: News\ncities: [nowhere]\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path file = Path.of("articles/news/index.en.md");
        String warning = "articles/news/index.en.md:3: warning: cities: 'nowhere' has no profile page"
                + " (cities/nowhere/); it gets a plain term page";
        assertEquals(List.of(warning), messages(loader, file));

        write("articles/news/index.en.md", "---\ntitle: News\ncities: [nowhere]\n---\nOther text.\n");
        assertEquals(List.of(warning), messages(loader, file), "a text edit keeps the site-wide warning");

        write("articles/news/index.en.md", "---\ntitle: News\ncities: []\n---\nOther text.\n");
        assertEquals(List.of(), messages(loader, file), "a front-matter edit checks again");
    }

    @Test
    void linkWarningsFollowEditsOfTheLinkedPagesHeadings() throws IOException {
        write("hub.yaml", HUB);
        write("articles/a/index.en.md", "---\ntitle: A\n---\nSee [the team](/en/articles/b/#team) and [gone](/en/nowhere/).\n");
        write("articles/b/index.en.md", "---\ntitle: B\n---\n## Team\n\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path b = Path.of("articles/b/index.en.md");
        String gone = "articles/a/index.en.md:4: warning: broken link: /en/nowhere/ is no page, resource or alias"
                + " of the site";
        assertEquals(List.of(gone), messages(loader, b));

        write("articles/b/index.en.md", "---\ntitle: B\n---\n## Team\n\nOther text.\n");
        assertEquals(List.of(gone), messages(loader, b), "an unchanged file keeps its warnings");

        write("articles/b/index.en.md", "---\ntitle: B\n---\n## Staff\n\nOther text.\n");
        assertEquals(List.of("articles/a/index.en.md:4: warning: broken anchor: /en/articles/b/#team — /en/articles/b/"
                + " has no heading or element with id 'team' (its headings: staff)", gone), messages(loader, b),
                "a link with a fragment is checked against the new headings");
    }

    @Test
    void aChangedReferenceIsCheckedAgainAndTheOtherPagesProblemsStay() throws IOException {
        write("hub.yaml", HUB);
        write("cities/bilbao/index.en.md", "---\ntitle: Bilbao\n---\nText.\n");
        write("good-practices/fab/index.en.md", "---\ntitle: Fab\ncity: bilbao\n---\nText.\n");
        write("articles/news/index.en.md", "---\ntitle: News\ncities: [nowhere]\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path fab = Path.of("good-practices/fab/index.en.md");
        String other = "articles/news/index.en.md:3: warning: cities: 'nowhere' has no profile page"
                + " (cities/nowhere/); it gets a plain term page";
        assertEquals(List.of(other), messages(loader, fab));

        write("good-practices/fab/index.en.md", "---\ntitle: Fab\ncity: bilbo\n---\nText.\n");
        LoadedSite broken = loader.load(content, Optional.empty(), false, BuildProgress.SILENT,
                Set.of(content.resolve(fab).toAbsolutePath().normalize()));
        assertEquals(List.of(other, "good-practices/fab/index.en.md:3: city: unknown city 'bilbo' — did you mean"
                + " 'bilbao'?"), sorted(broken.diagnostics().stream().map(Object::toString).toList()));

        write("good-practices/fab/index.en.md", "---\ntitle: Fab\ncity: bilbao\n---\nText.\n");
        assertEquals(List.of(other), messages(loader, fab), "mended");
    }

    @Test
    void aNewTermWhosePageAnAliasAlreadyClaimsIsAnErrorUntilTheTermGoes() throws IOException {
        write("hub.yaml", HUB);
        write("articles/a/index.en.md", "---\ntitle: A\naliases: [/en/themes/ports/]\n---\nText.\n");
        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital]\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path b = Path.of("articles/b/index.en.md");
        String digital = "articles/b/index.en.md:3: warning: themes: 'digital' has no profile page"
                + " (themes/digital/); it gets a plain term page";
        assertEquals(List.of(digital), sorted(messages(loader, b)));

        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital, ports]\n---\nText.\n");
        assertEquals(List.of("articles/a/index.en.md:3: alias /en/themes/ports/ is also the URL of the en term page"
                + " of themes 'ports' (/en/themes/ports/)", digital, "articles/b/index.en.md:3: warning: themes: 'ports'"
                + " has no profile page (themes/ports/); it gets a plain term page"), sorted(messages(loader, b)));

        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital]\n---\nText.\n");
        assertEquals(List.of(digital), sorted(messages(loader, b)), "the alias is free again");
    }

    @Test
    void aNewTermMendsTheLinksToItsPageAndANewTermsRemovalBreaksThemAgain() throws IOException {
        write("hub.yaml", HUB);
        write("articles/a/index.en.md", "---\ntitle: A\n---\nSee [ports](/en/themes/ports/) and [B](/en/articles/b/).\n");
        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital]\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path b = Path.of("articles/b/index.en.md");
        String ports = "articles/a/index.en.md:4: warning: broken link: /en/themes/ports/ is no page, resource or"
                + " alias of the site";
        List<String> plainTerm = List.of("articles/b/index.en.md:3: warning: themes: 'digital' has no profile page"
                + " (themes/digital/); it gets a plain term page");
        assertEquals(join(plainTerm, List.of(ports)), sorted(messages(loader, b)));

        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital, ports]\n---\nText.\n");
        assertEquals(join(plainTerm, List.of("articles/b/index.en.md:3: warning: themes: 'ports' has no profile page"
                + " (themes/ports/); it gets a plain term page")), sorted(messages(loader, b)),
                "the link to the new term's page works");

        write("articles/b/index.en.md", "---\ntitle: B\nthemes: [digital]\n---\nText.\n");
        assertEquals(join(plainTerm, List.of(ports)), sorted(messages(loader, b)), "and breaks when the term is gone");
    }

    @Test
    void aLinkToATermPagesPageTwoBreaksWhenAnotherPageLeavesTheTerm() throws IOException {
        write("hub.yaml", HUB + "pageSize: 1\n");
        write("cities/bilbao/index.en.md", "---\ntitle: Bilbao\n---\nText.\n");
        write("articles/a/index.en.md", "---\ntitle: A\ncities: [bilbao]\n---\nText.\n");
        write("articles/b/index.en.md", "---\ntitle: B\ncities: [bilbao]\n---\nText.\n");
        write("articles/c/index.en.md", "---\ntitle: C\n---\nMore [on Bilbao](/en/cities/bilbao/page/2/).\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path b = Path.of("articles/b/index.en.md");
        assertEquals(List.of(), messages(loader, b));

        write("articles/b/index.en.md", "---\ntitle: B\ncities: []\n---\nText.\n");
        assertEquals(List.of("articles/c/index.en.md:4: warning: broken link: /en/cities/bilbao/page/2/ — the list"
                + " /en/cities/bilbao/ has 1 page"), messages(loader, b), "the unchanged file's link is checked again");

        write("articles/b/index.en.md", "---\ntitle: B\ncities: [bilbao]\n---\nText.\n");
        assertEquals(List.of(), messages(loader, b), "and is right again");
    }

    @Test
    void aLinkToADraftSaysSoAndIsMendedWhenTheDraftIsPublished() throws IOException {
        write("hub.yaml", HUB);
        write("articles/plan/index.en.md", "---\ntitle: Plan\ndraft: true\n---\nText.\n");
        write("articles/news/index.en.md", "---\ntitle: News\n---\nSee [the plan](/en/articles/plan/).\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path plan = Path.of("articles/plan/index.en.md");
        assertEquals(List.of("articles/news/index.en.md:4: warning: broken link: /en/articles/plan/ is the draft"
                + " articles/plan/index.en.md, which is not published until its 'draft: true' goes"),
                messages(loader, plan));

        write("articles/plan/index.en.md", "---\ntitle: Plan\n---\nText.\n");
        assertEquals(List.of(), messages(loader, plan), "published: the link works");
    }

    @Test
    void aDeadMenuEntryIsReportedOnEverySaveOnce() throws IOException {
        write("hub.yaml", HUB + "menus:\n  en:\n    - { name: Gone, url: /en/gone/ }\n");
        write("articles/news/index.en.md", "---\ntitle: News\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Path news = Path.of("articles/news/index.en.md");
        String menu = "hub.yaml:9: warning: broken link: /en/gone/ is no page, resource or alias of the site";
        assertEquals(List.of(menu), messages(loader, news));

        write("articles/news/index.en.md", "---\ntitle: News\n---\nOther text.\n");
        assertEquals(List.of(menu), messages(loader, news), "the kept check reports it again, once");
    }

    private static List<String> join(List<String> a, List<String> b) {
        return sorted(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }

    private static List<String> sorted(List<String> messages) {
        return messages.stream().sorted().toList();
    }

    private List<String> messages(SiteLoader loader, Path changed) throws IOException {
        Path absolute = content.resolve(changed).toAbsolutePath().normalize();
        return loader.load(content, Optional.empty(), false, BuildProgress.SILENT, Set.of(absolute)).diagnostics()
                .stream().map(Object::toString).toList();
    }

    @Test
    void anOrdinaryLoaderParsesEverythingEachTime() throws IOException {
        write("hub.yaml", "title: { en: Hub }\nbaseURL: https://example.org/\ndefaultLanguage: en\n"
                + "languages:\n  - { code: en, name: English, weight: 1 }\ntaxonomies: [cities, networks, themes]\n");
        write("cities/tartu/index.en.md", "---\ntitle: Tartu\nsummary: A city.\n---\nText.\n");
        SiteLoader loader = new SiteLoader(2);

        Site first = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();
        Site second = loader.load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();

        assertNotSame(page(first, "cities", "tartu"), page(second, "cities", "tartu"));
        assertEquals(page(first, "cities", "tartu"), page(second, "cities", "tartu"));
    }

    @Test
    void settingsAndIntrosAreReadAgainOnlyWhenTheWatcherNamesThem() throws IOException {
        write("hub.yaml", HUB);
        write("_index.en.md", "---\ntitle: Home\n---\nWelcome.\n");
        write("articles/news/index.en.md", "---\ntitle: News\n---\nText.\n");
        SiteLoader loader = SiteLoader.caching(2);
        Site first = load(loader);

        write("articles/news/index.en.md", "---\ntitle: News\n---\nNew text.\n");
        Site second = load(loader, Path.of("articles/news/index.en.md"));
        assertSame(first.config(), second.config());
        assertSame(intro(first), intro(second));

        write("_index.en.md", "---\ntitle: Home\n---\nWelcome back.\n");
        Site third = load(loader, Path.of("_index.en.md"));
        assertTrue(intro(third).content().html().contains("Welcome back."), intro(third).content().html());

        // The watcher names every file it saw change: an unnamed hub.yaml is not even read.
        write("hub.yaml", HUB.replace("title: { en: Hub }", "title: { en: Our hub }"));
        assertEquals("Hub", load(loader, Path.of("articles/news/index.en.md")).config().title("en"));
        Site fourth = load(loader, Path.of("hub.yaml"));
        assertEquals("Our hub", fourth.config().title("en"));
    }

    private static eu.transferhub.generator.content.Intro intro(Site site) {
        return site.home("en").orElseThrow();
    }
}
