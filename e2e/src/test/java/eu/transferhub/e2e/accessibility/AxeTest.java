package eu.transferhub.e2e.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.PreviewSite;
import eu.transferhub.e2e.SiteUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core, the npm package, injected into the served pages: no serious or critical violation
 * on the home page, a good practice, a list and the search page with results, in English and
 * Spanish. Minor and moderate findings are printed, not failed.
 */
class AxeTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withBrowser();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
               .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));
            """;

    private static String axe;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = Files.readString(PreviewSite.directory("axe.script"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "axe on {0}")
    @ValueSource(strings = {"/en/", "/en/good-practices/as-fabrik/", "/en/good-practices/", "/en/search/?q=industry",
        "/es/", "/es/good-practices/as-fabrik/", "/es/good-practices/", "/es/search/?q=industria"})
    void noSeriousOrCriticalViolations(String path) throws IOException {
        SITE.open(path);
        if (path.contains("q=")) {
            SITE.browser().waitUntil(d -> !d.findElements(By.cssSelector(".search-hit")).isEmpty());
        }
        assertNoSeriousOrCriticalViolations(path);
    }

    @ParameterizedTest(name = "axe on {0} with the header's suggestions open")
    @ValueSource(strings = {"/en/", "/es/good-practices/as-fabrik/"})
    void noSeriousOrCriticalViolationsWithTheSuggestionsOpen(String path) throws IOException {
        SITE.open(path);
        WebElement box = SITE.browser().driver().findElement(By.id("header-search-q"));
        box.sendKeys("tim");
        SITE.browser().waitUntil(d -> "true".equals(box.getDomAttribute("aria-expanded")));
        box.sendKeys(Keys.ARROW_DOWN);
        assertNoSeriousOrCriticalViolations(path + " (suggestions open)");
    }

    @ParameterizedTest(name = "axe on {0} on a phone, filters folded and unfolded")
    @ValueSource(strings = {"/en/search/?q=industry&type=good-practice", "/es/search/?q=industria"})
    void noSeriousOrCriticalViolationsOnAPhone(String path) throws IOException {
        SITE.browser().viewport(Browser.MOBILE_WIDTH, Browser.MOBILE_HEIGHT);
        SITE.open(path);
        SITE.browser().waitUntil(d -> !d.findElements(By.cssSelector(".search-hit")).isEmpty());
        assertNoSeriousOrCriticalViolations(path + " (phone)");
        SITE.browser().driver().findElement(By.cssSelector(".search-filters__toggle")).click();
        assertNoSeriousOrCriticalViolations(path + " (phone, filters unfolded)");
    }

    private void assertNoSeriousOrCriticalViolations(String what) throws IOException {
        SITE.browser().script(axe);
        Object result = SITE.browser().driver().executeAsyncScript(RUN);
        JsonNode violations = JSON.readTree(String.valueOf(result));
        assertFalse(violations.has("error"), () -> "axe failed: " + violations);

        List<String> failing = new ArrayList<>();
        for (JsonNode violation : violations) {
            String line = describe(violation);
            if (FAILING.contains(violation.path("impact").asText())) {
                failing.add(line);
            } else {
                System.out.println("axe (not failing) on " + what + ": " + line);
            }
        }
        assertEquals(List.of(), failing, "serious or critical accessibility violations on " + what);
    }

    @org.junit.jupiter.api.Test
    void axeFindsAnImageWithoutAlternativeText() throws IOException {
        // So that a broken injection or an axe that checks nothing cannot pass the test above.
        SITE.open("/en/");
        SITE.browser().script("const img = document.createElement('img');"
                + " img.src = document.querySelector('.site-header__logo').src;"
                + " document.querySelector('main').append(img);");
        SITE.browser().script(axe);
        JsonNode violations = JSON.readTree(String.valueOf(SITE.browser().driver().executeAsyncScript(RUN)));
        List<String> ids = new ArrayList<>();
        violations.forEach(v -> ids.add(v.path("id").asText() + " " + v.path("impact").asText()));
        assertTrue(ids.contains("image-alt critical"), ids::toString);
    }

    private static String describe(JsonNode violation) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : violation.path("nodes")) {
            targets.add(node.path("target").toString());
            if (targets.size() == 5) {
                break;
            }
        }
        return violation.path("id").asText() + " [" + violation.path("impact").asText() + "] "
                + violation.path("help").asText() + " — " + violation.path("nodes").size() + " node(s): " + targets;
    }
}
