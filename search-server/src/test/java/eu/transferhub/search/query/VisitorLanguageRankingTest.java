package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The visitor's language ({@code ui}) ranks its pages first among pages that match the same
 * words; more of the words still wins, and counts and filters are the same with or without it.
 */
class VisitorLanguageRankingTest {

    @RegisterExtension
    static final SmallArchive ARCHIVE = new SmallArchive(List.of(
            // The name in three titles: by its words alone, these rank above the English
            // page that names it once in its body.
            page("es/themes/regeneracion", "es", "Zorrotzaurre", "Regeneración urbana de Zorrotzaurre."),
            page("pl/themes/rewitalizacja", "pl", "Zorrotzaurre", "Rewitalizacja Zorrotzaurre."),
            page("et/themes/linnauuendus", "et", "Zorrotzaurre", "Zorrotzaurre linnauuendus."),
            page("en/cities/bilbao", "en", "Bilbao", "The former industrial peninsula of Zorrotzaurre is being"
                    + " regenerated as a new district of the city, with housing, offices and parks."),
            // Both words, in Spanish: more of the words outranks the visitor's language.
            page("es/articles/peninsula", "es", "La península", "Zorrotzaurre es una península.")));

    @Test
    void withoutAVisitorLanguageTheWordsAloneRank() throws IOException {
        List<String> urls = urls(search("zorrotzaurre", null));
        assertEquals("/en/cities/bilbao/", urls.getLast(), () -> "hits: " + urls);
    }

    @Test
    void theVisitorsLanguageComesFirst() throws IOException {
        assertEquals("/en/cities/bilbao/", urls(search("zorrotzaurre", "en")).getFirst());
        List<String> polish = urls(search("zorrotzaurre", "pl"));
        assertEquals("/pl/themes/rewitalizacja/", polish.getFirst(), () -> "hits: " + polish);
    }

    @Test
    void aPageMatchingMoreOfTheWordsStillRanksAbove() throws IOException {
        // Two pages have both words ("península" folds to "peninsula"), neither in Polish: they
        // rank above the Polish page that has one.
        List<String> urls = urls(search("zorrotzaurre península", "pl"));
        assertEquals(List.of("/en/cities/bilbao/", "/es/articles/peninsula/"), urls.subList(0, 2).stream().sorted()
                .toList(), () -> "hits: " + urls);
        assertEquals("/pl/themes/rewitalizacja/", urls.get(2), () -> "hits: " + urls);
    }

    @Test
    void countsAndFacetsDoNotDependOnIt() throws IOException {
        SearchResponse neutral = search("zorrotzaurre", null);
        SearchResponse english = search("zorrotzaurre", "en");
        assertEquals(5, english.total());
        assertEquals(neutral.total(), english.total());
        assertEquals(neutral.facets().get("lang"), english.facets().get("lang"));
        assertEquals(Set.copyOf(urls(neutral)), Set.copyOf(urls(english)));
    }

    @Test
    void theSnippetMarksOnlyTheWords() throws IOException {
        SearchResponse.Hit bilbao = search("zorrotzaurre", "en").hits().getFirst();
        assertEquals("The former industrial peninsula of <mark>Zorrotzaurre</mark> is being regenerated as a new"
                + " district of the city, with housing, offices and parks.", bilbao.snippet());
    }

    private static SearchResponse search(String query, String visitorLang) throws IOException {
        return ARCHIVE.search(query, visitorLang);
    }

    private static List<String> urls(SearchResponse response) {
        return response.hits().stream().map(SearchResponse.Hit::url).toList();
    }

    private static SearchDocument page(String id, String lang, String title, String body) {
        return SmallArchive.page(id, lang, "article", title, body);
    }
}
