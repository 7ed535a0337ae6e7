package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.SiteUnderTest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * A visitor searches from a content page, narrows the results with a facet, and shares or
 * reloads the URL; the same with JavaScript off, where the server renders everything.
 */
class SearchJourneyTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    @Test
    void searchFromAContentPageThenFilterByAFacetAndReloadTheUrl() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/good-practices/as-fabrik/");
        driver.findElement(By.id("header-search-q")).sendKeys("industry", Keys.ENTER);
        SITE.browser().waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/en/search/"));
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());

        assertEquals(List.of("industry"), SearchResults.urlParams(driver, "q"));
        assertHighlightedIndustry(driver);
        List<String> unfiltered = SearchResults.hitTitles(driver);
        assertTrue(unfiltered.size() >= 2, "several pages mention industry: " + unfiltered);

        SearchResults.FacetValue type = narrowingValue(driver, "type");
        String headingBefore = SearchResults.heading(driver);
        type.input().click();
        SITE.browser().waitUntil(d -> SearchResults.urlParams(d, "type").equals(List.of(type.value()))
                && !SearchResults.heading(d).equals(headingBefore));
        List<String> filtered = SearchResults.hitTitles(driver);
        assertEquals(Math.min(type.count(), 10), filtered.size(), "the facet's count is the number of hits");
        assertTrue(SearchResults.hitTypes(driver).stream().allMatch(type.label()::equals),
                () -> "every hit is a " + type.label() + ": " + SearchResults.hitTypes(driver));
        assertEquals(List.of("industry"), SearchResults.urlParams(driver, "q"), "the URL keeps the query");

        driver.navigate().refresh();
        SITE.browser().waitUntil(d -> "complete".equals(SITE.browser().script("return document.readyState")));
        assertEquals(filtered, SearchResults.hitTitles(driver), "reloading the URL shows the same results");
        assertTrue(SearchResults.facet(driver, "type").stream()
                .filter(v -> v.value().equals(type.value())).findFirst().orElseThrow().input().isSelected(),
                "the chosen facet value is still checked");
        assertEquals("industry", driver.findElement(By.id("search-q")).getAttribute("value"),
                "the search box shows the query");
    }

    @Test
    void resultsUpdateAsYouTypeOnTheSearchPage() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/");
        assertTrue(SearchResults.hitTitles(driver).isEmpty(), "no query, no results");
        driver.findElement(By.id("search-q")).sendKeys("energy");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty()
                && SearchResults.urlParams(d, "q").equals(List.of("energy")));
        assertEquals("/en/search/", URI.create(driver.getCurrentUrl()).getPath());
        assertTrue(SearchResults.highlighted(driver).stream()
                .anyMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("energ")),
                () -> "snippets highlight energy: " + SearchResults.highlighted(driver));
    }

    @Test
    void theScriptBuildsTheResultsAsTheServerRendersThem() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/es/search/");
        driver.findElement(By.id("search-q")).sendKeys("bilbao");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        assertSameAsTheServers(driver);

        SearchResults.facet(driver, "lang").stream().filter(v -> v.value().equals("en")).findFirst().orElseThrow()
                .input().sendKeys(Keys.SPACE);
        SITE.browser().waitUntil(d -> SearchResults.urlParams(d, "lang").equals(List.of("en"))
                && !d.findElements(By.cssSelector(".search-filters__clear")).isEmpty());
        assertEquals("English", driver.findElement(By.cssSelector(".search-hit__lang")).getText(),
                "the Spanish search page names the language of an English page");
        assertSameAsTheServers(driver);
    }

    /** search.js's results block is the one the server renders for the URL search.js left. */
    private static void assertSameAsTheServers(WebDriver driver) {
        String script = SearchResults.canonicalMarkup(SITE.browser());
        driver.navigate().refresh();
        SITE.browser().waitUntil(d -> "complete".equals(SITE.browser().script("return document.readyState")));
        assertEquals(SearchResults.canonicalMarkup(SITE.browser()), script, driver.getCurrentUrl());
    }

    /** Makes the next {@code failures} calls of the search API answer 503 busy, with Retry-After: 1. */
    private static void busyFor(int failures) {
        SITE.browser().script("window.__searchCalls = 0; var real = window.fetch;"
                + "window.fetch = function (url) {"
                + "  if (String(url).indexOf('api/search') < 0) { return real.apply(this, arguments); }"
                + "  if (window.__searchCalls++ < " + failures + ") {"
                + "    return Promise.resolve(new Response(JSON.stringify({error: 'the search server is busy;"
                + " try again in a moment', param: null}), {status: 503,"
                + "      headers: {'Retry-After': '1', 'Content-Type': 'application/json'}}));"
                + "  }"
                + "  return real.apply(this, arguments);"
                + "};");
    }

    @Test
    void aBusyServerIsAskedOnceMoreBeforeTheScriptSaysSo() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/");
        busyFor(1);
        driver.findElement(By.id("search-q")).sendKeys("energy");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        assertEquals(2L, SITE.browser().script("return window.__searchCalls"), "one 503, then the retry");

        SITE.open("/en/search/");
        busyFor(2);
        driver.findElement(By.id("search-q")).sendKeys("energy");
        SITE.browser().waitUntil(d -> !d.findElements(By.cssSelector(".search-results__error")).isEmpty());
        assertEquals("the search server is busy; try again in a moment",
                driver.findElement(By.cssSelector(".search-results__error")).getText());
        assertEquals(2L, SITE.browser().script("return window.__searchCalls"), "asked twice, not more");
    }

    @Test
    void thePageTitleCarriesTheResultCountAsTheServerWritesIt() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/");
        String page = driver.getTitle();
        driver.findElement(By.id("search-q")).sendKeys("energy");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        assertEquals(SearchResults.heading(driver) + " – " + page, driver.getTitle(), "search.js's results");
        driver.findElement(By.id("search-q")).clear();
        driver.findElement(By.id("search-q")).sendKeys(" ");
        SITE.browser().waitUntil(d -> SearchResults.hitTitles(d).isEmpty());
        assertEquals(page, driver.getTitle(), "no search, no count");

        SITE.open("/en/search/?q=industry");
        String served = SearchResults.heading(driver);
        assertEquals(served + " – " + page, driver.getTitle(), "the server's results");
        driver.findElement(By.id("search-q")).sendKeys(" water");
        SITE.browser().waitUntil(d -> !SearchResults.heading(d).equals(served));
        assertEquals(SearchResults.heading(driver) + " – " + page, driver.getTitle(), "one count, not two");
    }

    @Test
    void theHeaderSearchBoxOnTheSearchPageSearchesForWhatWasTypedInIt() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/?q=industry");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        driver.findElement(By.id("header-search-q")).sendKeys("water", Keys.ENTER);
        SITE.browser().waitUntil(d -> SearchResults.urlParams(d, "q").equals(List.of("water")));
        SITE.browser().waitUntil(d -> SearchResults.highlighted(d).stream()
                .anyMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("water")));
    }

    @Test
    void aLinkPastTheLastPageLeadsBackToTheLastPageWithTheScriptToo() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/?q=industry&page=49&size=1");
        String past = "Page 50 is past the last page of results.";
        assertTrue(SearchResults.hitTitles(driver).isEmpty(), "the server rendered no hits past the end");
        assertEquals(past, driver.findElement(By.cssSelector(".search-pagination__current")).getText());

        driver.findElement(By.cssSelector(".search-pagination__previous")).click();
        SITE.browser().waitUntil(d -> SearchResults.hitTitles(d).size() == 1);
        int last = Integer.parseInt(SearchResults.urlParams(driver, "page").getFirst());
        assertEquals("Page " + (last + 1) + " of " + (last + 1),
                driver.findElement(By.cssSelector(".search-pagination__current")).getText(),
                "search.js rendered the last page");
        assertTrue(driver.findElements(By.cssSelector(".search-pagination__next")).isEmpty());

        // search.js's own view of a page past the end reads as the server's.
        SITE.browser().script("var a = document.querySelector('.search-pagination__previous');"
                + "var url = new URL(a.href); url.searchParams.set('page', '49'); a.href = url; a.click();");
        SITE.browser().waitUntil(d -> SearchResults.hitTitles(d).isEmpty());
        assertEquals(past, driver.findElement(By.cssSelector(".search-pagination__current")).getText());
        assertEquals("Go to the last page", driver.findElement(By.cssSelector(".search-pagination__previous")).getText());
        assertNull(driver.findElement(By.cssSelector(".search-pagination__previous")).getDomAttribute("rel"),
                "the last page is not the previous one");
        assertTrue(driver.findElement(By.cssSelector(".search-pagination__previous")).getAttribute("href")
                .endsWith("page=" + last + "&size=1"));
    }

    @Test
    void withJavaScriptOffTheFormsStillSearchAndFilter() {
        try (Browser noScript = Browser.start(false)) {
            WebDriver driver = noScript.driver();
            noScript.open(SITE.preview().url("/en/good-practices/as-fabrik/"));
            driver.findElement(By.id("header-search-q")).sendKeys("industry", Keys.ENTER);
            noScript.waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/en/search/"));
            assertFalse(SearchResults.hitTitles(driver).isEmpty(), "the server rendered the results");
            assertHighlightedIndustry(driver);

            SearchResults.FacetValue type = narrowingValue(driver, "type");
            type.input().sendKeys(Keys.SPACE);
            driver.findElement(By.cssSelector(".search-filters__apply")).sendKeys(Keys.ENTER);
            noScript.waitUntil(d -> SearchResults.urlParams(d, "type").equals(List.of(type.value())));
            assertEquals(Math.min(type.count(), 10), SearchResults.hitTitles(driver).size());
            assertTrue(SearchResults.hitTypes(driver).stream().allMatch(type.label()::equals),
                    () -> "every hit is a " + type.label() + ": " + SearchResults.hitTypes(driver));
            assertEquals(List.of(), noScript.takeConsoleErrors(), "console errors without JavaScript");
        }
    }

    private static void assertHighlightedIndustry(WebDriver driver) {
        List<String> marks = SearchResults.highlighted(driver);
        assertFalse(marks.isEmpty(), "snippets highlight the matched words");
        assertTrue(marks.stream().allMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("industr")),
                () -> "only forms of 'industry' are highlighted: " + marks);
    }

    /** A value of the facet that leaves fewer hits than there are now. */
    private static SearchResults.FacetValue narrowingValue(WebDriver driver, String param) {
        List<SearchResults.FacetValue> values = SearchResults.facet(driver, param);
        assertTrue(values.size() >= 2, "the " + param + " facet offers a choice: " + values);
        SearchResults.FacetValue fewest = values.stream()
                .min(java.util.Comparator.comparingInt(SearchResults.FacetValue::count)).orElseThrow();
        int total = values.stream().mapToInt(SearchResults.FacetValue::count).sum();
        assertTrue(fewest.count() > 0 && fewest.count() < total, () -> "choosing " + fewest + " narrows " + total);
        return fewest;
    }
}
