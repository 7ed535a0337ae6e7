package eu.transferhub.search.index;

import org.apache.lucene.facet.FacetsConfig;

/**
 * Names of the stored and doc-values fields, and the facet configuration, shared by the indexer
 * and the searcher. The analysed text fields are named by {@link TextPart}.
 */
public final class SearchSchema {

    /** Stable key of the page, indexed as one term so a version can be checked for duplicates. */
    public static final String ID = "id";
    /** Sorted doc values of the id: the last tie-break of every sort. */
    public static final String ID_SORT = "id.sort";
    /** Stored only: what a hit displays. */
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String LANG = "lang";
    public static final String TYPE = "type";
    public static final String DATE = "date";
    public static final String CITIES = "cities";
    /** Days since 1970-01-01 of the page's date, for sort=date; absent when the page has none. */
    public static final String DATE_SORT = "date.sort";

    /** Commit user data: number of documents, and the facet labels as JSON. */
    static final String USER_DATA_COUNT = "documentCount";
    static final String USER_DATA_LABELS = "labels";

    private SearchSchema() {
    }

    /** The facet configuration; identical at index and search time. Build once, read-only after. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dimension : FacetDimension.all()) {
            config.setMultiValued(dimension.dimension(), dimension.multiValued());
        }
        return config;
    }
}
