package eu.transferhub.search.query;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * A folded word of the index as the pages write it ("Timișoara" for "timisoara"), for the
 * words the server shows: did-you-mean suggestions and completions. Stateless.
 */
final class WrittenForm {

    private WrittenForm() {
    }

    /**
     * The folded word as the stored {@code field} of the first page {@code query} finds writes
     * it; the folded word when no page does. Title and body are stored under their field names.
     */
    static String onPage(IndexSearcher searcher, Query query, String field, Analyzer folding, String folded)
            throws IOException {
        TopDocs top = searcher.search(query, 1);
        if (top.scoreDocs.length == 0) {
            return folded;
        }
        Document document = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(field));
        for (IndexableField value : document.getFields(field)) {
            Optional<String> written = QueryTranslator.writtenForm(folding, value.stringValue(), folded);
            if (written.isPresent()) {
                return written.get();
            }
        }
        return folded;
    }
}
