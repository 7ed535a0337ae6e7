package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.transferhub.search.Fixtures;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchApiTest {

    @TempDir
    static Path temp;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(temp, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchAnswersWithHitsFacetsAndTiming() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=bilbao&type=good-practice&lang=en");
        JsonNode body = TestServer.JSON.readTree(response.body());

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(1, body.get("total").asInt());
        assertTrue(body.get("tookMs").isNumber());
        assertFalse(body.get("partial").asBoolean());
        JsonNode hit = body.get("hits").get(0);
        assertEquals("/en/good-practices/as-fabrik/", hit.get("url").asText());
        assertEquals("AS-Fabrik: industry meets digital services", hit.get("title").asText());
        assertEquals("good-practice", hit.get("type").asText());
        assertEquals("en", hit.get("lang").asText());
        assertEquals("2019-03-01", hit.get("date").asText());
        assertEquals("[\"bilbao\"]", hit.get("cities").toString());
        // The English tokenizer keeps the possessive in the token, so the mark covers it.
        assertEquals("<mark>Bilbao&#x27;s</mark> programme that brings industry and digital service companies "
                + "together.", hit.get("snippet").asText());
        // Equal counts are ordered by value.
        assertEquals("[{\"value\":\"article\",\"label\":\"Article\",\"count\":1,\"selected\":false},"
                + "{\"value\":\"good-practice\",\"label\":\"Good practice\",\"count\":1,\"selected\":true}]",
                body.get("facets").get("type").toString());
        assertEquals("[{\"value\":\"en\",\"label\":\"English\",\"count\":1,\"selected\":true},"
                + "{\"value\":\"es\",\"label\":\"Español\",\"count\":1,\"selected\":false}]",
                body.get("facets").get("lang").toString());
        assertTrue(body.get("suggestion").isNull());
    }

    @Test
    void theUiParameterChoosesTheLabelLanguage() throws Exception {
        JsonNode body = server.json("/api/search?q=bilbao&ui=es");
        assertEquals("Buena práctica", body.get("facets").get("type").get(0).get("label").asText());
    }

    @Test
    void theUiParameterRanksItsLanguagesPagesFirst() throws Exception {
        for (String ui : List.of("en", "es")) {
            JsonNode hits = server.json("/api/search?q=bilbao&ui=" + ui).get("hits");
            assertEquals(ui, hits.get(0).get("lang").asText(), hits::toString);
            assertTrue(StreamSupport.stream(hits.spliterator(), false).anyMatch(h -> !h.get("lang").asText().equals(ui)),
                    "other languages' pages are still found: " + hits);
        }
    }

    @ParameterizedTest(name = "{0} → 400 {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/search|q|Type something to search for.",
        "/api/search?q=|q|Type something to search for.",
        "/api/search?q=%20%20|q|Type something to search for.",
        "/api/search?q=x&lang=fr|lang|Unknown language \"fr\"; use one of en, es, eu, et, pl, ro.",
        "/api/search?q=x&ui=xx|ui|Unknown language \"xx\"; use one of en, es, eu, et, pl, ro.",
        "/api/search?q=x&size=101|size|size must be between 1 and 100.",
        "/api/search?q=x&size=0|size|size must be between 1 and 100.",
        "/api/search?q=x&page=-1|page|page must be 0 or more.",
        "/api/search?q=x&page=two|page|page must be a whole number, not \"two\".",
        "/api/search?q=x&page=99999999999|page|page must be a whole number, not \"99999999999\".",
        "/api/search?q=x&page=100|page|Page 101 is beyond the last 1000 results that can be shown; refine the search instead.",
        "/api/search?q=x&page=10&size=100|page|Page 11 is beyond the last 1000 results that can be shown; refine the search instead.",
        "/api/search?q=x&page=2147483647|page|Page 2147483648 is beyond the last 1000 results that can be shown; refine the search instead.",
        "/api/search?q=x&sort=popular|sort|sort must be \"relevance\" or \"date\".",
        "/api/search?q=x&year=20x1|year|year must be a four-digit year, not \"20x1\".",
        "/api/search?q=x&year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90|year|year must be a four-digit year, not \"２０２０\".",
        "/api/search?q=x&page=%D9%A1|page|page must be a whole number, not \"١\".",
        "/api/search?q=x&city=..%2Fetc|city|city must be a slug (letters, digits, -), not \"../etc\".",
        "/api/search?q=x&q=y|q|q may be given only once.",
        "/api/search?q=caf%E9|q|q has %-escapes that are not UTF-8 text (é is %C3%A9, not the Latin-1 %E9).",
        "/api/search?q=x&city=%C3|city|city has %-escapes that are not UTF-8 text (é is %C3%A9, not the Latin-1 %E9).",
        "/api/search?%71=caf%E9|q|q has %-escapes that are not UTF-8 text (é is %C3%A9, not the Latin-1 %E9).",
        "/api/search?q=-|q|Type a word to search for.",
        "/api/search?q=*|q|Type a word to search for.",
        "/api/search?q=-city|q|Add a word to search for: a search cannot only exclude words.",
        "/api/search?q=a+b+c+d+e+f+g+h+i+j+k|q|The search has too many words: at most 10 words or phrases, this one has 11.",
        "/api/suggest|q|Type something to get suggestions.",
        "/api/suggest?q=bil&q=tar|q|q may be given only once.",
        "/api/suggest?q=bil&lang=de|lang|Unknown language \"de\"; use one of en, es, eu, et, pl, ro.",
    })
    void badInputIsA400NamingTheParameter(String target, String param, String message) throws Exception {
        HttpResponse<String> response = server.get(target);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(TestServer.JSON.createObjectNode().put("error", message).put("param", param),
                TestServer.JSON.readTree(response.body()));
    }

    @Test
    void anOverlongQueryIsA400() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=" + "a".repeat(501));

        assertEquals(400, response.statusCode());
        assertEquals("{\"error\":\"The search is too long: at most 500 characters, this one has 501.\","
                + "\"param\":\"q\"}", response.body());
    }

    @Test
    void anyStringGetsResultsOrAMessageNeverA500() throws Exception {
        List<String> hostile = List.of("title:(foo AND", "*:*", "\\", "[a TO z]", "{!lucene}x", "\"", "a~999999",
                "x^", "%", "((((((((((((((((((((a", "ab* cd* ef* gh* ij* kl* mn* op* qr* st*", "\u0000", "😀 city",
                "<script>alert(1)</script>");
        List<String> failures = new ArrayList<>();
        for (String q : hostile) {
            HttpResponse<String> response = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (response.statusCode() != 200 && response.statusCode() != 400) {
                failures.add(q + " → " + response.statusCode() + " " + response.body());
            }
            if (response.statusCode() == 400 && !response.body().contains("\"param\":\"q\"")) {
                failures.add(q + " → " + response.body());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aMalformedEscapeIsA400NamingItsParameterNotASilentlyDroppedFilter() throws Exception {
        for (String[] c : new String[][] {{"/api/search?q=x&lang=%zz", "lang"}, {"/api/search?q=x&city=bilbao%2", "city"},
                {"/api/suggest?q=bil&lang=%zz", "lang"}}) {
            RawHttp.Response response = RawHttp.get(server.port(), c[0]);
            assertEquals(400, response.status(), c[0] + " → " + response.body());
            assertEquals("{\"error\":\"" + c[1] + " has a malformed %-escape (write a % sign as %25).\",\"param\":\""
                    + c[1] + "\"}", response.body(), c[0]);
        }
    }

    @Test
    void escapesInParametersNoEndpointReadsAreIgnoredLikeTheParameters() throws Exception {
        for (String target : List.of("/api/search?q=bilbao&utm_source=%zz", "/api/search?q=bilbao&ref=caf%E9",
                "/api/suggest?q=bil&city=%E9", "/en/search/?q=bilbao&%ED%A0%80=")) {
            RawHttp.Response response = RawHttp.get(server.port(), target);
            assertEquals(200, response.status(), target + " → " + response.body());
        }
    }

    @Test
    void malformedQueryStringsAreA400NotA500() throws Exception {
        for (String target : List.of("/api/search?q=%", "/api/search?q=%zz", "/api/search?q=a&size=%E2%82",
                "/api/suggest?q=%")) {
            RawHttp.Response response = RawHttp.get(server.port(), target);
            assertEquals(400, response.status(), target + " → " + response.body());
        }
    }

    @Test
    void didYouMeanComesWithFewResults() throws Exception {
        JsonNode body = server.json("/api/search?q=manufacturng");
        assertEquals("manufacturing", body.get("suggestion").asText());
    }

    @Test
    void suggestCompletesTitlesAndWords() throws Exception {
        HttpResponse<String> response = server.get("/api/suggest?q=Bielsko-Bia");
        assertEquals(200, response.statusCode());
        assertEquals("{\"pages\":[{\"title\":\"Bielsko-Biała\",\"url\":\"/en/cities/bielsko-biala/\",\"lang\":\"en\"},"
                + "{\"title\":\"Bielsko-Biała\",\"url\":\"/pl/cities/bielsko-biala/\",\"lang\":\"pl\"}],"
                + "\"terms\":[\"Bielsko-Biała\"]}", response.body());
        // Only one Basque page has the word: a completion needs two pages in the language asked.
        assertEquals("{\"pages\":[{\"title\":\"Bilbao\",\"url\":\"/eu/cities/bilbao/\",\"lang\":\"eu\"}],"
                + "\"terms\":[]}", server.get("/api/suggest?q=bilb&lang=eu").body());
        assertEquals("[\"bilbao\"]", server.json("/api/suggest?q=bilb").get("terms").toString());
    }

    @Test
    void completionsAreWrittenAsThePagesWriteThemAndCountedInTheLanguageAsked() throws Exception {
        assertEquals("[\"przemysłu\"]", server.json("/api/suggest?q=przem").get("terms").toString(),
                "the written form, not the folded 'przemyslu'");
        assertEquals("[\"Timișoara\"]", server.json("/api/suggest?q=Tim").get("terms").toString());
        // A colon separates words, as in a search: the word after it is completed.
        assertEquals("[\"title:Timișoara\"]", server.json("/api/suggest?q=title:Tim").get("terms").toString());
        assertEquals("[\"intensive\"]", server.json("/api/suggest?q=int").get("terms").toString());
        assertEquals("[\"intensive\"]", server.json("/api/suggest?q=int&lang=en").get("terms").toString());
        assertEquals("[]", server.json("/api/suggest?q=int&lang=es").get("terms").toString(),
                "no Spanish page has the word: it is no completion for a Spanish visitor");
    }

    @Test
    void suggestCompletesATitleWithAStopWordInIt() throws Exception {
        // "for" is an English stop word: it has no stem in the title field, only its written form.
        String body = server.get("/api/suggest?q=solutions+for+clim&lang=en").body();
        assertTrue(body.startsWith("{\"pages\":[{\"title\":\"Nature-based solutions for climate resilience\""), body);
    }

    @Test
    void healthNamesTheIndexVersion() throws Exception {
        HttpResponse<String> response = server.get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\",\"indexVersion\":\"v00000001\",\"documents\":10}", response.body());
    }

    @Test
    void headAnswersLikeGetWithoutABodyForHealthProbes() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String target : List.of("/health", "/api/search?q=bilbao", "/api/suggest?q=bil", "/metrics")) {
            HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + server.port() + target))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), target);
            assertEquals("", response.body(), target);
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith(
                    target.equals("/metrics") ? "text/plain" : "application/json"), target + ": " + response.headers());
        }
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        server.get("/api/search?q=tartu");
        server.get("/api/search?q=");
        HttpResponse<String> response = server.get("/metrics");
        String text = response.body();

        assertEquals("text/plain; version=0.0.4; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(text.contains("# TYPE transferhub_http_requests_total counter\n"), text);
        assertTrue(text.matches("(?s).*\ntransferhub_http_requests_total\\{route=\"api_search\",status=\"200\"} \\d+\n.*"), text);
        assertTrue(text.matches("(?s).*\ntransferhub_http_errors_total\\{route=\"api_search\",class=\"4xx\"} \\d+\n.*"), text);
        assertTrue(text.contains("# TYPE transferhub_http_request_duration_seconds histogram\n"), text);
        assertTrue(text.matches("(?s).*\ntransferhub_http_request_duration_seconds_bucket\\{route=\"api_search\",le=\"\\+Inf\"} \\d+\n.*"), text);
        assertTrue(text.contains("\ntransferhub_index_documents 10\n"), text);
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=tartu");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'none'"));
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
    }

    @Test
    void otherMethodsAre405WithTheAllowHeaderInTheAnswersLanguage() throws Exception {
        HttpResponse<String> api = send("POST", "/api/search?q=bilbao");
        assertEquals(405, api.statusCode());
        assertEquals("GET, HEAD, OPTIONS", api.headers().firstValue("Allow").orElseThrow());
        assertEquals("{\"error\":\"POST is not allowed here; this server answers GET and HEAD\",\"param\":null}",
                api.body());
        assertEquals(405, send("DELETE", "/health").statusCode());
        HttpResponse<String> page = send("PUT", "/en/about/");
        assertEquals(405, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), page.headers().toString());
        assertEquals("PUT is not allowed here; this server answers GET and HEAD\n", page.body());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());

        HttpResponse<String> options = send("OPTIONS", "/api/search");
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void anUnknownApiPathIsAJson404NotTheSitesPage() throws Exception {
        HttpResponse<String> response = server.get("/api/serch?q=bilbao");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("{\"error\":\"no such endpoint: /api/serch; the API has /api/search and /api/suggest\","
                + "\"param\":null}", response.body());
        // The site's own 404 page stays for everything else.
        assertTrue(server.get("/en/nothing-here/").body().contains("<html"));
    }

    @Test
    void requestsJettyRefusesBeforeAnyRouteAreJsonWithTheSecurityHeaders() throws Exception {
        RawHttp.Response tooLong = RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(9_000));
        assertEquals(414, tooLong.status());
        assertEquals("application/json", tooLong.header("Content-Type"));
        assertEquals("{\"error\":\"the request URI is too long; a search query has at most 500 characters\","
                + "\"param\":null}", tooLong.body());
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, tooLong.header("Content-Security-Policy"));
        assertEquals("nosniff", tooLong.header("X-Content-Type-Options"));

        RawHttp.Response hugeHeader = RawHttp.get(server.port(), "/api/search?q=bilbao", "X-Big: " + "b".repeat(9_000));
        assertEquals(431, hugeHeader.status());
        assertEquals("{\"error\":\"the request headers are too large\",\"param\":null}", hugeHeader.body());
        assertEquals("DENY", hugeHeader.header("X-Frame-Options"));
    }

    private static HttpResponse<String> send(String method, String target) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + server.port() + target))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beforeAnyIndexIsPublishedSearchIs503AndTheSiteStillServes(@TempDir Path empty) throws Exception {
        try (TestServer fresh = TestServer.start(empty, false)) {
            HttpResponse<String> search = fresh.get("/api/search?q=bilbao");
            assertEquals(503, search.statusCode());
            assertEquals("{\"error\":\"the search index is not built yet\",\"param\":null}", search.body());
            assertEquals("1", search.headers().firstValue("Retry-After").orElse(null));
            assertEquals(503, fresh.get("/api/suggest?q=bil").statusCode());
            HttpResponse<String> health = fresh.get("/health");
            assertEquals(503, health.statusCode());
            assertEquals("{\"status\":\"no-index\",\"indexVersion\":null,\"documents\":0}", health.body());
            assertEquals(200, fresh.get("/en/about/").statusCode());

            Fixtures.publishFixture(fresh.index);
            assertEquals("v00000001", fresh.server.reloadIndex().orElseThrow().id());
            assertEquals(4, fresh.json("/api/search?q=bilbao").get("total").asInt());
        }
    }
}
