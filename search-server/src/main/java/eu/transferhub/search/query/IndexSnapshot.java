package eu.transferhub.search.query;

import eu.transferhub.search.index.FacetLabels;
import eu.transferhub.search.index.IndexVersion;
import eu.transferhub.search.index.SearchSchema;
import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One open index version with everything derived from its reader: the facet ordinals and the
 * facet labels. A version never changes after publishing, so its reader is never refreshed;
 * the {@link SearcherManager} serves for its reference counting: {@link #close()} only drops
 * this snapshot's reference, and the reader (and its directory) closes when the last
 * in-flight request releases it.
 */
final class IndexSnapshot implements Closeable {

    private final IndexVersion version;
    private final SearcherManager searchers;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetLabels labels;
    private final FacetsConfig facetsConfig;

    private IndexSnapshot(IndexVersion version, SearcherManager searchers, SortedSetDocValuesReaderState facetState,
            FacetLabels labels, FacetsConfig facetsConfig) {
        this.version = version;
        this.searchers = searchers;
        this.facetState = facetState;
        this.labels = labels;
        this.facetsConfig = facetsConfig;
    }

    static IndexSnapshot open(IndexVersion version) throws IOException {
        Directory directory = FSDirectory.open(version.directory());
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            try {
                SearchSchema.requireCurrentSchema(reader.getIndexCommit().getUserData(), version.id());
            } catch (IOException e) {
                reader.close();
                throw e;
            }
            reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
            SearcherManager searchers = new SearcherManager(reader, new SearcherFactory());
            FacetsConfig facetsConfig = SearchSchema.facetsConfig();
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexSnapshot snapshot = new IndexSnapshot(version, searchers,
                        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig),
                        FacetLabels.of(reader), facetsConfig);
                return snapshot;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    IndexVersion version() {
        return version;
    }

    SearcherManager searchers() {
        return searchers;
    }

    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    FacetLabels labels() {
        return labels;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
