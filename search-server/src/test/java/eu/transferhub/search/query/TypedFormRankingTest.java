package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word whose stem is the word itself ("plan") is indexed once, as the word: inflections still
 * find it, and the form as typed still ranks above other inflections, whichever of the two the
 * stem is.
 */
class TypedFormRankingTest {

    @RegisterExtension
    static final SmallArchive ARCHIVE = new SmallArchive(List.of(
            page("en/a/plan", "en", "A city plan", "The city adopted one plan for the harbour."),
            page("en/a/plans", "en", "City plans", "The city adopted several plans for the harbour."),
            page("en/a/planning", "en", "City planning", "Urban planning in the harbour district."),
            page("es/a/planes", "es", "Planes urbanos", "La ciudad aprobó varios planes para el puerto."),
            page("es/a/plan", "es", "Un plan urbano", "La ciudad aprobó un plan para el puerto.")));

    @Test
    void theWordThatIsItsOwnStemRanksAboveItsInflections() throws IOException {
        List<String> urls = urls("plan", "en");
        assertEquals("/en/a/plan/", urls.getFirst(), () -> "hits: " + urls);
        assertEquals(List.of("/en/a/plan/", "/en/a/plans/", "/en/a/planning/").stream().sorted().toList(),
                urls.stream().sorted().toList());
    }

    @Test
    void anInflectionRanksAboveTheWordThatIsItsStem() throws IOException {
        List<String> urls = urls("plans", "en");
        assertEquals("/en/a/plans/", urls.getFirst(), () -> "hits: " + urls);
        assertEquals(3, urls.size(), () -> "hits: " + urls);
    }

    @Test
    void eachLanguageFindsTheWordFromItsInflection() throws IOException {
        // "planes" stems to "plan" in Spanish: the page with the bare word is found too.
        List<String> urls = urls("planes", "es");
        assertEquals("/es/a/planes/", urls.getFirst(), () -> "hits: " + urls);
        assertEquals(List.of("/es/a/plan/", "/es/a/planes/"), urls.stream().sorted().toList());
    }

    @Test
    void aPhraseMatchesAWordIndexedOnlyAsWritten() throws IOException {
        // "plan" has no separate stem term in the index; the phrase's stem position must find it.
        assertEquals(List.of("/en/a/plan/"), urls("\"one plan\"", "en"));
        // A phrase matches other inflections of its words, so this one also finds "one plan".
        assertEquals(List.of("/en/a/plan/"), urls("\"one plans\"", "en"));
        assertEquals(List.of("/en/a/plans/"), urls("\"several plan\"", "en"));
    }

    private static List<String> urls(String query, String lang) throws IOException {
        return ARCHIVE.searcher().search(SearchRequest.of(query, lang)).hits().stream()
                .map(SearchResponse.Hit::url).toList();
    }

    private static SearchDocument page(String id, String lang, String title, String body) {
        return SmallArchive.page(id, lang, "article", title, body);
    }
}
