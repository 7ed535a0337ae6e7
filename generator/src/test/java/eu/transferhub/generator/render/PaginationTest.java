package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.transferhub.generator.render.view.PageLink;
import eu.transferhub.generator.render.view.Pagination;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void listsSplitIntoPagesOfPageSize() {
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), Paginator.split(List.of(1, 2, 3, 4, 5), 2));
        assertEquals(List.of(List.of()), Paginator.split(List.of(), 10), "an empty list still has its first page");
    }

    @Test
    void laterPagesLiveUnderPage() {
        assertEquals("/en/articles/", Paginator.url("/en/articles/", 1));
        assertEquals("/en/articles/page/2/", Paginator.url("/en/articles/", 2));
    }

    @Test
    void navigationShowsTheEndsAndTheNeighboursWithGaps() {
        Pagination navigation = Paginator.navigation("/en/articles/", 10, 20, Rendered.defaultTheme().messages("en"), s -> s);
        assertEquals("Page 10 of 20", navigation.status());
        assertEquals("/en/articles/page/9/", navigation.previous());
        assertEquals("/en/articles/page/11/", navigation.next());
        List<String> shown = navigation.pages().stream().map(PaginationTest::label).toList();
        assertEquals(List.of("1", "…", "8", "9", "[10]", "11", "12", "…", "20"), shown);
        assertEquals("/en/articles/", navigation.pages().getFirst().url());
    }

    @Test
    void aSinglePageHasNoNavigation() {
        assertNull(Paginator.navigation("/en/articles/", 1, 1, Rendered.defaultTheme().messages("en"), s -> s));
    }

    @Test
    void renderedTermPagesContinueOnPageTwoWithHreflangOnlyWhereThePageExists() {
        Rendered.Result rendered = Rendered.render(TestSite.site());
        Document second = rendered.html("en/cities/bilbao/page/2/index.html");
        assertEquals("Bilbao", second.expectFirst("h1").text());
        assertEquals("Bilbao – page 2 – Transfer Hub", second.title());
        assertEquals(List.of("Journals", "Articles"), second.select("h2.group__heading").eachText());
        assertEquals("/en/cities/bilbao/", second.expectFirst("a[rel=prev]").attr("href"));
        assertEquals(Map.of("en", "https://transferhub.eu/en/cities/bilbao/page/2/", "x-default",
                "https://transferhub.eu/en/cities/bilbao/page/2/"), LinksAndLanguagesTest.alternates(second));
        // Spanish has one page about Bilbao: the switcher falls back to its first page.
        assertEquals("/es/cities/bilbao/", second.expectFirst("nav.lang-switcher a[hreflang=es]").attr("href"));
        Document first = rendered.html("en/cities/bilbao/index.html");
        assertEquals(List.of("Good practices", "Networks"), first.select("h2.group__heading").eachText());
        assertFalse(rendered.sink().files().containsKey("es/cities/bilbao/page/2/index.html"));
    }

    private static String label(PageLink link) {
        return link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : Integer.toString(link.number());
    }
}
