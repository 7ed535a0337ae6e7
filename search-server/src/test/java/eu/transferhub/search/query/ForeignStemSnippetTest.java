package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query holds every language's stems of each word, and a stem of one language can be a word
 * of another: "fabrik" is "fab" in Basque, and "Fab Lab" is written in Spanish and English
 * pages too. The snippet of a page marks only what its own language's analysis (or the word as
 * typed) explains.
 */
class ForeignStemSnippetTest {

    @RegisterExtension
    static final SmallArchive ARCHIVE = new SmallArchive(List.of(
            page("es/good-practices/as-fabrik", "es", "AS-Fabrik ofrece un Fab Lab de pruebas para las startups."),
            page("eu/good-practices/as-fabrik", "eu", "Fab laborategia eta fabriken sarea.")));

    @Test
    void aSpanishPageIsNotMarkedWhereOnlyTheBasqueStemMatches() throws IOException {
        assertEquals("AS-<mark>Fabrik</mark> ofrece un Fab Lab de pruebas para las startups.",
                snippets("fabrik").get("/es/good-practices/as-fabrik/"));
    }

    @Test
    void norInAQueryWithAPhrase() throws IOException {
        // Lucene's highlighter takes the words outside a phrase from the query, not the term list.
        assertEquals("AS-<mark>Fabrik</mark> ofrece un Fab Lab de <mark>pruebas</mark> <mark>para</mark> <mark>las</mark>"
                + " <mark>startups</mark>.",
                snippets("fabrik \"pruebas para las startups\"").get("/es/good-practices/as-fabrik/"));
    }

    @Test
    void aBasquePageIsMarkedWhereverTheBasqueStemMatches() throws IOException {
        assertEquals("<mark>Fab</mark> laborategia eta <mark>fabriken</mark> sarea.",
                snippets("fabrik").get("/eu/good-practices/as-fabrik/"));
    }

    @Test
    void theWordAsTypedIsMarkedInEveryLanguage() throws IOException {
        assertEquals("AS-Fabrik ofrece un <mark>Fab</mark> Lab de pruebas para las startups.",
                snippets("fab").get("/es/good-practices/as-fabrik/"));
    }

    private static Map<String, String> snippets(String query) throws IOException {
        Map<String, String> byUrl = new TreeMap<>();
        ARCHIVE.search(query, null).hits().forEach(hit -> byUrl.put(hit.url(), hit.snippet()));
        return byUrl;
    }

    private static SearchDocument page(String id, String lang, String body) {
        return SmallArchive.page(id, lang, "good-practice", "AS-Fabrik", body);
    }
}
