package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPageTest {

    @TempDir
    static Path temp;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(temp, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Document page(String target, int expectedStatus) throws Exception {
        HttpResponse<String> response = server.get(target);
        assertEquals(expectedStatus, response.statusCode(), response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        return Jsoup.parse(response.body());
    }

    @Test
    void theServerRendersResultsIntoTheSearchPage() throws Exception {
        Document page = page("/en/search/?q=bilbao", 200);

        Element results = page.getElementById("search-results");
        assertEquals("4 results for “bilbao”", results.selectFirst("h2.search-results__count").text());
        assertEquals("bilbao", page.getElementById("search-q").val());
        assertEquals(4, results.select("ol.search-hits > li.search-hit").size());
        Element first = results.selectFirst("li.search-hit:has(a[href=/en/good-practices/as-fabrik/])");
        assertEquals("AS-Fabrik: industry meets digital services", first.selectFirst("h3 a").text());
        assertEquals("en", first.selectFirst("h3").attr("lang"));
        assertEquals("en", first.selectFirst("h3 a").attr("hreflang"));
        assertEquals("en", first.selectFirst(".search-hit__snippet").attr("lang"));
        assertNull(first.selectFirst(".search-hit__lang"), "an English page on the English search page");
        assertEquals("Good practice", first.selectFirst(".search-hit__type").text());
        assertEquals("2019-03-01", first.selectFirst("time").attr("datetime"));
        assertEquals("Bilbao's", first.selectFirst(".search-hit__snippet mark").text());
        assertEquals("4 results for “bilbao” – Search · Transfer Hub", page.title());
    }

    @Test
    void thePagesOfThePagesLanguageComeFirst() throws Exception {
        for (String lang : List.of("en", "es")) {
            Element first = page("/" + lang + "/search/?q=bilbao", 200).selectFirst("li.search-hit");
            assertEquals(lang, first.selectFirst("h3").attr("lang"), first::outerHtml);
        }
    }

    @Test
    void aHitInAnotherLanguageSaysWhichAndOnlyItsOwnTextIsMarkedSo() throws Exception {
        Elements hits = page("/es/search/?q=bilbao", 200).select("li.search-hit");
        Element english = hits.stream().filter(h -> h.selectFirst("h3").attr("lang").equals("en")).findFirst()
                .orElseThrow();
        Element spanish = hits.stream().filter(h -> h.selectFirst("h3").attr("lang").equals("es")).findFirst()
                .orElseThrow();

        Element language = english.selectFirst(".search-hit__lang");
        assertEquals("English", language.text());
        assertEquals("en", language.attr("lang"), "a screen reader says the name in its own language");
        assertEquals("en", english.selectFirst(".search-hit__snippet").attr("lang"));
        assertNull(spanish.selectFirst(".search-hit__lang"), "the search page's own language goes without saying");
        for (Element hit : hits) {
            assertFalse(hit.hasAttr("lang"), "the type and date are in Spanish, whatever the page's language");
            assertFalse(hit.selectFirst(".search-hit__meta").hasAttr("lang"));
            assertFalse(hit.selectFirst(".search-hit__type").hasAttr("lang"));
        }
    }

    @Test
    void aSitePublishedUnderAPathGetsLinksUnderItsPath() throws Exception {
        // The generator writes the search form's action under the base URL's path; a proxy in
        // front of the server strips it. The server's links must keep it.
        String english = Files.readString(server.site.resolve("en/search/index.html"));
        Path romanian = Files.createDirectories(server.site.resolve("ro/search")).resolve("index.html");
        Files.writeString(romanian, english.replace("action=\"/en/search/\"", "action=\"/hub/ro/search/\""));

        Document page = page("/ro/search/?q=bilbao&size=1&type=good-practice", 200);
        assertEquals("/hub/ro/search/", page.selectFirst("form.search-filters").attr("action"));
        assertEquals("/hub/ro/search/?q=bilbao&size=1", page.selectFirst(".search-filters__clear").attr("href"));
        assertTrue(page.select(".search-results a[href]").eachAttr("href").stream()
                .filter(href -> href.contains("search/"))
                .allMatch(href -> href.startsWith("/hub/ro/search/?")), page.select(".search-results a").toString());
    }

    @Test
    void facetsAreAFormOfCheckboxesThatWorksWithoutJavaScript() throws Exception {
        Document page = page("/en/search/?q=bilbao&type=good-practice", 200);

        Element form = page.selectFirst("form.search-filters");
        assertEquals("get", form.attr("method"));
        assertEquals("/en/search/", form.attr("action"));
        assertEquals("bilbao", form.selectFirst("input[type=hidden][name=q]").val());
        Element type = form.selectFirst("fieldset[data-facet=type]");
        assertEquals("Type", type.selectFirst("legend").text());
        assertEquals("Good practice (2) Article (1) City (1)", type.select("label").eachText().stream()
                .reduce((a, b) -> a + " " + b).orElseThrow());
        Element checked = type.selectFirst("input[checked]");
        assertEquals("good-practice", checked.val());
        assertEquals("checkbox", checked.attr("type"));
        assertEquals("radio", form.selectFirst("fieldset[data-facet=lang] input").attr("type"));
        assertEquals("/en/search/?q=bilbao", form.selectFirst("a.search-filters__clear").attr("href"));
        assertEquals("relevance", form.selectFirst("select[name=sort] option[selected]").val());
    }

    @Test
    void theFiltersAreOnePanelUnderASummaryThatSaysHowManyValuesAreChosen() throws Exception {
        Element form = page("/en/search/?q=bilbao&type=good-practice&type=good-practice&lang=en&sort=date", 200)
                .selectFirst("form.search-filters");

        Element panel = form.selectFirst("> details.search-filters__panel");
        assertTrue(panel.hasAttr("open"), "open without JavaScript; search.js folds it on narrow screens");
        assertEquals("Filters (Chosen: 2)", panel.selectFirst("> summary.search-filters__toggle").text(),
                "a repeated value is chosen once");
        assertEquals("Filters", form.selectFirst("> h3#search-filters-title").text());
        assertEquals(List.of("q", "sort", "type", "city", "network", "theme", "year", "lang"),
                panel.select("input[name], select[name]").eachAttr("name").stream().distinct().toList(),
                "every control is in the panel, the query too");
        assertEquals(1, panel.select("button.search-filters__apply").size());
        assertNull(panel.selectFirst(".search-filters__clear"), "clearing stays in reach with the panel folded");
        assertEquals("/en/search/?q=bilbao&sort=date", form.selectFirst("> a.search-filters__clear").attr("href"));

        assertEquals("Filtros (Elegidos: 1)", page("/es/search/?q=bilbao&city=bilbao", 200)
                .selectFirst(".search-filters__toggle").text());
        Element unfiltered = page("/es/search/?q=bilbao", 200).selectFirst(".search-filters__toggle");
        assertEquals("Filtros", unfiltered.text(), "nothing chosen, nothing said");
        assertNull(unfiltered.selectFirst(".search-filters__chosen"));
    }

    @Test
    void pagesLinkToEachOther() throws Exception {
        Document first = page("/en/search/?q=bilbao&size=1", 200);
        Element nav = first.selectFirst("nav.search-pagination");
        assertEquals("Page 1 of 4", nav.attr("aria-label"));
        assertNull(nav.selectFirst("a[rel=prev]"));
        assertEquals("/en/search/?q=bilbao&page=1&size=1", nav.selectFirst("a[rel=next]").attr("href"));

        Document second = page("/en/search/?q=bilbao&page=1&size=1", 200);
        assertEquals("2", second.selectFirst("ol.search-hits").attr("start"));
        assertEquals("/en/search/?q=bilbao&size=1", second.selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksToTheLastPage() throws Exception {
        Document past = page("/en/search/?q=bilbao&page=9&size=1", 200);
        assertNull(past.selectFirst("ol.search-hits"));
        assertEquals("4 results for “bilbao”", past.selectFirst(".search-results__count").text());
        Element nav = past.selectFirst("nav.search-pagination");
        assertEquals("Page 10 is past the last page of results.", nav.attr("aria-label"));
        assertEquals("Page 10 is past the last page of results.", nav.selectFirst("[aria-current]").text());
        Element last = nav.selectFirst("a.search-pagination__previous");
        assertEquals("Go to the last page", last.text());
        assertEquals("/en/search/?q=bilbao&page=3&size=1", last.attr("href"));
        assertFalse(last.hasAttr("rel"), "the last page is not the previous one");
        assertNull(nav.selectFirst("a[rel=next]"));

        // One page of results: the way back is the first page, written without page=.
        Element single = page("/es/search/?q=bilbao&page=2", 200).selectFirst("nav.search-pagination");
        assertEquals("La página 3 está más allá de la última página de resultados.", single.attr("aria-label"));
        assertEquals("/es/search/?q=bilbao", single.selectFirst("a.search-pagination__previous").attr("href"));
    }

    @Test
    void stringsAndLabelsFollowThePagesLanguage() throws Exception {
        Document page = page("/es/search/?q=bilbao&sort=date", 200);

        assertEquals("4 resultados para «bilbao»", page.selectFirst(".search-results__count").text());
        assertEquals("Buena práctica", page.selectFirst("fieldset[data-facet=type] label").ownText().strip());
        // No Spanish document is an article: the label is the theme's, not the English documents'.
        assertEquals("Artículo", page.selectFirst("fieldset[data-facet=type] label[for=search-type-article]")
                .ownText().strip());
        assertEquals("Artículo", page.selectFirst(".search-hit__type").text());
        assertEquals("date", page.selectFirst("select[name=sort] option[selected]").val());
        assertEquals("Ordenar por", page.selectFirst("label[for=search-sort]").text());
    }

    @Test
    void didYouMeanLinksToTheCorrectedSearch() throws Exception {
        Document page = page("/en/search/?q=manufacturng", 200);
        Element suggestion = page.selectFirst(".search-results__suggestion a");
        assertEquals("manufacturing", suggestion.text());
        assertEquals("/en/search/?q=manufacturing", suggestion.attr("href"));
    }

    @Test
    void theQueryAndSnippetsCannotInjectMarkup() throws Exception {
        Document page = page("/en/search/?q=%3Cscript%3Ealert", 200);

        Element results = page.getElementById("search-results");
        assertEquals(0, results.select("script").size());
        assertEquals("1 result for “<script>alert”", results.selectFirst("h2").text());
        assertEquals("<script>alert('x')</script> appears here as text an editor pasted.",
                results.selectFirst(".search-hit__snippet").text());
        assertEquals("<script>alert", page.getElementById("search-q").val());
    }

    @Test
    void badParametersGiveA400PageWithTheMessage() throws Exception {
        Document page = page("/en/search/?q=bilbao&size=1000", 400);

        assertEquals("The search has a mistake", page.selectFirst(".search-results__count").text(),
                "a 400 heading, not the one that says the search is down");
        assertEquals("size must be between 1 and 100.", page.selectFirst("[role=alert]").text());
        assertEquals("bilbao", page.getElementById("search-q").val());
    }

    @Test
    void aMalformedEscapeIsA400NotASilentlyDroppedFilter() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/en/search/?q=bilbao&lang=%zz");
        assertEquals(400, response.status());
        Document page = org.jsoup.Jsoup.parse(response.body());
        assertEquals("lang has a malformed %-escape (write a % sign as %25).", page.selectFirst("[role=alert]").text());
        assertEquals("bilbao", page.getElementById("search-q").val());
    }

    @Test
    void anEmptyBoxSubmittedIsTheSearchPageItselfButAMalformedEscapeIsStillReported() throws Exception {
        for (String target : java.util.List.of("/en/search/?q=", "/en/search/?q=++", "/en/search/?q=%20")) {
            HttpResponse<String> response = server.get(target);
            assertEquals(200, response.statusCode(), target);
            assertEquals(Files.readString(server.site.resolve("en/search/index.html")), response.body(), target);
        }
        RawHttp.Response malformed = RawHttp.get(server.port(), "/en/search/?q=%zz");
        assertEquals(400, malformed.status());
        assertEquals("q has a malformed %-escape (write a % sign as %25).",
                org.jsoup.Jsoup.parse(malformed.body()).selectFirst("[role=alert]").text());
    }

    @Test
    void anEmptyQueryWithAFilterAsksForWords() throws Exception {
        Document page = page("/en/search/?q=&type=journal", 400);
        assertEquals("Type something to search for.", page.selectFirst("[role=alert]").text());
    }

    @Test
    void withoutParametersTheSearchPageIsServedAsIs() throws Exception {
        HttpResponse<String> response = server.get("/en/search/");
        assertEquals(200, response.statusCode());
        assertEquals(Files.readString(server.site.resolve("en/search/index.html")), response.body());
    }

    @Test
    void theThemesPartialIsTheOneBuiltIn() throws IOException {
        Path theme = Path.of("..", "themes", "default", "layouts", "partials", "search-results.mustache");
        Path builtIn = Path.of("src", "main", "resources", "eu", "transferhub", "search", "http", "results.mustache");
        Path testCopy = Path.of("src", "test", "resources", "site", "_search", "results.mustache");
        assertEquals(-1, Files.mismatch(theme, builtIn), "copy the theme's partial to " + builtIn);
        assertEquals(-1, Files.mismatch(theme, testCopy), "copy the theme's partial to " + testCopy);
    }
}
