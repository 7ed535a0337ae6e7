package eu.transferhub.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/** Makes a published version look as an older release wrote it: no schema in its commit. */
public final class OldSchema {

    private OldSchema() {
    }

    public static void mark(Path version) throws IOException {
        try (FSDirectory dir = FSDirectory.open(version);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> userData = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            userData.remove(SearchSchema.USER_DATA_SCHEMA);
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
        }
    }
}
