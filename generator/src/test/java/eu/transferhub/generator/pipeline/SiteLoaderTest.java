package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.TocEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteLoaderTest {

    static final Path BASIC = Path.of("src/test/resources/sites/basic");

    private static LoadedSite load(boolean drafts) throws Exception {
        return new SiteLoader(2).load(BASIC, Optional.empty(), drafts, BuildProgress.SILENT);
    }

    private static List<String> urls(List<Page> pages) {
        return pages.stream().map(Page::url).toList();
    }

    @Test
    void theFixtureSiteLoadsWithItsTwoWarnings() throws Exception {
        LoadedSite loaded = load(false);
        assertEquals(List.of(
                "good-practices/as-fabrik/index.en.md:6: warning: themes: 'digital' has no profile page"
                        + " (themes/digital/); it gets a plain term page",
                "good-practices/as-fabrik/index.en.md:23: warning: broken link: /en/cities/nowhere/"
                        + " is no page, resource or alias of the site"),
                loaded.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(loaded.site().isPresent());
    }

    @Test
    void pagesHaveUrlsFromSectionAndSlugAndDraftsAreLeftOut() throws Exception {
        Site site = load(false).site().orElseThrow();
        assertEquals(List.of("/en/about/", "/en/cities/bilbao/", "/en/cities/tartu/", "/en/cities/timisoara/",
                "/en/good-practices/as-fabrik/", "/en/journals/bilbao-diary/", "/en/networks/as-transfer/",
                "/en/themes/innovation/", "/es/cities/bilbao/", "/es/good-practices/as-fabrica/"),
                urls(site.pages()));
        assertEquals(List.of("/en/articles/hello/"), urls(load(true).site().orElseThrow().section(PageType.ARTICLE, "en")));
        assertEquals(List.of(), site.section(PageType.ARTICLE, "en"));
    }

    @Test
    void relationsAreComputedBothWays() throws Exception {
        Site site = load(false).site().orElseThrow();
        assertEquals(List.of("/en/journals/bilbao-diary/", "/en/good-practices/as-fabrik/", "/en/networks/as-transfer/"),
                urls(site.referencing(new PageKey("cities", "bilbao"), "en")));
        assertEquals(List.of("/en/journals/bilbao-diary/", "/en/networks/as-transfer/"),
                urls(site.referencing(new PageKey("cities", "tartu"), "en")));
        assertEquals(List.of("/es/good-practices/as-fabrica/"), urls(site.referencing(new PageKey("cities", "bilbao"), "es")));
        assertEquals(List.of("/en/good-practices/as-fabrik/", "/en/networks/as-transfer/", "/en/cities/bilbao/"),
                urls(site.referencing(new PageKey("themes", "innovation"), "en")));
        assertEquals(List.of("bilbao", "tartu", "timisoara"), site.terms("cities"));
        assertEquals(List.of("digital", "innovation"), site.terms("themes"));
        Page bilbao = site.find(new PageKey("cities", "bilbao"), "es").orElseThrow();
        assertEquals(List.of("/en/cities/bilbao/", "/es/cities/bilbao/"), urls(site.translations(bilbao)));
    }

    @Test
    void bodiesAreSanitisedAndLinksResolved() throws Exception {
        Site site = load(false).site().orElseThrow();
        Page diary = site.find(new PageKey("journals", "bilbao-diary"), "en").orElseThrow();
        assertEquals("<p>Notes from the <em>first</em> meeting.</p>\n", diary.content().html());
        Page bilbao = site.find(new PageKey("cities", "bilbao"), "en").orElseThrow();
        assertEquals("""
                <p>Bilbao is the largest city of the Basque Country.</p>
                <h2 id="economy">Economy</h2>
                <p>Once steel, now services. See <a href="/en/cities/tartu/">Tartu</a>.</p>
                """, bilbao.content().html());
        assertEquals(List.of(new TocEntry(2, "economy", "Economy")), bilbao.content().toc());
        assertEquals("Bilbao is the largest city of the Basque Country.", bilbao.content().summary());
        Page practice = site.find(new PageKey("good-practices", "as-fabrik"), "en").orElseThrow();
        assertTrue(practice.content().html().contains(
                "<img src=\"/en/good-practices/as-fabrik/img/map.png\" alt=\"Map of the Zorrotzaurre island\""
                        + " loading=\"lazy\" decoding=\"async\" />"), practice.content().html());
        assertEquals(List.of(Path.of("good-practices/as-fabrik/img/map.png")), practice.source().resources());
        assertTrue(practice.meta().lastmod().isPresent());
    }

    @Test
    void introsBelongToHomeAndSections() throws Exception {
        Site site = load(false).site().orElseThrow();
        assertEquals("Welcome", site.home("en").orElseThrow().title());
        assertEquals("<p>Practices that worked, and were passed on.</p>\n",
                site.sectionIntro("good-practices", "en").orElseThrow().content().html());
        assertEquals(Optional.empty(), site.home("es"));
    }
}
