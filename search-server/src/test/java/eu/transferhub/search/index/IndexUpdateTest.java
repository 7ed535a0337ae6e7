package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import eu.transferhub.search.query.LiveIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing the few documents a save changed, as the live preview does. */
class IndexUpdateTest {

    @TempDir
    Path root;

    @Test
    void anUpdateOverAVersionWithAnOlderSchemaIndexesEveryDocumentAgain() throws IOException {
        List<SearchDocument> fixture = Fixtures.documents();
        IndexVersion first = IndexPublisher.publish(root, fixture);
        OldSchema.mark(first.directory());

        IndexVersion second = IndexPublisher.update(root, fixture, Set.of(fixture.getFirst().id()));

        Set<String> expected = new TreeSet<>();
        fixture.forEach(d -> expected.add(d.id()));
        assertEquals(expected, IndexContents.ids(second.directory()));
        try (FSDirectory dir = FSDirectory.open(second.directory())) {
            assertEquals(SearchSchema.SCHEMA,
                    SegmentInfos.readLatestCommit(dir).getUserData().get(SearchSchema.USER_DATA_SCHEMA));
        }
    }

    @Test
    void aVersionWithAnOlderSchemaIsNotServed() throws IOException {
        IndexVersion version = IndexPublisher.publish(root, Fixtures.documents());
        OldSchema.mark(version.directory());
        try (LiveIndex index = new LiveIndex()) {
            IOException refused = assertThrows(IOException.class, () -> index.switchTo(version));
            assertTrue(refused.getMessage().contains(version.id()) && refused.getMessage().contains("./hub build"),
                    refused.getMessage());
        }
    }

    @Test
    void updatesAddsAndDeletesOnlyTheChangedDocumentsAndLeavesThePreviousVersionIntact() throws IOException {
        List<SearchDocument> fixture = Fixtures.documents();
        IndexVersion first = IndexPublisher.publish(root, fixture);
        List<SearchDocument> now = new ArrayList<>(fixture);
        SearchDocument edited = now.get(0);
        now.set(0, new SearchDocument(edited.id(), edited.url(), edited.lang(), edited.type(), "Retitled page",
                edited.headings(), edited.summary(), edited.body(), edited.date(), edited.cities(),
                edited.networks(), edited.themes(), edited.country(), edited.labels()));
        SearchDocument removed = now.remove(now.size() - 1);
        SearchDocument added = new SearchDocument("en/articles/new", "/en/articles/new/", "en", "article",
                "A new article", List.of(), "New.", "Fresh text.", null, List.of(), List.of(), List.of(), null, null);
        now.add(added);

        IndexVersion second = IndexPublisher.update(root, now, Set.of(edited.id(), removed.id(), added.id()));

        assertEquals("v00000002", second.id());
        assertEquals(now.size(), second.documentCount());
        assertEquals(IndexPublisher.current(root).orElseThrow(), second);
        Set<String> expected = new TreeSet<>();
        now.forEach(d -> expected.add(d.id()));
        assertEquals(expected, IndexContents.ids(second.directory()));
        assertEquals("Retitled page", IndexContents.title(second.directory(), edited.id()));
        assertEquals("A new article", IndexContents.title(second.directory(), added.id()));
        Set<String> before = new TreeSet<>();
        fixture.forEach(d -> before.add(d.id()));
        assertEquals(before, IndexContents.ids(first.directory()), "the previous version is untouched");
        assertEquals(edited.title(), IndexContents.title(first.directory(), edited.id()));
        assertTrue(second.documentCount() > 0);
    }

    @Test
    void withoutACurrentVersionAnUpdateIsAFullPublish() throws IOException {
        IndexVersion version = IndexPublisher.update(root, Fixtures.documents(), Set.of());

        assertEquals("v00000001", version.id());
        assertEquals(Fixtures.documents().size(), IndexContents.ids(version.directory()).size());
    }
}
