package eu.transferhub.search.index;

import java.util.List;

/**
 * The facets of the archive, indexed as sorted-set doc values. The name is both the Lucene
 * facet dimension and the key in the API's {@code facets} object.
 */
public enum FacetDimension {
    TYPE("type", false),
    CITY("city", true),
    NETWORK("network", true),
    THEME("theme", true),
    YEAR("year", false),
    LANG("lang", false);

    private static final List<FacetDimension> ALL = List.of(values());

    private final String dimension;
    private final boolean multiValued;

    FacetDimension(String dimension, boolean multiValued) {
        this.dimension = dimension;
        this.multiValued = multiValued;
    }

    /** The dimension name, e.g. {@code city}. */
    public String dimension() {
        return dimension;
    }

    /** Whether one page can carry several values (a page refers to several cities). */
    public boolean multiValued() {
        return multiValued;
    }

    /** Every dimension, in the order the API lists them. */
    public static List<FacetDimension> all() {
        return ALL;
    }
}
