package eu.transferhub.search.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The open internet types anything into the search box: random strings over all of Unicode
 * (lone surrogates, RTL marks, combining marks, NUL), invalid UTF-8 bytes, huge and negative
 * numbers and random repeated parameters, to {@code /api/search}, {@code /api/suggest} and the
 * server-rendered search page. Every answer is a 200 or a 400 that names the parameter, in
 * JSON for the API, without a stack trace, and fast. The time bound is 2 s although the
 * server answers in milliseconds: a loaded CI machine must not make it flaky; a hang or a
 * catastrophic regex would still fail it.
 */
class SearchApiPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("q", "lang", "ui", "type", "city", "network", "theme", "year",
            "page", "size", "sort");
    private static final Set<String> NUMERIC = Set.of("page", "size", "year");
    /** Jetty's default request-header limit; a longer URL gets 414 from Jetty itself, before any handler. */
    private static final int MAX_URI = 8 * 1024;
    private static final long SLOW_MS = 2_000;

    private static FuzzServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = FuzzServer.start();
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
    }

    @Property(tries = 500)
    void apiAnswersAnyQueryWithJsonAndNeverA500(@ForAll("endpoints") String endpoint,
            @ForAll("queries") String query) throws Exception {
        String uri = endpoint + "?" + query;
        long start = System.nanoTime();
        HttpResponse<String> response = server.get(uri);
        long ms = (System.nanoTime() - start) / 1_000_000;

        String where = response.statusCode() + " for " + uri + ": " + response.body();
        assertTrue(ms < SLOW_MS, () -> "took " + ms + " ms: " + uri);
        if (uri.length() > MAX_URI && response.statusCode() == 414) {
            return;
        }
        assertTrue(response.statusCode() == 200 || response.statusCode() == 400, where);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), where);
        if (endpoint.startsWith("/api/")) {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), where);
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 400) {
                assertTrue(body.path("error").isTextual() && !body.path("error").asText().isBlank(), where);
                assertTrue(body.has("param"), where);
                assertTrue(body.path("param").isNull() || NAMES.contains(body.path("param").asText()), where);
            } else if (endpoint.equals("/api/search")) {
                assertTrue(body.path("hits").isArray(), where);
                assertTrue(body.path("total").asLong(-1) >= 0, where);
            }
        } else {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), where);
            assertTrue(response.body().contains("id=\"search-results\""), where);
        }
    }

    @Property(tries = 100)
    void invalidUtf8InAnyParameterIsA200Or400(@ForAll("names") String name, @ForAll byte[] bytes) throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=city&" + name + "=" + RawQuery.bytes(bytes));
        String where = response.statusCode() + " for " + name + "=" + RawQuery.bytes(bytes) + ": " + response.body();
        assertTrue(response.statusCode() == 200 || response.statusCode() == 400, where);
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() == 400) {
            assertEquals(name, body.path("param").asText(), where);
        }
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of("/api/search", "/api/suggest", "/en/search/", "/es/search/");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<RawQuery.Param> param = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, Arbitraries.of(NAMES)),
                        net.jqwik.api.Tuple.of(1, text())),
                Arbitraries.integers().between(0, 9)).flatAs((name, kind) -> value(name, kind).map(v ->
                        new RawQuery.Param(name, v)));
        return param.list().ofMinSize(0).ofMaxSize(8).map(RawQuery::of);
    }

    private Arbitrary<String> value(String name, int kind) {
        if (NUMERIC.contains(name) && kind < 6) {
            return numbers();
        }
        return text();
    }

    /** Any text, weighted towards the characters that break naive code. */
    static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.of("\u200F", "\u202E", "\u202D", "\u0000", "\u0301", "e\u0301\u0302",
                "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uFEFF", "\uFFFD", "\uFFFF", "\u2028", "\t", "\r\n", " ",
                "\"", "*", "?", "-", "+", "~", "\\", "(", ")", ":", "AND", "OR", "NOT", "&&", "||", "^", "[", "]",
                "{", "}", "/", "industry", "ciudad", "mobil*", "Bielsko-Biała", "ş", "İ", "ß", "😀", "🇪🇺");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                tricky.list().ofMaxSize(12).map(parts -> String.join("", parts)),
                Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10), tricky)
                        .as((word, mark) -> word + mark + word),
                Arbitraries.strings().withChars("a b\u0301\u200F").ofMinLength(150).ofMaxLength(700),
                Arbitraries.just(""));
    }

    /** Numbers that are too big, negative, fractional, in other notations, or not numbers. */
    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(40)),
                        new java.math.BigInteger("1" + "0".repeat(40))).map(String::valueOf),
                Arbitraries.of("-0", "+1", "1e3", "0x10", " 1", "1 ", "1.5", "٣", "²", "NaN", "Infinity", "",
                        "2147483648", "-2147483649", "9223372036854775808", "0000000000000000001", "1999", "2020",
                        "-2020", "20201"));
    }

    @SuppressWarnings("unused")
    private static List<String> describe(List<RawQuery.Param> params) {
        List<String> out = new ArrayList<>();
        params.forEach(p -> out.add(p.name() + "=" + p.value()));
        return out;
    }
}
