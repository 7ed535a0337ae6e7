package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.FrontMatter;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SourcePage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A site with pages swapped in place answers exactly like a site built from the new pages. */
class SiteReplacingTest {

    private static Page withHtml(Page page, String html) {
        PageContent c = page.content();
        return new Page(page.source(), page.url(), new PageContent(html, c.plainText(), c.summary(), c.toc(), c.headings()));
    }

    private static Page withTitle(Page page, String title) {
        FrontMatter m = page.meta();
        return withMeta(page, new FrontMatter(title, m.date(), m.summary(), m.draft(), m.slug(), m.aliases(), m.weight(),
                m.cities(), m.networks(), m.themes(), m.details(), m.lastmod()));
    }

    private static Page withDate(Page page, LocalDate date) {
        FrontMatter m = page.meta();
        return withMeta(page, new FrontMatter(m.title(), Optional.of(date), m.summary(), m.draft(), m.slug(), m.aliases(),
                m.weight(), m.cities(), m.networks(), m.themes(), m.details(), m.lastmod()));
    }

    private static Page withThemes(Page page, List<String> themes) {
        FrontMatter m = page.meta();
        return withMeta(page, new FrontMatter(m.title(), m.date(), m.summary(), m.draft(), m.slug(), m.aliases(),
                m.weight(), m.cities(), m.networks(), themes, m.details(), m.lastmod()));
    }

    private static Page withMeta(Page page, FrontMatter meta) {
        SourcePage s = page.source();
        return new Page(new SourcePage(s.key(), s.lang(), s.type(), meta, s.file(), s.markdown(), s.bodyLine(),
                s.resources()), page.url(), page.content());
    }

    private static void assertSameSite(Site expected, Site actual) {
        assertEquals(expected.pages(), actual.pages());
        for (String lang : TestSite.LANGUAGES) {
            assertEquals(expected.pages(lang), actual.pages(lang), lang);
            for (PageType type : PageType.values()) {
                assertEquals(expected.section(type, lang), actual.section(type, lang), type + " " + lang);
            }
            for (String taxonomy : List.of("cities", "networks", "themes")) {
                assertEquals(expected.terms(taxonomy), actual.terms(taxonomy));
                for (String term : expected.terms(taxonomy)) {
                    PageKey key = new PageKey(taxonomy, term);
                    assertEquals(expected.referencing(key, lang), actual.referencing(key, lang), key + " " + lang);
                    assertEquals(expected.find(key, lang), actual.find(key, lang));
                }
            }
        }
        for (Page page : expected.pages()) {
            assertEquals(expected.translations(page), actual.translations(page));
        }
    }

    @Test
    void pagesWithNewTextAreSwappedIntoEveryList() {
        Site site = TestSite.site();
        List<Page> pages = new ArrayList<>(site.pages());
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i += 3) {
            Page now = withHtml(pages.get(i), "<p>Edited.</p>");
            swap.put(pages.get(i), now);
            pages.set(i, now);
        }

        Site replaced = site.replacing(swap, TestSite.intros());

        assertSameSite(new Site(site.config(), pages, TestSite.intros(), false), replaced);
        Page edited = swap.values().iterator().next();
        assertTrue(replaced.pages().stream().anyMatch(p -> p == edited), "the new version itself is in the site");
    }

    @Test
    void aNewTitleOrDateIsSortedIntoTheSameLists() {
        Site site = TestSite.site();
        List<Page> pages = new ArrayList<>(site.pages());
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page old = pages.get(i);
            if (old.meta().date().isEmpty()) {
                continue;
            }
            // Alternately: oldest of all, newest of all, and a title that sorts first among equal dates.
            Page now = switch (i % 3) {
                case 0 -> withDate(old, LocalDate.of(1990, 1, 1));
                case 1 -> withDate(old, LocalDate.of(2099, 12, 31));
                default -> withTitle(old, "AAA " + old.title());
            };
            swap.put(old, now);
            pages.set(i, now);
        }
        assertTrue(swap.size() >= 3, "the fixture has dated pages: " + swap.size());

        Site replaced = site.replacing(swap, TestSite.intros());

        assertSameSite(new Site(site.config(), pages, TestSite.intros(), false), replaced);
    }

    @Test
    void aNewTitleIsANewPlaceInTheSameLists() {
        Page page = TestSite.site().pages().getFirst();
        assertTrue(Site.samePlace(page, withHtml(page, "<p>Other.</p>")));
        assertFalse(Site.samePlace(page, withTitle(page, "Another title")));
        assertTrue(Site.sameLists(page, withTitle(page, "Another title")));
        assertFalse(Site.sameLists(page, withThemes(page, List.of("brand-new-theme"))));
    }

    @Test
    void pagesThatJoinAndLeaveTermsAreMovedBetweenTheirLists() {
        Site site = TestSite.site();
        List<Page> pages = new ArrayList<>(site.pages());
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i += 2) {
            Page old = pages.get(i);
            // Every other page: its themes replaced by a new one, or an existing one added.
            List<String> themes = i % 4 == 0 ? List.of("brand-new-theme")
                    : java.util.stream.Stream.concat(old.meta().themes().stream(), java.util.stream.Stream.of("innovation"))
                            .distinct().toList();
            Page now = withThemes(old, themes);
            swap.put(old, now);
            pages.set(i, now);
        }

        Site replaced = site.replacing(swap, TestSite.intros());

        assertSameSite(new Site(site.config(), pages, TestSite.intros(), false), replaced);
        assertTrue(replaced.terms("themes").contains("brand-new-theme"));
    }

    @Test
    void aTermThatItsOnlyPageLeavesIsGoneAndOneThatAnotherPageHasStays() {
        Site start = TestSite.site();
        List<Page> tagged = new ArrayList<>(start.pages());
        int solo = -1;
        int pair = -1;
        for (int i = 0; i < tagged.size(); i++) {
            Page page = tagged.get(i);
            if (page.lang().equals("en") && page.type() == eu.transferhub.generator.content.PageType.ARTICLE) {
                tagged.set(i, withThemes(page, List.of("solo", "shared")));
                solo = i;
            } else if (pair < 0 && page.lang().equals("en") && page.type() == eu.transferhub.generator.content.PageType.JOURNAL) {
                tagged.set(i, withThemes(page, List.of("shared")));
                pair = i;
            }
        }
        assertTrue(solo >= 0 && pair >= 0, "the fixture has an article and a journal");
        Site site = new Site(start.config(), tagged, TestSite.intros(), false);
        List<Page> pages = new ArrayList<>(site.pages());
        int at = pages.indexOf(tagged.get(solo));
        Page now = withThemes(pages.get(at), List.of());
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        swap.put(pages.get(at), now);
        pages.set(at, now);

        Site replaced = site.replacing(swap, TestSite.intros());

        assertSameSite(new Site(site.config(), pages, TestSite.intros(), false), replaced);
        assertFalse(replaced.terms("themes").contains("solo"), replaced.terms("themes").toString());
        assertTrue(replaced.terms("themes").contains("shared"), replaced.terms("themes").toString());
    }

    @Test
    void twoPagesThatLeaveTheSameTermBothLeaveItsList() {
        Site start = TestSite.site();
        List<Page> shared = new ArrayList<>(start.pages());
        for (int i = 0; i < shared.size(); i++) {
            Page page = shared.get(i);
            if (page.lang().equals("en") && page.meta().date().isPresent()) {
                shared.set(i, withThemes(page, List.of("economy")));
            }
        }
        Site site = new Site(start.config(), shared, TestSite.intros(), false);
        assertTrue(site.referencing(new PageKey("themes", "economy"), "en").size() >= 2, "the fixture shares the theme");
        List<Page> pages = new ArrayList<>(site.pages());
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page old = pages.get(i);
            if (old.meta().themes().contains("economy")) {
                Page now = withThemes(old, List.of());
                swap.put(old, now);
                pages.set(i, now);
            }
        }

        Site replaced = site.replacing(swap, TestSite.intros());

        assertSameSite(new Site(site.config(), pages, TestSite.intros(), false), replaced);
        assertEquals(List.of(), replaced.referencing(new PageKey("themes", "economy"), "en"));
    }

    @Test
    void aPageAtAnotherAddressCannotBeSwappedIn() {
        Site site = TestSite.site();
        Page page = site.pages().getFirst();
        Page other = site.pages().get(1);
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        swap.put(page, other);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> site.replacing(swap, TestSite.intros()));
        assertTrue(e.getMessage().contains("is not at the address of"), e.getMessage());
    }
}
