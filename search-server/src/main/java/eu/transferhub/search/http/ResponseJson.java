package eu.transferhub.search.http;

import eu.transferhub.search.query.SearchResponse;
import io.javalin.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON of search responses. The result cache hands out the same answer again and again,
 * differing only in {@code tookMs}, and serialising it took close to half of such a request's
 * time; so the body of each recent answer is kept as bytes around that one number. The output
 * is byte for byte what the mapper writes. Thread-safe.
 *
 * <p>Answers are told apart by the identity of their lists, which every response made from one
 * cached answer shares. Comparing them by value hashed every hit and facet of the answer at each
 * request, and compared them all whenever two searches had raced to fill the result cache with
 * equal answers: together a sixth of a cached request's CPU. An equal answer in lists of its own
 * is written again, once.
 */
final class ResponseJson {

    private static final byte[] TOOK = "\"tookMs\":".getBytes(StandardCharsets.UTF_8);

    /** The body before and after the value of {@code tookMs}. */
    private record Parts(byte[] head, byte[] tail) {
    }

    /** One answer: its lists by identity, the rest by value. */
    private record Answer(List<SearchResponse.Hit> hits, Map<String, List<SearchResponse.FacetValue>> facets,
            long total, String suggestion) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Answer that && hits == that.hits && facets == that.facets && total == that.total
                    && Objects.equals(suggestion, that.suggestion);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(hits) + System.identityHashCode(facets);
        }
    }

    private final JsonMapper mapper;
    private final Map<Answer, Parts> recent;

    /** @param capacity answers remembered; 0 serialises every response */
    ResponseJson(JsonMapper mapper, int capacity) {
        this.mapper = mapper;
        this.recent = capacity == 0 ? null : new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Answer, Parts> eldest) {
                return size() > capacity;
            }
        };
    }

    byte[] of(SearchResponse response) {
        if (recent == null || response.partial()) {
            return serialised(response);
        }
        Answer answer = new Answer(response.hits(), response.facets(), response.total(), response.suggestion());
        Parts parts;
        synchronized (recent) {
            parts = recent.get(answer);
        }
        if (parts == null) {
            byte[] json = serialised(new SearchResponse(response.total(), 0, false, response.hits(),
                    response.facets(), response.suggestion()));
            // The first "tookMs": only the number "total" comes before it, so it is the response's own.
            int at = indexOf(json, TOOK);
            if (at < 0) {
                return serialised(response);
            }
            at += TOOK.length;
            parts = new Parts(Arrays.copyOfRange(json, 0, at), Arrays.copyOfRange(json, at + 1, json.length));
            synchronized (recent) {
                recent.put(answer, parts);
            }
        }
        byte[] took = Long.toString(response.tookMs()).getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[parts.head().length + took.length + parts.tail().length];
        System.arraycopy(parts.head(), 0, body, 0, parts.head().length);
        System.arraycopy(took, 0, body, parts.head().length, took.length);
        System.arraycopy(parts.tail(), 0, body, parts.head().length + took.length, parts.tail().length);
        return body;
    }

    private byte[] serialised(SearchResponse response) {
        return mapper.toJsonString(response, SearchResponse.class).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
