package eu.transferhub.search.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A short run of the load test's request mix ({@code bench/queries.lua}): 300 requests from
 * four concurrent clients over the fixture index, and not one error. The full load test, with
 * wrk and a large generated archive, is a benchmark (bench/run.sh), not part of the build.
 */
class SearchLoadSmokeTest {

    private static final int REQUESTS = 300;
    private static final int CLIENTS = 4;

    @Test
    void threeHundredRequestsOfTheBenchmarkMixWithoutAnError() throws Exception {
        List<String> mix = BenchQueries.read(Path.of("bench/queries.lua"));
        assertTrue(mix.size() > 100, "the mix has a few hundred distinct requests: " + mix.size());
        assertTrue(mix.contains("/api/search?q=industry&ui=en") && mix.contains("/api/suggest?q=mobi"), mix::toString);

        try (FuzzServer server = FuzzServer.start(); ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path = mix.get(i % mix.size());
                answers.add(clients.submit(() -> {
                    HttpResponse<String> response = server.get(path);
                    return response.statusCode() / 100 == 2 && response.body().startsWith("{")
                            ? null : response.statusCode() + " for " + path + ": " + response.body();
                }));
            }
            List<String> errors = new ArrayList<>();
            for (Future<String> answer : answers) {
                String error = answer.get();
                if (error != null) {
                    errors.add(error);
                }
            }
            assertEquals(List.of(), errors);
        }
    }
}
