package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** What a published version holds, read straight from its Lucene index. */
final class IndexContents {

    private IndexContents() {
    }

    /** The ids of the version's live documents. */
    static Set<String> ids(Path version) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(version))) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc).get(SearchSchema.ID));
                }
            }
        }
        return ids;
    }

    /** The stored title of the one live document with {@code id}. */
    static String title(Path version, String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(version))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var hits = searcher.search(new TermQuery(new Term(SearchSchema.ID, id)), 2);
            assertEquals(1, hits.totalHits.value(), id);
            return searcher.storedFields().document(hits.scoreDocs[0].doc).get(SearchSchema.TITLE);
        }
    }

    /** Documents of the version, deleted ones included (those an update replaced or removed). */
    static int maxDoc(Path version) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(version))) {
            return reader.maxDoc();
        }
    }
}
