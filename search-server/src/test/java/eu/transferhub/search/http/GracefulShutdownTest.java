package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {

    @Test
    void closingLetsTheRequestInFlightFinishAndRefusesNewOnes(@TempDir Path temp) throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        TestServer server = TestServer.start(temp, true, builder -> builder
                .stopTimeout(Duration.ofSeconds(10))
                .routes(config -> config.routes.get("/slow", ctx -> {
                    inFlight.countDown();
                    Thread.sleep(1_500);
                    ctx.result("finished");
                })));
        int port = server.port();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(inFlight.await(10, TimeUnit.SECONDS));

        long started = System.nanoTime();
        server.close();
        long stoppedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        HttpResponse<String> response = slow.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("finished", response.body());
        assertTrue(stoppedAfterMillis < 10_000, "stopped after " + stoppedAfterMillis + " ms");
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aRequestThatOutlastsTheStopTimeoutDoesNotHoldTheServer(@TempDir Path temp) throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        TestServer server = TestServer.start(temp, true, builder -> builder
                .stopTimeout(Duration.ofMillis(500))
                .routes(config -> config.routes.get("/stuck", ctx -> {
                    inFlight.countDown();
                    Thread.sleep(8_000);
                })));
        HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/stuck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(inFlight.await(10, TimeUnit.SECONDS));

        long started = System.nanoTime();
        server.close();

        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 5_000);
    }
}
