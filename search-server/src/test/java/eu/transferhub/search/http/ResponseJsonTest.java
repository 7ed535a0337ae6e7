package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.search.query.SearchResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The remembered bodies are exactly what the mapper writes, with each response's own tookMs. */
class ResponseJsonTest {

    private final JavalinJackson mapper = new JavalinJackson();

    private static SearchResponse response(long tookMs, boolean partial) {
        return new SearchResponse(12, tookMs, partial,
                List.of(new SearchResponse.Hit("/en/cities/tartu/", "Tartu \"tookMs\":7 <b>", "city", "en", null,
                        List.of("tartu"), "<mark>Tartu</mark> and \"tookMs\":"), new SearchResponse.Hit("/en/a/", "A",
                        "article", "en", "2024-05-01", List.of(), "a")),
                Map.of("type", List.of(new SearchResponse.FacetValue("city", "City", 1, false))), "tartu");
    }

    private String expected(SearchResponse response) {
        return mapper.toJsonString(response, SearchResponse.class);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedAnswerGetsItsOwnTimeInTheRememberedBody() {
        ResponseJson json = new ResponseJson(mapper, 8);
        for (long took : new long[] {0, 7, 1234, 3}) {
            SearchResponse response = response(took, false);
            assertEquals(expected(response), text(json.of(response)), "tookMs " + took);
        }
    }

    @Test
    void responsesMadeFromOneCachedAnswerAreSerialisedOnce() {
        AtomicInteger written = new AtomicInteger();
        JsonMapper counting = new JsonMapper() {
            @Override
            public String toJsonString(Object object, Type type) {
                written.incrementAndGet();
                return mapper.toJsonString(object, type);
            }
        };
        ResponseJson json = new ResponseJson(counting, 8);
        SearchResponse cached = response(3, false);
        for (long took : new long[] {5, 9, 12}) {
            // What the searcher returns for a hit of its result cache: the cached lists, a new time.
            SearchResponse again = new SearchResponse(cached.total(), took, false, cached.hits(), cached.facets(),
                    cached.suggestion());
            assertEquals(expected(again), text(json.of(again)), "tookMs " + took);
        }
        assertEquals(1, written.get());

        SearchResponse equalInListsOfItsOwn = response(4, false);
        assertEquals(expected(equalInListsOfItsOwn), text(json.of(equalInListsOfItsOwn)));
        assertEquals(2, written.get(), "an equal answer that shares no list is written again");
    }

    @Test
    void partialAnswersAndAZeroCapacityAreSerialisedEachTime() {
        SearchResponse partial = response(999, true);
        assertEquals(expected(partial), text(new ResponseJson(mapper, 8).of(partial)));
        SearchResponse full = response(5, false);
        assertEquals(expected(full), text(new ResponseJson(mapper, 0).of(full)));
    }

    @Test
    void differentAnswersAreNotConfused() {
        ResponseJson json = new ResponseJson(mapper, 1);
        SearchResponse one = response(1, false);
        SearchResponse other = new SearchResponse(0, 2, false, List.of(), Map.of(), null);
        assertEquals(expected(one), text(json.of(one)));
        assertEquals(expected(other), text(json.of(other)));
        assertEquals(expected(one), text(json.of(one)), "evicted and written again");
    }
}
