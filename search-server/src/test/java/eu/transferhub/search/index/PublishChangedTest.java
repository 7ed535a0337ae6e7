package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's publish: only the documents that differ from the current version are indexed. */
class PublishChangedTest {

    @TempDir
    Path root;

    private static List<SearchDocument> site(int pages) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            documents.add(page(i, "Page " + i));
        }
        return documents;
    }

    private static SearchDocument page(int i, String title) {
        String lang = i % 2 == 0 ? "en" : "es";
        return new SearchDocument(String.format("%s/articles/a%03d", lang, i), "/" + lang + "/articles/a" + i + "/",
                lang, "article", title, List.of(), "", "Text of page " + i + ".", null, List.of(), List.of(),
                List.of(), null, Map.of());
    }

    private static Set<String> ids(List<SearchDocument> documents) {
        Set<String> ids = new TreeSet<>();
        documents.forEach(d -> ids.add(d.id()));
        return ids;
    }

    private IndexPublication publish(List<SearchDocument> documents) throws IOException {
        return IndexPublisher.publishChanged(root, documents, () -> { });
    }

    @Test
    void theFirstPublishIndexesEveryDocument() throws IOException {
        List<SearchDocument> site = site(40);

        IndexPublication first = publish(site);

        assertEquals(40, first.indexed());
        assertEquals("v00000001", first.version().id());
        assertEquals(ids(site), IndexContents.ids(first.version().directory()));
    }

    @Test
    void publishingTheSameDocumentsAgainIndexesNothingAndMakesANewVersion() throws IOException {
        List<SearchDocument> site = site(40);
        publish(site);

        IndexPublication again = publish(site);

        assertEquals(0, again.indexed());
        assertEquals("v00000002", again.version().id());
        assertEquals(again.version(), IndexPublisher.current(root).orElseThrow());
        assertEquals(40, again.version().documentCount());
        assertEquals(ids(site), IndexContents.ids(again.version().directory()));
        assertEquals(40, IndexContents.maxDoc(again.version().directory()), "no document was replaced");
    }

    @Test
    void onlyChangedAddedAndRemovedDocumentsAreIndexed() throws IOException {
        List<SearchDocument> site = site(40);
        IndexVersion first = publish(site).version();
        List<SearchDocument> now = new ArrayList<>(site);
        now.set(3, page(3, "Retitled"));
        SearchDocument removed = now.remove(10);
        SearchDocument added = page(99, "Added");
        now.add(added);

        IndexPublication second = publish(now);

        assertEquals(3, second.indexed());
        assertEquals(ids(now), IndexContents.ids(second.version().directory()));
        assertEquals("Retitled", IndexContents.title(second.version().directory(), site.get(3).id()));
        assertEquals("Added", IndexContents.title(second.version().directory(), added.id()));
        assertEquals(40, second.version().documentCount());
        assertEquals(ids(site), IndexContents.ids(first.directory()), "the previous version is untouched");
        assertEquals("Page 3", IndexContents.title(first.directory(), site.get(3).id()));
        assertFalse(IndexContents.ids(second.version().directory()).contains(removed.id()));
    }

    @Test
    void whenMoreThanAQuarterChangedEveryDocumentIsIndexedIntoAFreshVersion() throws IOException {
        List<SearchDocument> site = site(40);
        publish(site);
        List<SearchDocument> now = new ArrayList<>();
        for (int i = 0; i < site.size(); i++) {
            now.add(i < 11 ? page(i, "Changed " + i) : site.get(i));
        }

        IndexPublication second = publish(now);

        assertEquals(40, second.indexed());
        assertEquals(40, IndexContents.maxDoc(second.version().directory()), "no deleted documents");
        assertEquals("Changed 0", IndexContents.title(second.version().directory(), site.get(0).id()));
    }

    @Test
    void aVersionWithAnOlderSchemaIsIndexedAfresh() throws IOException {
        List<SearchDocument> site = site(40);
        OldSchema.mark(publish(site).version().directory());

        assertEquals(40, publish(site).indexed());
    }

    @Test
    void documentsIndexedWithoutAFingerprintCountAsChanged() throws IOException {
        List<SearchDocument> site = site(40);
        // A version as a release before fingerprints wrote it: ids, no fingerprints.
        Path version = root.resolve("v00000001");
        try (FSDirectory dir = FSDirectory.open(version); IndexWriter writer = new IndexWriter(dir,
                new IndexWriterConfig())) {
            for (SearchDocument document : site) {
                Document doc = new Document();
                doc.add(new StringField(SearchSchema.ID, document.id(), Field.Store.YES));
                doc.add(new SortedDocValuesField(SearchSchema.ID_SORT, new BytesRef(document.id())));
                writer.addDocument(doc);
            }
            VersionCommit.commit(writer, site);
        }
        Files.writeString(root.resolve(IndexPublisher.CURRENT), "v00000001\n");

        IndexPublication second = publish(site);

        assertEquals(40, second.indexed());
        assertEquals("Page 0", IndexContents.title(second.version().directory(), site.get(0).id()));
    }

    @Test
    void aFailingStepBeforeTheSwapKeepsTheCurrentVersionAndRemovesTheNewOne() throws IOException {
        List<SearchDocument> site = site(40);
        IndexVersion first = publish(site).version();
        List<SearchDocument> now = new ArrayList<>(site);
        now.set(0, page(0, "Retitled"));

        IOException failure = assertThrows(IOException.class,
                () -> IndexPublisher.publishChanged(root, now, () -> {
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals(first, IndexPublisher.current(root).orElseThrow());
        assertFalse(Files.exists(root.resolve("v00000002")));
        assertEquals("Page 0", IndexContents.title(first.directory(), site.get(0).id()));
    }
}
