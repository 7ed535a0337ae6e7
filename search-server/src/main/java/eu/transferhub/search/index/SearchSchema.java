package eu.transferhub.search.index;

import java.io.IOException;
import java.util.Map;
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
    /**
     * Binary doc values: the document's {@link DocumentFingerprint}, by which a publish tells
     * the documents it must index again from those it can keep.
     */
    static final String FINGERPRINT = "fingerprint";
    /** Stored only: what a hit displays. */
    public static final String URL = "url";
    /** The stored title: the title text field itself, which is stored as well as searched. */
    public static final String TITLE = "title";
    public static final String LANG = "lang";
    public static final String TYPE = "type";
    public static final String DATE = "date";
    public static final String CITIES = "cities";
    /** Days since 1970-01-01 of the page's date, for sort=date; absent when the page has none. */
    public static final String DATE_SORT = "date.sort";

    /** Commit user data: number of documents, the facet labels as JSON, and the schema. */
    static final String USER_DATA_COUNT = "documentCount";
    static final String USER_DATA_LABELS = "labels";
    static final String USER_DATA_SCHEMA = "schema";

    /**
     * The version of the fields and their analysis, written into every commit. A version written
     * with another schema finds nothing with this code: it is rebuilt, never updated or served.
     * Change it with anything that changes what a document becomes in the index (a field, an
     * analyzer, a stemmer's table): builds keep every document whose fingerprint is unchanged,
     * so without a new schema those would keep the old analysis.
     * 2: one field per text part for every language, marked stems and folded words in it.
     * 3: a stem that is the written word itself is indexed only as the word.
     */
    static final String SCHEMA = "3";

    private SearchSchema() {
    }

    /**
     * @throws IOException naming the version when its commit was written with another schema
     */
    public static void requireCurrentSchema(Map<String, String> userData, String versionId) throws IOException {
        String schema = userData.getOrDefault(USER_DATA_SCHEMA, "1");
        if (!schema.equals(SCHEMA)) {
            throw new IOException("index version " + versionId + " has search schema " + schema
                    + ", and this server reads schema " + SCHEMA + "; rebuild the index (./hub build)");
        }
    }

    /** Whether a commit was written with this code's schema. */
    static boolean hasCurrentSchema(Map<String, String> userData) {
        return SCHEMA.equals(userData.get(USER_DATA_SCHEMA));
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
