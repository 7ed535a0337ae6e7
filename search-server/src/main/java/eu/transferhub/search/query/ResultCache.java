package eu.transferhub.search.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used answers, for one index version at a time: visitors repeat the same
 * searches and type the same beginnings of words (the head of the query distribution), and an
 * index version never changes, so an answer can be reused until the version does. Bounded;
 * thread-safe.
 *
 * @param <K> what makes two requests the same, the index version aside
 * @param <V> the answer
 */
final class ResultCache<K, V> {

    private record Slot<K>(String version, K request) {
    }

    private final int capacity;
    private final Map<Slot<K>, V> entries;

    /** @param capacity entries kept; 0 disables the cache */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Slot<K>, V> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The answer stored for {@code request} on index version {@code version}, or null. */
    synchronized V get(String version, K request) {
        return capacity == 0 ? null : entries.get(new Slot<>(version, request));
    }

    /** Stores an answer; the answers of every other index version are dropped. */
    synchronized void put(String version, K request, V answer) {
        if (capacity == 0) {
            return;
        }
        if (!entries.isEmpty() && !entries.keySet().iterator().next().version().equals(version)) {
            // A new version: every older entry is stale.
            entries.clear();
        }
        entries.put(new Slot<>(version, request), answer);
    }
}
