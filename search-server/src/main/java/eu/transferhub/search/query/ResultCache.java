package eu.transferhub.search.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used search responses, per index version: visitors repeat the same
 * searches (the head of the query distribution, pages 1 and 2 of them), and an index version
 * never changes, so a response can be reused until the version does. Bounded; thread-safe.
 * Partial responses are never stored.
 */
final class ResultCache {

    /** What makes two searches the same. */
    record Key(String version, SearchRequest request, String labelLanguage) {
    }

    private final int capacity;
    private final Map<Key, SearchResponse> entries;

    /** @param capacity entries kept; 0 disables the cache */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResponse> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The stored response, or null. */
    synchronized SearchResponse get(Key key) {
        return capacity == 0 ? null : entries.get(key);
    }

    synchronized void put(Key key, SearchResponse response) {
        if (capacity == 0 || response.partial()) {
            return;
        }
        if (!entries.isEmpty() && !entries.keySet().iterator().next().version().equals(key.version())) {
            // A new version: every older entry is stale.
            entries.clear();
        }
        entries.put(key, response);
    }
}
