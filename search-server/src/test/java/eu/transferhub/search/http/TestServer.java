package eu.transferhub.search.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.search.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real search server on a random port over the test site and (optionally) the fixture index. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path site;
    final Path index;
    final SearchServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path site, Path index, SearchServer server) {
        this.site = site;
        this.index = index;
        this.server = server;
    }

    static TestServer start(Path temp, boolean publish) throws IOException {
        return start(temp, publish, UnaryOperator.identity());
    }

    static TestServer start(Path temp, boolean publish, UnaryOperator<SearchServer.Builder> configure)
            throws IOException {
        Path site = Fixtures.copySite(temp.resolve("site"));
        Path index = temp.resolve("index");
        if (publish) {
            Fixtures.publishFixture(index);
        }
        SearchServer server = configure.apply(SearchServer.builder().site(site).index(index).port(0)).start();
        return new TestServer(site, index, server);
    }

    int port() {
        return server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        return JSON.readTree(get(pathAndQuery).body());
    }

    @Override
    public void close() {
        server.close();
    }
}
