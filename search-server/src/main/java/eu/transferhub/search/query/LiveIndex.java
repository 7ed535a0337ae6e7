package eu.transferhub.search.query;

import eu.transferhub.search.index.IndexVersion;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index version searches run against, switchable while searches run. Thread-safe.
 *
 * <p>A search acquires the current snapshot's searcher and releases it when done; a switch
 * publishes the new snapshot first and then closes the old one, whose reader stays open until
 * the last search that acquired it releases it. So no request fails or is dropped by a switch.
 */
public final class LiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final Object switchLock = new Object();
    private volatile boolean closed;

    /** The version searches use now, or empty before the first {@link #switchTo}. */
    public Optional<IndexVersion> version() {
        IndexSnapshot snapshot = current.get();
        return snapshot == null ? Optional.empty() : Optional.of(snapshot.version());
    }

    /**
     * Opens {@code version} and makes new searches use it. A no-op when it is already current.
     *
     * @throws IOException when the version cannot be opened; the previous version stays in use
     */
    public void switchTo(IndexVersion version) throws IOException {
        synchronized (switchLock) {
            if (closed) {
                throw new IllegalStateException("the index is closed");
            }
            IndexSnapshot old = current.get();
            if (old != null && old.version().id().equals(version.id())) {
                return;
            }
            IndexSnapshot fresh = IndexSnapshot.open(version);
            current.set(fresh);
            if (old != null) {
                old.close();
            }
            LOG.info("searching index version {} ({} documents)", version.id(), version.documentCount());
        }
    }

    /** Work to do with an acquired searcher and the snapshot it belongs to. */
    @FunctionalInterface
    interface SnapshotWork<T> {
        T run(IndexSnapshot snapshot, IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} on the current version's searcher, releasing it afterwards.
     *
     * @throws IndexNotReadyException when no version is open
     */
    <T> T withSearcher(SnapshotWork<T> work) throws IOException {
        while (true) {
            IndexSnapshot snapshot = current.get();
            if (snapshot == null) {
                throw new IndexNotReadyException();
            }
            IndexSearcher searcher;
            try {
                searcher = snapshot.searchers().acquire();
            } catch (AlreadyClosedException e) {
                // Switched between reading current and acquiring: take the new one.
                continue;
            }
            try {
                return work.run(snapshot, searcher);
            } finally {
                snapshot.searchers().release(searcher);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (switchLock) {
            closed = true;
            IndexSnapshot snapshot = current.getAndSet(null);
            if (snapshot != null) {
                snapshot.close();
            }
        }
    }
}
