package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.PreviewSite;
import eu.transferhub.e2e.SiteUnderTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Narrow screens: at a phone's 390 CSS pixels nothing is wider than the viewport. Every run
 * also writes screenshots of the main page kinds at desktop and phone widths to
 * {@code target/screenshots/}, for a person to look at.
 */
class ResponsiveLayoutTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    /**
     * Elements sticking out to the right of a phone's screen. Measured against the phone's
     * width, not the layout viewport's: with mobile emulation, as on a real phone, a page
     * with something too wide gets a wider layout viewport and is shown zoomed out.
     */
    private static final String OVERFLOWING = """
            const width = arguments[0];
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
              .filter(e => !e.closest('.visually-hidden, .skip-link'))
              .slice(0, 10)
              .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                  ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' right=' + Math.round(e.getBoundingClientRect().right));
            """;

    @ParameterizedTest(name = "nothing overflows {0} at 390 px")
    @ValueSource(strings = {"/en/", "/en/good-practices/as-fabrik/", "/en/good-practices/", "/en/search/?q=industry",
        "/en/cities/bilbao/", "/en/themes/", "/pl/good-practices/as-fabrik/", "/ro/search/?q=industria"})
    void nothingOverflowsHorizontallyOnAPhone(String path) {
        Browser browser = SITE.browser();
        browser.viewport(Browser.MOBILE_WIDTH, Browser.MOBILE_HEIGHT);
        SITE.open(path);
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) browser.script(OVERFLOWING, Browser.MOBILE_WIDTH);
        assertEquals(List.of(), overflowing, "elements wider than the " + Browser.MOBILE_WIDTH + " px screen");
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= Browser.MOBILE_WIDTH, "the page scrolls sideways: scrollWidth " + scrollWidth);
        assertEquals(Browser.MOBILE_WIDTH, ((Number) browser.script("return innerWidth")).intValue(),
                "the page is laid out at the phone's width, not zoomed out");
    }

    /**
     * Words of letters only that the layout broke across two lines without a hyphen: where a
     * column is narrower than a word of the page's language (Polish "zaawansowanych" in a
     * two-column grid of result cards), {@code overflow-wrap: anywhere} cuts it. Hyphenated
     * names may break at their hyphen, and a browser without the language's hyphenation
     * dictionary draws no hyphen, so only the word's own width can avoid it.
     */
    private static final String BROKEN_WORDS = """
            const broken = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.closest('.visually-hidden')) continue;
              for (const match of node.textContent.matchAll(/\\p{L}{4,}/gu)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(match[0]);
              }
            }
            return broken.slice(0, 10);
            """;

    @ParameterizedTest(name = "no word is cut in two on {0} at 390 px")
    @ValueSource(strings = {"/en/", "/en/good-practices/as-fabrik/", "/pl/good-practices/as-fabrik/",
        "/eu/good-practices/as-fabrik/", "/et/good-practices/as-fabrik/", "/ro/good-practices/as-fabrik/",
        "/es/cities/bilbao/", "/pl/networks/as-transfer/"})
    void noWordIsCutInTwoOnAPhone(String path) {
        Browser browser = SITE.browser();
        browser.viewport(Browser.MOBILE_WIDTH, Browser.MOBILE_HEIGHT);
        SITE.open(path);
        assertEquals(List.of(), browser.script(BROKEN_WORDS), "words broken across lines without a hyphen");
    }

    @ParameterizedTest(name = "screenshot of {1} at {0}")
    @CsvSource({
        "desktop, home,          /en/",
        "desktop, good-practice, /en/good-practices/as-fabrik/",
        "desktop, list,          /en/good-practices/",
        "desktop, search,        /en/search/?q=industry",
        "mobile,  home,          /en/",
        "mobile,  good-practice, /en/good-practices/as-fabrik/",
        "mobile,  list,          /en/good-practices/",
        "mobile,  search,        /en/search/?q=industry",
    })
    void screenshots(String width, String name, String path) throws IOException {
        Browser browser = SITE.browser();
        boolean mobile = width.equals("mobile");
        browser.viewport(mobile ? Browser.MOBILE_WIDTH : Browser.DESKTOP_WIDTH,
                mobile ? Browser.MOBILE_HEIGHT : Browser.DESKTOP_HEIGHT);
        SITE.open(path);
        if (path.contains("q=")) {
            browser.waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        }
        Path file = PreviewSite.directory("screenshots.dir").resolve(name + "-" + width + ".png");
        Files.deleteIfExists(file);
        browser.screenshot(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(mobile ? Browser.MOBILE_WIDTH : Browser.DESKTOP_WIDTH, image.getWidth(), file + " width");
        assertTrue(image.getHeight() >= (mobile ? Browser.MOBILE_HEIGHT : 400), file + " shows the page");
    }
}
