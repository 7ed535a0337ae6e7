package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.query.SearchRequest;
import eu.transferhub.search.query.SearchResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The view model of the results partial, from a hand-made response. */
class ResultsViewBuilderTest {

    private static final ResultsViewBuilder VIEWS = new ResultsViewBuilder("en", "/en/search/", UiStrings.defaults());

    /** {@code n} values of a facet, most frequent first, with {@code selected} chosen. */
    private static List<SearchResponse.FacetValue> values(String prefix, int n, Set<String> selected) {
        return IntStream.range(0, n).mapToObj(i -> new SearchResponse.FacetValue(prefix + i, "Value " + i, 100 - i,
                selected.contains(prefix + i))).toList();
    }

    private static ResultsView.Facet facet(Set<String> cities, int cityCount, int themeCount) {
        SearchResponse response = new SearchResponse(50, 1, false, List.of(), Map.of(
                "city", values("c", cityCount, cities), "theme", values("t", themeCount, Set.of())), null);
        SearchRequest request = new SearchRequest("x", null, Set.of(), cities, Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 0, 10);
        List<ResultsView.Facet> facets = VIEWS.results(request, response).filters().facets();
        assertEquals(List.of("city", "theme"), facets.stream().map(ResultsView.Facet::param).toList());
        return facets.get(0);
    }

    @Test
    void aLongFacetShowsItsFirstEightValuesAndFoldsTheRest() {
        ResultsView.Facet city = facet(Set.of(), 12, 3);

        assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"),
                city.values().stream().map(ResultsView.FacetValue::value).toList());
        assertEquals("Show 4 more", city.more().label());
        assertEquals("Show fewer", city.more().fewerLabel());
        assertEquals(List.of("c8", "c9", "c10", "c11"),
                city.more().values().stream().map(ResultsView.FacetValue::value).toList());
        assertFalse(city.more().open());
    }

    @Test
    void theFoldIsOpenWhenAValueInItIsChosenAndClosedWhenTheChosenOneIsShownAnyway() {
        assertTrue(facet(Set.of("c10"), 12, 3).more().open(), "a chosen value is never hidden");
        assertFalse(facet(Set.of("c2"), 12, 3).more().open());
    }

    @Test
    void aFacetOfTenValuesOrFewerIsNotFolded() {
        ResultsView.Facet city = facet(Set.of(), 10, 3);

        assertEquals(10, city.values().size(), "a fold of one or two values would save less than it takes");
        assertNull(city.more());
        assertEquals("Show 3 more", facet(Set.of(), 11, 3).more().label());
    }
}
