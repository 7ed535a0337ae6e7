package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.SiteUnderTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** {@code hub serve} while an editor clicks around the preview in an ordinary browser. */
class PreviewReloadTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withoutBrowser();

    @Test
    void visitingMoreThanSixPagesWithTheBackForwardCacheOn() {
        List<String> pages = List.of("/en/", "/es/", "/eu/", "/et/", "/pl/", "/ro/", "/en/good-practices/",
                "/en/cities/bilbao/");
        try (Browser browser = Browser.start(true, true)) {
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));
            for (String page : pages) {
                browser.open(SITE.preview().url(page));
                assertEquals(1, browser.driver().findElements(By.tagName("h1")).size(), page);
            }
        }
    }
}
