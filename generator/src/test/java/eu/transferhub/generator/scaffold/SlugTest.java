package eu.transferhub.generator.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugTest {

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(delimiter = '|', value = {
        "Timișoara | timisoara",
        "Timişoara (cedilla) | timisoara-cedilla",
        "Bielsko-Biała | bielsko-biala",
        "Łódź | lodz",
        "AS-Fabrik: industry meets digital services | as-fabrik-industry-meets-digital-services",
        "Tartu ülikool ja Õpetajad | tartu-ulikool-ja-opetajad",
        "Straße in Malmö | strasse-in-malmo",
        "  --Hello,   World!--  | hello-world",
        "İstanbul 2030 | istanbul-2030",
    })
    void transliteratesToAsciiWordsJoinedByHyphens(String title, String slug) {
        assertEquals(slug, Slug.of(title));
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slug.of("a very long title that goes on and on about smart specialisation at city level");
        assertEquals("a-very-long-title-that-goes-on-and-on-about-smart", slug);
    }

    @Test
    void refusesATitleWithoutLatinLettersOrDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Slug.of("Ελλάδα!"));
        assertEquals("cannot make a URL slug from \"Ελλάδα!\": it has no letters or digits in the"
                + " Latin alphabet; choose one with --slug", e.getMessage());
    }
}
