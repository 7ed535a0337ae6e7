package eu.transferhub.search.query;

import eu.transferhub.search.index.FacetDimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads the drill-sideways facet counts of one search into API values: most frequent first
 * (ties by value), labelled in the searched language, the request's selections marked and
 * always listed, even when nothing matches them any more, so they can be unselected.
 */
final class FacetReader {

    private final IndexSnapshot snapshot;
    private final SearchRequest request;
    private final String labelLanguage;
    private final Set<String> indexedDimensions;

    FacetReader(IndexSnapshot snapshot, SearchRequest request, String labelLanguage) {
        this.snapshot = snapshot;
        this.request = request;
        this.labelLanguage = labelLanguage;
        this.indexedDimensions = StreamSupport.stream(snapshot.facetState().getDims().spliterator(), false)
                .collect(Collectors.toSet());
    }

    /** @param facets the counts to read for each dimension (drill-sideways ones for selected facets) */
    Map<String, List<SearchResponse.FacetValue>> read(Map<FacetDimension, Facets> facets) throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.all()) {
            out.put(dimension.dimension(), values(facets.get(dimension), dimension));
        }
        return out;
    }

    private List<SearchResponse.FacetValue> values(Facets facets, FacetDimension dimension) throws IOException {
        Set<String> selected = selected(dimension);
        List<SearchResponse.FacetValue> values = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        if (indexedDimensions.contains(dimension.dimension())) {
            FacetResult result = facets.getTopChildren(ArchiveSearcher.MAX_FACET_VALUES, dimension.dimension());
            if (result != null) {
                for (LabelAndValue child : result.labelValues) {
                    values.add(value(dimension, child.label, child.value.longValue(), selected));
                    listed.add(child.label);
                }
            }
        }
        selected.stream().filter(v -> !listed.contains(v)).sorted()
                .forEach(v -> values.add(value(dimension, v, 0, selected)));
        values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        return values;
    }

    private SearchResponse.FacetValue value(FacetDimension dimension, String value, long count, Set<String> selected) {
        return new SearchResponse.FacetValue(value, snapshot.labels().label(dimension, value, labelLanguage),
                count, selected.contains(value));
    }

    private Set<String> selected(FacetDimension dimension) {
        return FacetedSearch.selections(request).getOrDefault(dimension, Set.of());
    }
}
