package eu.transferhub.search.index;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Writes a new index version as a copy of an existing one with some documents indexed again,
 * added or deleted. The existing version's files are hard-linked, not copied: Lucene never
 * rewrites a file, so both versions can share them.
 */
final class VersionUpdate {

    private VersionUpdate() {
    }

    /**
     * Writes version {@code to} from version {@code from}: each id of {@code changedIds} is
     * indexed again from {@code documents}, or deleted when {@code documents} has no such id.
     * On failure {@code to} is removed.
     *
     * @param documents every document of the new version (for its count and labels)
     */
    static void write(Path from, Path to, List<SearchDocument> documents, Set<String> changedIds) throws IOException {
        linkFiles(from, to);
        Map<String, SearchDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        DocumentMapper mapper = new DocumentMapper(SearchSchema.facetsConfig(), analyzers);
        // Small updates merge like any live index, so a long preview session does not
        // pile up one segment per save.
        // Text fields bring their own analysis; the writer's analyzer is never asked.
        IndexWriterConfig config = new IndexWriterConfig(analyzers.folding())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false)
                .setCodec(new ArchiveCodec());
        try (Directory dir = FSDirectory.open(to); IndexWriter writer = new IndexWriter(dir, config)) {
            for (String changed : new TreeSet<>(changedIds)) {
                SearchDocument document = byId.get(changed);
                Term key = new Term(SearchSchema.ID, changed);
                if (document == null) {
                    writer.deleteDocuments(key);
                } else {
                    writer.updateDocument(key, mapper.toLucene(document));
                }
            }
            VersionCommit.commit(writer, documents);
        } catch (IOException | RuntimeException e) {
            IOUtils.rm(to);
            throw e;
        }
    }

    /** Hard links (or, where the file system has none, copies) of a version's files. */
    private static void linkFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, Files::isRegularFile)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    continue;
                }
                try {
                    Files.createLink(to.resolve(name), file);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(file, to.resolve(name));
                }
            }
        } catch (IOException e) {
            IOUtils.rm(to);
            throw e;
        }
    }
}
