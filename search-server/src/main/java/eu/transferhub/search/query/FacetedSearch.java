package eu.transferhub.search.query;

import eu.transferhub.search.index.FacetDimension;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One search with drill-sideways facet counts: the hits and the counts of unselected facets
 * come from the query with every selection applied; the counts of a facet with a selection come
 * from the query with every <em>other</em> facet's selection applied, so choosing one city still
 * shows how many pages each other city has.
 *
 * <p>This runs one extra search per facet with a selection rather than using Lucene's
 * {@code DrillSideways}, whose scorer must see a whole segment at once and so cannot run under
 * the searcher's time budget (TimeLimitingBulkScorer scores in windows). Values of one facet
 * are OR-ed, facets are AND-ed.
 */
final class FacetedSearch {

    /** The hits of the page asked for and, per facet, the counts to show. */
    record Result(TopDocs top, Map<FacetDimension, Facets> facets) {
    }

    private FacetedSearch() {
    }

    static Result run(IndexSearcher searcher, IndexSnapshot snapshot, Query query, SearchRequest request, Sort sort,
            int wanted) throws IOException {
        Map<FacetDimension, Set<String>> selections = selections(request);
        Object[] main = searcher.search(filtered(snapshot, query, selections, null), new MultiCollectorManager(
                new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
        Facets unselected = new SortedSetDocValuesFacetCounts(snapshot.facetState(), (FacetsCollector) main[1]);
        Map<FacetDimension, Facets> facets = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.all()) {
            if (selections.containsKey(dimension)) {
                FacetsCollector sideways = searcher.search(filtered(snapshot, query, selections, dimension),
                        new FacetsCollectorManager());
                facets.put(dimension, new SortedSetDocValuesFacetCounts(snapshot.facetState(), sideways));
            } else {
                facets.put(dimension, unselected);
            }
        }
        return new Result((TopDocs) main[0], facets);
    }

    /** {@code query} restricted by every selection except those of {@code except} (may be null). */
    private static Query filtered(IndexSnapshot snapshot, Query query, Map<FacetDimension, Set<String>> selections,
            FacetDimension except) {
        if (selections.isEmpty() || selections.size() == 1 && selections.containsKey(except)) {
            return query;
        }
        DrillDownQuery drillDown = new DrillDownQuery(snapshot.facetsConfig(), query);
        selections.forEach((dimension, values) -> {
            if (dimension != except) {
                values.forEach(v -> drillDown.add(dimension.dimension(), v));
            }
        });
        return drillDown;
    }

    /** The request's selections by facet, values sorted so the query is built the same each time. */
    static Map<FacetDimension, Set<String>> selections(SearchRequest request) {
        Map<FacetDimension, Set<String>> selections = new EnumMap<>(FacetDimension.class);
        put(selections, FacetDimension.TYPE, request.types());
        put(selections, FacetDimension.CITY, request.cities());
        put(selections, FacetDimension.NETWORK, request.networks());
        put(selections, FacetDimension.THEME, request.themes());
        put(selections, FacetDimension.YEAR, request.years().stream().map(String::valueOf).collect(Collectors.toSet()));
        put(selections, FacetDimension.LANG, request.lang() == null ? Set.of() : Set.of(request.lang()));
        return selections;
    }

    private static void put(Map<FacetDimension, Set<String>> selections, FacetDimension dimension, Set<String> values) {
        if (!values.isEmpty()) {
            selections.put(dimension, new TreeSet<>(values));
        }
    }
}
