package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPublisherTest {

    @TempDir
    Path root;

    @Test
    void aFreshRootHasNoCurrentVersion() throws IOException {
        assertEquals(Optional.empty(), IndexPublisher.current(root));
        assertEquals(Optional.empty(), IndexPublisher.current(root.resolve("does-not-exist")));
    }

    @Test
    void publishingBuildsAVersionAndPointsCurrentAtIt() throws IOException {
        IndexVersion version = Fixtures.publishFixture(root);

        assertEquals("v00000001", version.id());
        assertEquals(root.resolve("v00000001"), version.directory());
        assertEquals(10, version.documentCount());
        assertEquals("v00000001\n", Files.readString(root.resolve("CURRENT")));
        assertEquals(Optional.of(version), IndexPublisher.current(root));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(version.directory()))) {
            assertEquals(10, reader.numDocs());
        }
    }

    @Test
    void eachPublishKeepsTheVersionItReplacesAndDeletesOlderOnes() throws IOException {
        Fixtures.publishFixture(root);
        Fixtures.publishFixture(root);
        assertEquals(List.of("v00000001", "v00000002"), versions());

        IndexVersion third = Fixtures.publishFixture(root);

        assertEquals("v00000003", third.id());
        assertEquals(List.of("v00000002", "v00000003"), versions());
        assertEquals(Optional.of(third), IndexPublisher.current(root));
    }

    @Test
    void anInvalidDocumentPublishesNothingAndLeavesCurrentAsItWas() throws IOException {
        IndexVersion first = Fixtures.publishFixture(root);
        List<SearchDocument> documents = new ArrayList<>(Fixtures.documents());
        documents.add(new SearchDocument("fr/pages/x", "/fr/pages/x/", "fr", "page", "Bonjour", List.of(), "", "",
                null, List.of(), List.of(), List.of(), null, Map.of()));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IndexPublisher.publish(root, documents));

        assertEquals("search document fr/pages/x: unknown language \"fr\"", error.getMessage());
        assertEquals(Optional.of(first), IndexPublisher.current(root));
        assertEquals(List.of("v00000001"), versions());
    }

    @Test
    void aFailedStepBeforeTheSwapPublishesNothing() throws IOException {
        IndexVersion first = Fixtures.publishFixture(root);
        List<String> seen = new ArrayList<>();

        IOException error = assertThrows(IOException.class, () -> IndexPublisher.publish(root, Fixtures.documents(),
                () -> {
                    seen.addAll(versions());
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", error.getMessage());
        assertEquals(List.of("v00000001", "v00000002"), seen, "the step runs once the new version is built");
        assertEquals(Optional.of(first), IndexPublisher.current(root));
        assertEquals(List.of("v00000001"), versions());
    }

    @Test
    void aStepBeforeTheSwapRunsBeforeCurrentMoves() throws IOException {
        Fixtures.publishFixture(root);
        List<String> currentDuringStep = new ArrayList<>();

        IndexVersion second = IndexPublisher.publish(root, Fixtures.documents(),
                () -> currentDuringStep.add(Files.readString(root.resolve("CURRENT"))));

        assertEquals(List.of("v00000001\n"), currentDuringStep);
        assertEquals(Optional.of(second), IndexPublisher.current(root));
    }

    @Test
    void aLongListIsIndexedOnceEachWhateverThreadTakesIt() throws IOException {
        // More documents than the indexing threads take at a time, in six languages.
        List<String> languages = List.of("en", "es", "eu", "et", "pl", "ro");
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String lang = languages.get(i * languages.size() / 1000);
            documents.add(new SearchDocument(String.format("%s/pages/p%04d", lang, i), "/" + lang + "/pages/p" + i + "/",
                    lang, "page", "Page " + i, List.of(), "", "text " + i, null, List.of(), List.of(), List.of(),
                    null, Map.of()));
        }

        IndexVersion version = IndexPublisher.publish(root, documents);

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(version.directory()))) {
            assertEquals(1000, reader.numDocs());
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            for (SearchDocument document : documents) {
                assertEquals(1, searcher.count(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(SearchSchema.ID, document.id()))), document.id());
            }
        }
    }

    @Test
    void aBadDateIsReportedWithTheDocumentId() {
        SearchDocument bad = new SearchDocument("en/articles/x", "/en/articles/x/", "en", "article", "X", List.of(),
                "", "", "2021-13-45", List.of(), List.of(), List.of(), null, Map.of());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IndexPublisher.publish(root, List.of(bad)));

        assertEquals("search document en/articles/x: date \"2021-13-45\" is not an ISO date (yyyy-MM-dd)",
                error.getMessage());
    }

    @Test
    void duplicateIdsAreRefusedBeforeAnythingIsWritten() {
        SearchDocument first = Fixtures.documents().getFirst();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IndexPublisher.publish(root, List.of(first, first)));

        assertEquals("search document en/good-practices/as-fabrik appears twice", error.getMessage());
        assertFalse(Files.exists(root.resolve("CURRENT")));
    }

    @Test
    void aHalfWrittenVersionFromACrashIsNeverCurrentAndIsCleanedUpLater() throws IOException {
        IndexVersion first = Fixtures.publishFixture(root);
        // A build that died after creating its directory and some files, before the swap.
        Path crashed = Files.createDirectories(root.resolve("v00000002"));
        Files.writeString(crashed.resolve("_0.fdt"), "partial");
        assertEquals(Optional.of(first), IndexPublisher.current(root));

        IndexVersion next = Fixtures.publishFixture(root);

        assertEquals("v00000003", next.id());
        assertEquals(List.of("v00000001", "v00000003"), versions());
    }

    @Test
    void aCorruptPointerIsAnErrorNamingTheFile() throws IOException {
        Files.writeString(root.resolve("CURRENT"), "../../etc\n");

        IOException error = assertThrows(IOException.class, () -> IndexPublisher.current(root));

        assertEquals(root.resolve("CURRENT") + ": not an index version id: \"../../etc\"", error.getMessage());
    }

    @Test
    void anEmptyDocumentListPublishesAnEmptyIndex() throws IOException {
        IndexVersion version = IndexPublisher.publish(root, List.of());

        assertEquals(0, version.documentCount());
        assertTrue(Files.isDirectory(version.directory()));
    }

    private List<String> versions() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
