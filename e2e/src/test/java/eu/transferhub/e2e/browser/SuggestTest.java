package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.SiteUnderTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The header's search box suggests pages and searches as the visitor types (suggest.js over
 * /api/suggest), as a WAI-ARIA combobox: with the keyboard, the mouse and a screen reader.
 */
class SuggestTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    private static WebElement box(WebDriver driver) {
        return driver.findElement(By.id("header-search-q"));
    }

    /** Types {@code text} into the header box of {@code path} and waits for the list. */
    private static WebDriver typed(String path, String text) {
        WebDriver driver = SITE.browser().driver();
        SITE.open(path);
        box(driver).sendKeys(text);
        SITE.browser().waitUntil(d -> "true".equals(box(d).getDomAttribute("aria-expanded")));
        return driver;
    }

    private static List<WebElement> options(WebDriver driver) {
        return driver.findElements(By.cssSelector("#header-search-suggestions [role=option]"));
    }

    private static String path(WebDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    @Test
    void typingListsPagesAndSearchesInThePagesLanguage() {
        WebDriver driver = typed("/en/good-practices/as-fabrik/", "tim");
        WebElement list = driver.findElement(By.id("header-search-suggestions"));
        assertTrue(list.isDisplayed());
        assertEquals("listbox", list.getDomAttribute("role"));
        assertEquals("Suggestions", list.getDomAttribute("aria-label"));
        assertEquals("combobox", box(driver).getDomAttribute("role"));
        assertEquals("header-search-suggestions", box(driver).getDomAttribute("aria-controls"));

        List<String> groups = driver.findElements(By.cssSelector("#header-search-suggestions [role=group]")).stream()
                .map(g -> driver.findElement(By.id(g.getDomAttribute("aria-labelledby"))).getText()).toList();
        assertEquals(List.of("PAGES", "SEARCHES"), groups, "the labels are shown in capitals by the CSS");
        List<String> pages = driver.findElements(By.cssSelector(".suggestions__option--page")).stream()
                .map(WebElement::getText).toList();
        assertTrue(pages.contains("Timișoara"), () -> "pages: " + pages);
        assertEquals(options(driver).size() + " suggestions; use the up and down arrows to choose one.",
                driver.findElement(By.cssSelector(".search-box [role=status]")).getText().strip());

        WebDriver spanish = typed("/es/good-practices/as-fabrik/", "tim");
        assertEquals("Sugerencias", spanish.findElement(By.id("header-search-suggestions")).getDomAttribute("aria-label"));
        assertTrue(spanish.findElements(By.cssSelector(".suggestions__option--page")).stream()
                .allMatch(o -> "es".equals(o.getDomAttribute("lang"))), "Spanish pages on a Spanish page");
    }

    @Test
    void theArrowsChooseAnOptionAndEnterOpensThatPage() {
        WebDriver driver = typed("/en/", "tim");
        assertNull(box(driver).getDomAttribute("aria-activedescendant"), "nothing is chosen before an arrow");

        box(driver).sendKeys(Keys.ARROW_DOWN);
        WebElement first = options(driver).getFirst();
        assertEquals(first.getDomAttribute("id"), box(driver).getDomAttribute("aria-activedescendant"));
        assertEquals("true", first.getDomAttribute("aria-selected"));
        assertEquals("header-search-q", SITE.browser().script("return document.activeElement.id"),
                "focus stays in the box");

        box(driver).sendKeys(Keys.ARROW_DOWN);
        box(driver).sendKeys(Keys.ARROW_UP);
        assertEquals(first.getDomAttribute("id"), box(driver).getDomAttribute("aria-activedescendant"));
        assertEquals("false", options(driver).get(1).getDomAttribute("aria-selected"));

        String title = first.getText();
        box(driver).sendKeys(Keys.ENTER);
        SITE.browser().waitUntil(d -> !path(d).equals("/en/"));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the chosen page opened");
    }

    @Test
    void upFromTheBoxChoosesTheLastOptionASearchWhichEnterRuns() {
        WebDriver driver = typed("/en/", "tim");
        box(driver).sendKeys(Keys.ARROW_UP);
        WebElement last = options(driver).getLast();
        assertTrue(last.getDomAttribute("class").contains("suggestions__option--search"));
        String term = last.getText();

        box(driver).sendKeys(Keys.ENTER);
        SITE.browser().waitUntil(d -> path(d).equals("/en/search/"));
        assertEquals(List.of(term), SearchResults.urlParams(driver, "q"));
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
    }

    @Test
    void enterWithNothingChosenSearchesForWhatWasTyped() {
        WebDriver driver = typed("/en/", "tim");
        box(driver).sendKeys(Keys.ENTER);
        SITE.browser().waitUntil(d -> path(d).equals("/en/search/"));
        assertEquals(List.of("tim"), SearchResults.urlParams(driver, "q"));
    }

    @Test
    void escapeClosesTheListAndKeepsTheText() {
        WebDriver driver = typed("/en/", "tim");
        box(driver).sendKeys(Keys.ARROW_DOWN);
        box(driver).sendKeys(Keys.ESCAPE);

        assertEquals("false", box(driver).getDomAttribute("aria-expanded"));
        assertFalse(driver.findElement(By.id("header-search-suggestions")).isDisplayed());
        assertNull(box(driver).getDomAttribute("aria-activedescendant"));
        assertEquals("tim", box(driver).getDomProperty("value"), "Escape closed the list, not the text");
        assertEquals("header-search-q", SITE.browser().script("return document.activeElement.id"));

        box(driver).sendKeys(Keys.ARROW_DOWN);
        SITE.browser().waitUntil(d -> "true".equals(box(d).getDomAttribute("aria-expanded")));
        assertNull(box(driver).getDomAttribute("aria-activedescendant"), "the list is back, nothing chosen yet");
    }

    @Test
    void tabLeavesTheBoxWithTheListClosed() {
        WebDriver driver = typed("/en/", "tim");
        box(driver).sendKeys(Keys.TAB);
        assertEquals("false", box(driver).getDomAttribute("aria-expanded"));
        assertFalse(driver.findElement(By.id("header-search-suggestions")).isDisplayed());
    }

    @Test
    void aClickOnAnOptionOpensIt() {
        WebDriver driver = typed("/en/", "tim");
        WebElement page = driver.findElements(By.cssSelector(".suggestions__option--page")).stream()
                .filter(o -> o.getText().equals("Timișoara")).findFirst().orElseThrow();
        page.click();
        SITE.browser().waitUntil(d -> path(d).equals("/en/cities/timisoara/"));
    }

    @Test
    void onAHostWithoutTheSearchServerTheBoxAsksOnceAndStaysAPlainForm() throws InterruptedException {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/");
        // As a static host answers: no /api/ at all.
        SITE.browser().script("window.__suggestCalls = 0; var real = window.fetch;"
                + "window.fetch = function (url) {"
                + "  if (String(url).indexOf('api/suggest') < 0) { return real.apply(this, arguments); }"
                + "  window.__suggestCalls++;"
                + "  return Promise.resolve(new Response('Not found', {status: 404}));"
                + "};");
        box(driver).sendKeys("tim");
        SITE.browser().waitUntil(d -> Long.valueOf(1).equals(SITE.browser().script("return window.__suggestCalls")));
        box(driver).sendKeys("i");
        box(driver).sendKeys("s");
        Thread.sleep(800);
        assertEquals(1L, SITE.browser().script("return window.__suggestCalls"), "one 404 is enough to know");
        assertEquals("false", box(driver).getDomAttribute("aria-expanded"));
        box(driver).sendKeys(Keys.ENTER);
        SITE.browser().waitUntil(d -> path(d).equals("/en/search/"));
        assertEquals(List.of("timis"), SearchResults.urlParams(driver, "q"), "the form still searches");
    }

    @Test
    void onAPhoneTheListFitsTheScreen() {
        SITE.browser().viewport(Browser.MOBILE_WIDTH, Browser.MOBILE_HEIGHT);
        // The longest titles: Polish.
        typed("/pl/", "bi");
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) SITE.browser().script(
                "var r = document.getElementById('header-search-suggestions').getBoundingClientRect();"
                + " return {left: r.left, right: r.right, width: document.documentElement.scrollWidth};");
        assertTrue(box.get("left").doubleValue() >= 0, box::toString);
        assertTrue(box.get("right").doubleValue() <= Browser.MOBILE_WIDTH, box::toString);
        assertTrue(box.get("width").intValue() <= Browser.MOBILE_WIDTH, () -> "the page scrolls sideways: " + box);
    }

    @Test
    void oneLetterSuggestsNothing() throws InterruptedException {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/");
        box(driver).sendKeys("t");
        // Longer than the script's debounce and an answer from the local server.
        Thread.sleep(800);
        assertEquals("false", box(driver).getDomAttribute("aria-expanded"));
        assertTrue(options(driver).isEmpty());
    }
}
