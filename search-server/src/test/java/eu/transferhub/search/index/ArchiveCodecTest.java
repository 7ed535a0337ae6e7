package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCodecTest {

    @TempDir
    Path root;

    @Test
    void aReaderFindsTheCodecByTheNameItsSegmentsCarry() {
        assertInstanceOf(ArchiveCodec.class, Codec.forName(ArchiveCodec.NAME));
    }

    @Test
    void publishedAndUpdatedVersionsWriteEverySegmentWithIt() throws IOException {
        List<SearchDocument> documents = Fixtures.documents();
        IndexVersion first = IndexPublisher.publish(root, documents);
        IndexVersion second = IndexPublisher.update(root, documents, Set.of(documents.getFirst().id()));

        for (IndexVersion version : List.of(first, second)) {
            try (FSDirectory dir = FSDirectory.open(version.directory())) {
                SegmentInfos segments = SegmentInfos.readLatestCommit(dir);
                for (SegmentCommitInfo segment : segments) {
                    assertEquals(ArchiveCodec.NAME, segment.info.getCodec().getName(), segment.info.name);
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    // Stored fields read back whole, through the codec's own format.
                    String url = reader.storedFields().document(0).get(SearchSchema.URL);
                    assertTrue(documents.stream().anyMatch(d -> d.url().equals(url)), url);
                }
            }
        }
    }
}
