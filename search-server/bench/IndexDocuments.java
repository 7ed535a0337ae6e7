import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.IndexVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * Times {@link IndexPublisher#publish} on a document file: reading is excluded, building,
 * committing and swapping the pointer are included. Runs it three times and prints each.
 *
 * <pre>java -cp search-server-app.jar IndexDocuments.java documents.jsonl /tmp/bench/index</pre>
 */
public class IndexDocuments {

    public static void main(String[] args) throws Exception {
        List<SearchDocument> documents = SearchDocuments.read(Path.of(args[0]));
        Path root = Path.of(args[1]);
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            IndexVersion version = IndexPublisher.publish(root, documents);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("run %d: indexed %d documents into %s in %d ms%n", run, version.documentCount(),
                    version.id(), millis);
        }
    }
}
