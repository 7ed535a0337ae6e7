package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.transferhub.e2e.SiteUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** The site with a keyboard only: skip link first, focus always visible, search and facets usable. */
class KeyboardTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    /** How many Tab presses a focus walk makes: the header, the menu and a good part of the page. */
    private static final int WALK = 40;

    /**
     * The focused element: its tag, id, classes, text, whether it shows a focus indicator
     * (an outline or a box shadow) and whether it is inside the viewport.
     */
    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow !== 'none';
            return {
              describe: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + (e.textContent || '').trim().slice(0, 40) + '"',
              id: e.id, classes: typeof e.className === 'string' ? e.className : '',
              indicator: outline || shadow,
              inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                  && r.top < innerHeight && r.left < innerWidth
            };
            """;

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatMovesFocusToTheMainContent() {
        SITE.open("/en/good-practices/as-fabrik/");
        tab();
        Map<String, Object> focused = focused();
        assertTrue(String.valueOf(focused.get("classes")).contains("skip-link"), "first Tab: " + focused);
        assertEquals(true, focused.get("inView"), "the focused skip link is shown");
        assertEquals(true, focused.get("indicator"), "the skip link shows focus");
        new Actions(SITE.browser().driver()).sendKeys(Keys.ENTER).perform();
        SITE.browser().waitUntil(d -> "main".equals(focused().get("id")));
    }

    @ParameterizedTest(name = "focus is always visible on {0}")
    @ValueSource(strings = {"/en/", "/en/good-practices/as-fabrik/", "/en/good-practices/", "/es/search/?q=industria"})
    void focusIsAlwaysVisible(String path) {
        SITE.open(path);
        assertEquals(List.of(), focusWalk());
    }

    @Test
    void theFocusWalkSeesAMissingFocusIndicator() {
        // So that a walk that checks nothing cannot pass the test above.
        SITE.open("/en/");
        // Through the CSSOM: the site's Content-Security-Policy rightly refuses an injected <style>.
        SITE.browser().script("document.styleSheets[0].insertRule("
                + "'*:focus, *:focus-visible { outline: none !important; box-shadow: none !important }',"
                + " document.styleSheets[0].cssRules.length);");
        List<String> problems = focusWalk();
        assertTrue(problems.size() > 10 && problems.getFirst().startsWith("Tab 1: no focus indicator on a.skip-link"),
                problems::toString);
    }

    /** Tabs through the page and lists every focused element without a visible indicator or off screen. */
    private static List<String> focusWalk() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < WALK; i++) {
            tab();
            Map<String, Object> focused = focusedOnceScrolled();
            if (focused == null) {
                break;
            }
            if (!Boolean.TRUE.equals(focused.get("indicator"))) {
                problems.add("Tab " + (i + 1) + ": no focus indicator on " + focused.get("describe"));
            }
            if (!Boolean.TRUE.equals(focused.get("inView"))) {
                problems.add("Tab " + (i + 1) + ": focused element off screen: " + focused.get("describe"));
            }
        }
        return problems;
    }

    @Test
    void searchAndFacetsWorkWithTheKeyboard() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/");
        tabUntil(f -> "search-q".equals(f.get("id")), "the search field");
        new Actions(driver).sendKeys("industry").perform();
        SITE.browser().waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        int before = SearchResults.hitTitles(driver).size();

        Map<String, Object> checkbox = tabUntil(f -> String.valueOf(f.get("describe")).startsWith("input#")
                && String.valueOf(f.get("describe")).contains("type"), "a type facet value");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        SITE.browser().waitUntil(d -> !SearchResults.urlParams(d, "type").isEmpty());
        SITE.browser().waitUntil(d -> SearchResults.hitTitles(d).size() < before
                || SearchResults.hitTypes(d).stream().distinct().count() == 1);
        assertFalse(SearchResults.hitTitles(driver).isEmpty(), "the chosen type has hits: " + checkbox);
        assertEquals(1, SearchResults.hitTypes(driver).stream().distinct().count(), "one type left");
        Map<String, Object> after = focused();
        assertEquals(checkbox.get("id"), after == null ? "(the page body)" : after.get("id"), "focus stays on the ticked facet value, not back at the"
                + " top of the page");
        assertEquals(true, SITE.browser().script("return document.activeElement.checked"));
    }

    @Test
    void aNextPageChosenWithTheKeyboardPutsFocusOnTheNewResults() {
        WebDriver driver = SITE.browser().driver();
        SITE.open("/en/search/?q=industry");
        driver.findElement(By.cssSelector(".search-pagination__next")).sendKeys(Keys.ENTER);
        SITE.browser().waitUntil(d -> SearchResults.urlParams(d, "page").equals(List.of("1")));
        SITE.browser().waitUntil(d -> focused() != null);
        assertEquals("h2", String.valueOf(focused().get("describe")).substring(0, 2),
                "focus is on the results heading: " + focused());
        assertTrue(String.valueOf(focused().get("classes")).contains("search-results__count"), focused().toString());
    }

    private static void tab() {
        new Actions(SITE.browser().driver()).sendKeys(Keys.TAB).perform();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused() {
        return (Map<String, Object>) SITE.browser().script(FOCUSED);
    }

    /**
     * The focused element once the browser has scrolled it into view: the theme scrolls
     * smoothly, so right after a Tab the element may still be on its way in.
     */
    private static Map<String, Object> focusedOnceScrolled() {
        long until = System.nanoTime() + 2_000_000_000L;
        Map<String, Object> focused = focused();
        while (focused != null && !Boolean.TRUE.equals(focused.get("inView")) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            focused = focused();
        }
        return focused;
    }

    private static Map<String, Object> tabUntil(java.util.function.Predicate<Map<String, Object>> wanted,
            String what) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            tab();
            Map<String, Object> focused = focused();
            if (focused != null && wanted.test(focused)) {
                return focused;
            }
            seen.add(focused == null ? "(body)" : String.valueOf(focused.get("describe")));
        }
        return fail("Tab never reached " + what + "; it went through " + seen);
    }
}
