package eu.transferhub.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    @Test
    void sitePathsAreResolvedWithoutQueryAndFragment() {
        assertEquals(Optional.of("/en/cities/tartu/"), SiteLinks.sitePath("/en/cities/bilbao/", "../tartu/#team"));
        assertEquals(Optional.of("/en/a b/"), SiteLinks.sitePath("/en/x/", "/en/a%20b/"));
        assertEquals(Optional.empty(), SiteLinks.sitePath("/en/x/", "#top"));
        assertEquals(Optional.empty(), SiteLinks.sitePath("/en/x/", "https://example.org/en/"));
        assertEquals(Optional.empty(), SiteLinks.sitePath("/en/x/", "//example.org/en/"));
        assertEquals(Optional.empty(), SiteLinks.sitePath("/en/x/", "mailto:a@b.c"));
        assertEquals(Optional.of("/en/x/bad link with spaces"), SiteLinks.sitePath("/en/x/", "bad link with spaces"));
    }

    @Test
    void schemesAreRecognisedCaseInsensitively() {
        assertEquals(Optional.of("javascript"), SiteLinks.scheme("JavaScript:alert(1)"));
        assertEquals(Optional.empty(), SiteLinks.scheme("a/b:c"));
        assertEquals(Optional.empty(), SiteLinks.scheme(":x"));
    }
}
