package eu.transferhub.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.e2e.SiteUnderTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON API names facet values in the visitor's language, also where that language has no page
 * of the value: the type facet counts every language's pages.
 */
class FacetLabelsTest {

    @RegisterExtension
    static final SiteUnderTest SITE = SiteUnderTest.withoutBrowser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode search(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(SITE.preview().url(
                "/api/search?" + query))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static Map<String, String> typeLabels(JsonNode answer) {
        Map<String, String> labels = new HashMap<>();
        answer.path("facets").path("type").forEach(v -> labels.put(v.path("value").asText(), v.path("label").asText()));
        return labels;
    }

    @Test
    void aTypeWithNoPageInTheVisitorsLanguageIsNamedInThatLanguage() throws Exception {
        assertEquals(0, search("q=tartu&lang=es&type=case-study").path("total").asInt(),
                "the bundled content has no case study in Spanish");

        Map<String, String> spanish = typeLabels(search("q=tartu&ui=es"));
        assertEquals("Estudio de caso", spanish.get("case-study"), spanish.toString());
        assertEquals("Buena práctica", spanish.get("good-practice"), spanish.toString());

        Map<String, String> estonian = typeLabels(search("q=tartu&ui=et"));
        assertEquals("Juhtumiuuring", estonian.get("case-study"), estonian.toString());
        assertEquals("Case study", typeLabels(search("q=tartu")).get("case-study"), "no ui: English");
    }
}
