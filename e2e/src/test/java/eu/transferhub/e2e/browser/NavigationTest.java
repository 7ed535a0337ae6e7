package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.SiteUnderTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page in every language, and moving between translations with the language switcher. */
class NavigationTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    @ParameterizedTest(name = "home page in {0}")
    @CsvSource({"en, English", "es, Español", "eu, Euskara", "et, Eesti", "pl, Polski", "ro, Română"})
    void homePageInEachLanguage(String lang, String languageName) {
        SITE.open("/" + lang + "/");
        var driver = SITE.browser().driver();

        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getTitle().contains("Transfer Hub"), driver.getTitle());
        assertEquals(1, driver.findElements(By.tagName("h1")).size(), "exactly one h1");
        assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank(), "the h1 has text");
        assertEquals(languageName, driver.findElement(By.cssSelector(".lang-switcher__current")).getText(),
                "the switcher marks the current language");
        List<WebElement> menu = driver.findElements(By.cssSelector(".site-nav__link"));
        assertEquals(7, menu.size(), "the menu has the seven sections");
        for (WebElement link : menu) {
            assertTrue(URI.create(link.getAttribute("href")).getPath().startsWith("/" + lang + "/"),
                    () -> "menu link " + link.getAttribute("href") + " stays in " + lang);
        }
    }

    @Test
    void languageSwitcherMovesBetweenTranslationsOfTheSamePage() {
        SITE.open("/en/good-practices/as-fabrik/");
        var driver = SITE.browser().driver();
        String englishTitle = driver.findElement(By.tagName("h1")).getText();

        driver.findElement(By.cssSelector(".lang-switcher__link[hreflang='es']")).click();
        SITE.browser().waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/es/good-practices/as-fabrik/"));
        assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Español", driver.findElement(By.cssSelector(".lang-switcher__current")).getText());
        String spanishTitle = driver.findElement(By.tagName("h1")).getText();
        assertFalse(spanishTitle.equals(englishTitle), "the Spanish page shows the Spanish title: " + spanishTitle);

        driver.findElement(By.cssSelector(".lang-switcher__link[hreflang='en']")).click();
        SITE.browser().waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/en/good-practices/as-fabrik/"));
        assertEquals(englishTitle, driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void everyLanguageLinkOfAPageLeadsToThatLanguagesVersionOfIt() {
        SITE.open("/en/cities/bilbao/");
        var driver = SITE.browser().driver();
        List<String> targets = driver.findElements(By.cssSelector(".lang-switcher__link")).stream()
                .map(link -> link.getAttribute("hreflang") + " " + URI.create(link.getAttribute("href")).getPath())
                .toList();
        assertFalse(targets.isEmpty(), "Bilbao's profile is translated");
        for (String target : targets) {
            String lang = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            assertEquals("/" + lang + "/cities/bilbao/", path, "the " + lang + " link");
            SITE.open(path);
            assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void consoleErrorsOfAPageAreCaught() {
        // The guard every browser test relies on (SiteUnderTest fails a test on any console
        // error) must see one: a missing page is a failed resource load.
        SITE.open("/en/no-such-page/");
        List<String> errors = SITE.browser().takeConsoleErrors();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.getFirst().contains("/en/no-such-page/") && errors.getFirst().contains("404"),
                errors::toString);
        SITE.browser().script("setTimeout(() => { throw new Error('thrown on purpose'); }, 0)");
        SITE.browser().waitUntil(d -> SITE.browser().takeConsoleErrors().stream()
                .anyMatch(e -> e.contains("thrown on purpose")));
    }
}
