package eu.transferhub.search.index;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an index of search documents and publishes it atomically.
 *
 * <p>Layout under the index root: one directory per version ({@code v00000001},
 * {@code v00000002}, …) and a pointer file {@code CURRENT} holding the id of the version in use.
 * A version is built in a fresh directory and committed; only then is {@code CURRENT} replaced,
 * by writing a temporary file and renaming it over the old one (an atomic move), so a reader
 * sees either the old complete index or the new complete one. A build that fails or a process
 * that crashes half-way leaves {@code CURRENT} untouched; its directory is removed by the next
 * successful publish. Each publish keeps the new version and the one it replaces (a server may
 * still be answering from it) and deletes the rest.
 *
 * <p>Publishing is serialised by a lock file, across threads and processes.
 */
public final class IndexPublisher {

    /** Name of the pointer file under the index root. */
    public static final String CURRENT = "CURRENT";

    private static final Logger LOG = LoggerFactory.getLogger(IndexPublisher.class);
    private static final Pattern VERSION_ID = Pattern.compile("v\\d{8}");
    // Serialises publishes inside one JVM; the file lock alone would throw
    // OverlappingFileLockException for a second thread instead of waiting.
    private static final Object PUBLISH_LOCK = new Object();
    private static final double RAM_BUFFER_MB = 256;

    private IndexPublisher() {
    }

    /**
     * Indexes {@code documents} into a new version under {@code indexRoot} and makes it current.
     *
     * @param indexRoot created when missing
     * @param documents the pages to index; ids must be unique, languages known, dates ISO
     * @return the version now current
     * @throws IOException              when the index cannot be written
     * @throws IllegalArgumentException when a document is invalid (the message names its id);
     *                                  nothing is published then
     */
    public static IndexVersion publish(Path indexRoot, List<SearchDocument> documents) throws IOException {
        return publish(indexRoot, documents, () -> { });
    }

    /**
     * Like {@link #publish(Path, List)}, with a last step that must succeed before the new
     * version becomes current: a caller writing something that belongs with the index (a copy
     * of the documents, say) while it is built waits for it there. When {@code beforeSwap}
     * throws, the new version is removed and the current one stays.
     */
    public static IndexVersion publish(Path indexRoot, List<SearchDocument> documents, BeforeSwap beforeSwap)
            throws IOException {
        checkUniqueIds(documents);
        return underLock(indexRoot, previous -> buildAndSwap(indexRoot, documents, previous.orElse(null), beforeSwap));
    }

    /** A step between building a version and making it current. */
    @FunctionalInterface
    public interface BeforeSwap {
        void run() throws IOException;
    }

    /** Indexes every document into a new version and makes it current; the caller holds the lock. */
    private static IndexVersion buildAndSwap(Path indexRoot, List<SearchDocument> documents, String previous,
            BeforeSwap beforeSwap) throws IOException {
        String id = nextId(indexRoot);
        build(indexRoot.resolve(id), documents);
        return swapIn(indexRoot, id, previous, documents.size(), beforeSwap);
    }

    /**
     * Makes the written version {@code id} current once {@code beforeSwap} succeeds (else removes
     * it) and deletes the versions before {@code previous}; the caller holds the lock.
     */
    private static IndexVersion swapIn(Path indexRoot, String id, String previous, int documentCount,
            BeforeSwap beforeSwap) throws IOException {
        Path directory = indexRoot.resolve(id);
        try {
            beforeSwap.run();
        } catch (IOException | RuntimeException e) {
            IOUtils.rm(directory);
            throw e;
        }
        swapPointer(indexRoot, id);
        deleteOldVersions(indexRoot, id, previous);
        return new IndexVersion(id, directory, documentCount);
    }

    /** What a publish does once it holds the lock, given the version current before it. */
    private interface LockedPublish<T> {
        T run(Optional<String> previous) throws IOException;
    }

    /**
     * Runs {@code publish} holding the root's lock: a monitor for threads of this JVM (the file
     * lock alone would throw OverlappingFileLockException instead of waiting) and a file lock
     * for other processes.
     */
    private static <T> T underLock(Path indexRoot, LockedPublish<T> publish) throws IOException {
        Files.createDirectories(indexRoot);
        synchronized (PUBLISH_LOCK) {
            try (FileChannel lockFile = FileChannel.open(indexRoot.resolve(".publish.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                return publish.run(readPointer(indexRoot));
            }
        }
    }

    /**
     * Publishes a new version that differs from the current one only in {@code changedIds}:
     * the current version's files are hard-linked (Lucene never rewrites a file), the changed
     * documents are updated, added or — when {@code documents} no longer has them — deleted.
     * For a live preview, where a save changes one page of thousands. Without a current
     * version this is {@link #publish}.
     *
     * @param documents  every document of the site as it is now (for the document count and labels)
     * @param changedIds ids of the documents added, changed or removed since the current version
     * @throws IOException              when the index cannot be written
     * @throws IllegalArgumentException when a document is invalid; nothing is published then
     */
    public static IndexVersion update(Path indexRoot, List<SearchDocument> documents, Set<String> changedIds)
            throws IOException {
        checkUniqueIds(documents);
        if (readPointer(indexRoot).isEmpty()) {
            return publish(indexRoot, documents);
        }
        return underLock(indexRoot, current -> {
            String previous = current.orElseThrow();
            if (!hasCurrentSchema(indexRoot.resolve(previous))) {
                // Written by an older version of this code: its fields mean something else.
                LOG.info("index version {} has an older search schema; indexing every document again", previous);
                return buildAndSwap(indexRoot, documents, previous, () -> { });
            }
            return updateAndSwap(indexRoot, documents, previous, changedIds, () -> { });
        });
    }

    /**
     * Publishes a version holding exactly {@code documents}, indexing only those that differ from
     * the current version's (by their {@link DocumentFingerprint}) and removing those it no longer
     * has: what a build does, where most pages are as the last build left them. Searches over the
     * result find the pages a full {@link #publish} would find; scores can differ slightly, as
     * term statistics count replaced documents until their segments are merged. When there is no current version, when
     * it has an older schema, or when more than a quarter of the documents changed, every
     * document is indexed into a fresh version instead: that is as fast, and leaves no deleted
     * documents behind. {@code beforeSwap} is as for {@link #publish(Path, List, BeforeSwap)}.
     *
     * @throws IOException              when the index cannot be written
     * @throws IllegalArgumentException when a document is invalid; nothing is published then
     */
    public static IndexPublication publishChanged(Path indexRoot, List<SearchDocument> documents,
            BeforeSwap beforeSwap) throws IOException {
        checkUniqueIds(documents);
        return underLock(indexRoot, current -> {
            if (current.isPresent() && hasCurrentSchema(indexRoot.resolve(current.get()))) {
                Set<String> changed;
                try (Directory dir = FSDirectory.open(indexRoot.resolve(current.get()))) {
                    changed = DocumentFingerprint.changed(dir, documents);
                }
                if (changed.size() <= documents.size() / 4) {
                    return new IndexPublication(
                            updateAndSwap(indexRoot, documents, current.get(), changed, beforeSwap), changed.size());
                }
            }
            return new IndexPublication(buildAndSwap(indexRoot, documents, current.orElse(null), beforeSwap),
                    documents.size());
        });
    }

    /** Writes a version from the current one and the changed documents and makes it current; the caller holds the lock. */
    private static IndexVersion updateAndSwap(Path indexRoot, List<SearchDocument> documents, String previous,
            Set<String> changedIds, BeforeSwap beforeSwap) throws IOException {
        String id = nextId(indexRoot);
        VersionUpdate.write(indexRoot.resolve(previous), indexRoot.resolve(id), documents, changedIds);
        return swapIn(indexRoot, id, previous, documents.size(), beforeSwap);
    }

    private static boolean hasCurrentSchema(Path version) throws IOException {
        try (Directory dir = FSDirectory.open(version)) {
            return SearchSchema.hasCurrentSchema(SegmentInfos.readLatestCommit(dir).getUserData());
        }
    }

    /**
     * The version {@code CURRENT} points to, or empty when nothing was ever published.
     *
     * @throws IOException when {@code CURRENT} exists but its version cannot be read
     */
    public static Optional<IndexVersion> current(Path indexRoot) throws IOException {
        Optional<String> id = readPointer(indexRoot);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Path directory = indexRoot.resolve(id.get());
        try (Directory dir = FSDirectory.open(directory)) {
            Map<String, String> userData = SegmentInfos.readLatestCommit(dir).getUserData();
            return Optional.of(new IndexVersion(id.get(), directory,
                    Integer.parseInt(userData.getOrDefault(SearchSchema.USER_DATA_COUNT, "0"))));
        }
    }

    /** The id in {@code CURRENT}, without opening the index: cheap enough to poll. */
    public static Optional<String> currentId(Path indexRoot) throws IOException {
        return readPointer(indexRoot);
    }

    private static void build(Path directory, List<SearchDocument> documents) throws IOException {
        FacetsConfig facets = SearchSchema.facetsConfig();
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        DocumentMapper mapper = new DocumentMapper(facets, analyzers);
        // Text fields bring their own analysis; the writer's analyzer is never asked.
        IndexWriterConfig config = new IndexWriterConfig(analyzers.folding())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false)
                // A version is written once and never updated: merging while building would
                // only spend the CPU the indexing threads need. It stays a few segments.
                .setMergePolicy(NoMergePolicy.INSTANCE);
        config.setUseCompoundFile(false);
        config.setCodec(new ArchiveCodec());
        try (Directory dir = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(dir, config)) {
            addAll(writer, mapper, documents);
            VersionCommit.commit(writer, documents);
        } catch (IOException | RuntimeException e) {
            IOUtils.rm(directory);
            throw e;
        }
    }

    /** Documents a thread takes at a time: small enough that the threads finish together. */
    private static final int BATCH = 64;

    /**
     * Feeds the writer from several threads: mapping and inverting are CPU-bound. The threads
     * take small batches in turn rather than one half each: documents come sorted by id, so by
     * language, and the languages' analyzers and page lengths differ enough that one half of the
     * list could take a second longer than the other while a core sat idle.
     */
    private static void addAll(IndexWriter writer, DocumentMapper mapper, List<SearchDocument> documents)
            throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform()
                .name("indexer-", 0).daemon(true).factory());
        try {
            List<Future<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(pool.submit(() -> {
                    for (int start = next.getAndAdd(BATCH); start < documents.size(); start = next.getAndAdd(BATCH)) {
                        for (SearchDocument document : documents.subList(start, Math.min(documents.size(), start + BATCH))) {
                            writer.addDocument(mapper.toLucene(document));
                        }
                    }
                    // Otherwise the commit flushes every thread's buffer one after another
                    // in one thread; this way each thread writes its own segment.
                    writer.flushNextBuffer();
                    return null;
                }));
            }
            for (Future<Void> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                default -> throw new IOException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkUniqueIds(List<SearchDocument> documents) {
        Set<String> seen = new HashSet<>();
        for (SearchDocument document : documents) {
            if (!seen.add(document.id())) {
                throw new IllegalArgumentException("search document " + document.id() + " appears twice");
            }
        }
    }

    private static Optional<String> readPointer(Path indexRoot) throws IOException {
        String id;
        try {
            id = Files.readString(indexRoot.resolve(CURRENT), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!VERSION_ID.matcher(id).matches()) {
            throw new IOException(indexRoot.resolve(CURRENT) + ": not an index version id: \"" + id + "\"");
        }
        return Optional.of(id);
    }

    private static String nextId(Path indexRoot) throws IOException {
        long highest = 0;
        for (Path version : versions(indexRoot)) {
            highest = Math.max(highest, Long.parseLong(version.getFileName().toString().substring(1)));
        }
        return String.format(Locale.ROOT, "v%08d", highest + 1);
    }

    private static void swapPointer(Path indexRoot, String id) throws IOException {
        Path temp = indexRoot.resolve(CURRENT + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(StandardCharsets.UTF_8.encode(id + "\n"));
            out.force(true);
        }
        Files.move(temp, indexRoot.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(indexRoot, true);
    }

    private static void deleteOldVersions(Path indexRoot, String current, String previous) throws IOException {
        for (Path version : versions(indexRoot)) {
            String name = version.getFileName().toString();
            if (name.equals(current) || name.equals(previous)) {
                continue;
            }
            try {
                IOUtils.rm(version);
            } catch (IOException e) {
                // A reader elsewhere may still hold files open on a platform that forbids deleting
                // them; the next publish tries again. The new version is already current.
                LOG.warn("could not delete old index version {} yet: {}", version, e.toString());
            }
        }
    }

    private static List<Path> versions(Path indexRoot) throws IOException {
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(indexRoot,
                p -> Files.isDirectory(p) && VERSION_ID.matcher(p.getFileName().toString()).matches())) {
            entries.forEach(versions::add);
        }
        return versions;
    }
}
