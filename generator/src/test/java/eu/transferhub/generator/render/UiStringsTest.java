package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.render.view.Messages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiStringsTest {

    /** The keys the search page's script and the search server read from /_search/strings.<lang>.json. */
    static final List<String> SEARCH_KEYS = List.of("search.title", "search.label", "search.placeholder", "search.submit",
            "search.resultsCount", "search.resultsOne", "search.noResults", "search.didYouMean", "search.filters",
            "search.facet.type", "search.facet.city", "search.facet.network", "search.facet.theme", "search.facet.year",
            "search.facet.lang", "search.clearFilters", "search.sort", "search.sort.relevance", "search.sort.date",
            "search.previous", "search.next", "search.page", "search.partial", "search.error", "search.invalid",
            "search.apply",
            "type.good-practice", "type.case-study", "type.journal", "type.article", "type.network", "type.city",
            "type.theme", "type.page");

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "eu", "et", "pl", "ro"})
    void everyLanguageHasExactlyTheEnglishKeys(String lang) {
        Set<String> english = Rendered.defaultTheme().messages("en").all().keySet();
        assertEquals(english, Rendered.defaultTheme().messages(lang).all().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "eu", "et", "pl", "ro"})
    void everyLanguageHasTheStringsTheSearchPageNeeds(String lang) {
        Messages messages = Rendered.defaultTheme().messages(lang);
        for (String key : SEARCH_KEYS) {
            assertTrue(messages.find(key).isPresent(), lang + " lacks " + key);
        }
        for (String key : List.of("search.resultsCount", "search.resultsOne", "search.noResults")) {
            assertTrue(messages.text(key).contains("{query}"), lang + " " + key + " must place the query");
        }
        assertTrue(messages.text("search.resultsCount").contains("{count}"), lang);
        assertTrue(messages.text("search.page").contains("{page}") && messages.text("search.page").contains("{pages}"), lang);
    }

    @Test
    void translationsUseTheirLanguagesLetters() {
        assertTrue(allText("es").contains("ñ") && allText("es").contains("ó"));
        assertTrue(allText("et").contains("õ") && allText("et").contains("ä") && allText("et").contains("ü"));
        assertTrue(allText("pl").contains("ł") && allText("pl").contains("ę") && allText("pl").contains("ś"));
        assertTrue(allText("ro").contains("ț") && allText("ro").contains("ș") && allText("ro").contains("ă"));
        // Romanian is written with comma-below ș/ț; the cedilla forms are a classic encoding mistake.
        assertFalse(allText("ro").contains("ş") || allText("ro").contains("ţ"));
    }

    @Test
    void languagesAreNamedInEachOthersLanguage() {
        assertEquals("Not available in Spanish", Rendered.defaultTheme().messages("en").text("lang.unavailable.es"));
        assertEquals("No disponible en inglés", Rendered.defaultTheme().messages("es").text("lang.unavailable.en"));
        assertEquals("Niedostępne w języku rumuńskim", Rendered.defaultTheme().messages("pl").text("lang.unavailable.ro"));
    }

    @Test
    void formatFillsPlaceholdersAndKeepsUnknownOnes() {
        Messages messages = new Messages("en", Map.of("a", "{count} results for “{query}” {other}"));
        assertEquals("3 results for “tartu” {other}", messages.format("a", Map.of("count", "3", "query", "tartu")));
    }

    @Test
    void templatesReadKeysThatAreAlsoPrefixesOfOtherKeys() {
        Map<String, Object> tree = Rendered.defaultTheme().messages("en").tree();
        Object sort = ((Map<?, ?>) tree.get("search")).get("sort");
        assertEquals("Sort by", sort.toString());
        assertEquals("Relevance", ((Map<?, ?>) sort).get("relevance").toString());
    }

    private static String allText(String lang) {
        return String.join("\n", Rendered.defaultTheme().messages(lang).all().values());
    }
}
