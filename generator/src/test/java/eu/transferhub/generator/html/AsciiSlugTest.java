package eu.transferhub.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsciiSlugTest {

    @Test
    void lettersOfTheHubsLanguagesBecomeAscii() {
        assertEquals("timisoara-lodz-co", AsciiSlug.of("Timișoara: Łódź & Co."));
        assertEquals("tookoht-paaskula", AsciiSlug.of("Töökoht Pääsküla"));
        assertEquals("euskal-herria-n", AsciiSlug.of("Euskal Herria – Ñ"));
        assertEquals("strasse-aeoe-istanbul", AsciiSlug.of("Straße æœ İstanbul"));
        assertEquals("section", AsciiSlug.of("Город"));
        assertEquals("a1-b2", AsciiSlug.of("--A1  b2--"));
    }
}
