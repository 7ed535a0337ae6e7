package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.SiteUnderTest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The search page's filters on a phone are folded under one summary, so the first hit is on the
 * first screen rather than below some sixty checkboxes; on a wide screen they stand open beside
 * the hits with no summary to click. A long facet folds all but its first eight values.
 */
class FoldedFiltersTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    private static WebElement toggle(WebDriver driver) {
        return driver.findElement(By.cssSelector(".search-filters__toggle"));
    }

    private static boolean panelOpen() {
        return (Boolean) SITE.browser().script("return document.querySelector('.search-filters__panel').open");
    }

    @Test
    void onAPhoneTheFirstHitIsOnTheFirstScreenAndTheFiltersUnfoldOnDemand() {
        Browser browser = SITE.browser();
        WebDriver driver = browser.driver();
        browser.viewport(Browser.MOBILE_WIDTH, Browser.MOBILE_HEIGHT);
        SITE.open("/en/search/?q=industry");
        browser.waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());

        double firstHit = ((Number) browser.script(
                "return document.querySelector('.search-hit').getBoundingClientRect().top")).doubleValue();
        assertTrue(firstHit < Browser.MOBILE_HEIGHT, "the first hit starts " + firstHit + " px down a "
                + Browser.MOBILE_HEIGHT + " px screen");
        List<SearchResults.FacetValue> types = SearchResults.facet(driver, "type");
        assertFalse(types.get(0).input().isDisplayed(), "the facets are folded");
        assertEquals("Filter results", toggle(driver).getText());

        toggle(driver).click();
        SearchResults.FacetValue fewest = types.stream().min(Comparator.comparingInt(SearchResults.FacetValue::count))
                .orElseThrow();
        assertTrue(fewest.input().isDisplayed(), "unfolded, the facets can be chosen");
        String headingBefore = SearchResults.heading(driver);
        fewest.input().sendKeys(Keys.SPACE);
        browser.waitUntil(d -> SearchResults.urlParams(d, "type").equals(List.of(fewest.value()))
                && !SearchResults.heading(d).equals(headingBefore));

        assertTrue(panelOpen(), "the new results keep the panel unfolded while the visitor chooses");
        assertEquals("search-type-" + fewest.value(), browser.script("return document.activeElement.id"),
                "focus stays on the value just ticked");
        assertEquals("Filter results (Chosen: 1)", toggle(driver).getText());

        toggle(driver).click();
        assertFalse(panelOpen());
        assertTrue(driver.findElement(By.cssSelector(".search-filters__clear")).isDisplayed(),
                "with the panel folded, the filters can still be cleared");
    }

    @Test
    void aLongFacetShowsItsFirstEightValuesAndUnfoldsTheRestWhichStayUnfoldedWhileTheVisitorChooses() {
        Browser browser = SITE.browser();
        WebDriver driver = browser.driver();
        SITE.open("/en/search/?q=fabrik+tartu");
        browser.waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        List<SearchResults.FacetValue> cities = SearchResults.facet(driver, "city");
        assertTrue(cities.size() > 10, "the bundled content names many cities: " + cities.size());

        assertEquals(8, cities.stream().filter(v -> v.input().isDisplayed()).count());
        WebElement more = driver.findElement(By.cssSelector(".search-facet[data-facet='city'] .search-facet__more-toggle"));
        assertEquals("Show " + (cities.size() - 8) + " more", more.getText());
        more.sendKeys(Keys.ENTER);
        SearchResults.FacetValue last = cities.get(cities.size() - 1);
        assertTrue(last.input().isDisplayed(), "unfolded");
        assertEquals("Show fewer", more.getText(), "the summary now says it folds them again");

        String headingBefore = SearchResults.heading(driver);
        last.input().sendKeys(Keys.SPACE);
        browser.waitUntil(d -> SearchResults.urlParams(d, "city").equals(List.of(last.value()))
                && !SearchResults.heading(d).equals(headingBefore));
        assertEquals("search-city-" + last.value(), browser.script("return document.activeElement.id"));
        assertTrue(driver.findElement(By.id("search-city-" + last.value())).isDisplayed(),
                "the value just ticked is still in sight");

        String script = SearchResults.canonicalMarkup(browser);
        driver.navigate().refresh();
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState")));
        assertEquals(SearchResults.canonicalMarkup(browser), script, "the server folds as search.js does");
    }

    @Test
    void onAWideScreenTheFiltersStandOpenWithTheirHeadingAndNoSummary() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/?q=industry");
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());

        assertTrue(SearchResults.facet(driver, "type").get(0).input().isDisplayed());
        assertFalse(toggle(driver).isDisplayed(), "nothing to unfold");
        assertTrue(driver.findElement(By.id("search-filters-title")).isDisplayed());
        double filters = ((Number) SITE.browser().script(
                "return document.querySelector('.search-filters').getBoundingClientRect().right")).doubleValue();
        double firstHit = ((Number) SITE.browser().script(
                "return document.querySelector('.search-hit').getBoundingClientRect().left")).doubleValue();
        assertTrue(filters <= firstHit, "the filters stand beside the hits: " + filters + " / " + firstHit);
    }
}
