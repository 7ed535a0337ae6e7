package eu.transferhub.search.fuzz;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.http.SearchServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real search server on a random port over the shared fixture index and test site. */
final class FuzzServer implements AutoCloseable {

    private final Path temp;
    private final SearchServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FuzzServer(Path temp, SearchServer server) {
        this.temp = temp;
        this.server = server;
    }

    static FuzzServer start() throws IOException {
        Path temp = Files.createTempDirectory("search-fuzz-");
        Path site = Fixtures.copySite(temp.resolve("site"));
        Path index = temp.resolve("index");
        Fixtures.publishFixture(index);
        return new FuzzServer(temp, SearchServer.builder().site(site).index(index).port(0).start());
    }

    /** A GET of {@code rawPathAndQuery}, which must already be percent-encoded. */
    HttpResponse<String> get(String rawPathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
