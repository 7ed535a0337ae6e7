package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page body is a value, whatever form it keeps its HTML in. */
class PageContentTest {

    private static final String HTML = "<h2 id=\"bielsko-biała\">Bielsko-Biała</h2><p>Timișoara, Tartu 🌳 &amp; Bilbao</p>";

    @Test
    void theHtmlComesBackAsItWasGiven() {
        assertEquals(HTML, content(HTML).html());
        assertEquals("", PageContent.empty().html());
    }

    @Test
    void equalPartsMakeEqualContents() {
        assertEquals(content(HTML), content(HTML));
        assertEquals(content(HTML).hashCode(), content(HTML).hashCode());
    }

    @Test
    void anyDifferentPartMakesADifferentContent() {
        PageContent base = content(HTML);
        assertNotEquals(base, content(HTML.replace("Tartu", "Tallinn")));
        assertNotEquals(base, new PageContent(HTML, "other text", "Summary.", List.of(), List.of("Bielsko-Biała")));
        assertNotEquals(base, new PageContent(HTML, "Bielsko-Biała Timișoara", "Other.", List.of(),
                List.of("Bielsko-Biała")));
        assertNotEquals(base, new PageContent(HTML, "Bielsko-Biała Timișoara", "Summary.",
                List.of(new TocEntry(2, "bielsko-biała", "Bielsko-Biała")), List.of("Bielsko-Biała")));
        assertNotEquals(base, new PageContent(HTML, "Bielsko-Biała Timișoara", "Summary.", List.of(), List.of()));
    }

    private static PageContent content(String html) {
        return new PageContent(html, "Bielsko-Biała Timișoara", "Summary.", List.of(), List.of("Bielsko-Biała"));
    }
}
