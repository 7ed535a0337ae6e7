package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.index.IndexVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSwapTest {

    @Test
    void swappingTheIndexUnderConcurrentQueriesFailsNoRequest(@TempDir Path temp) throws Exception {
        try (TestServer server = TestServer.start(temp, true)) {
            AtomicBoolean publishing = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            int clients = 4;
            CountDownLatch started = new CountDownLatch(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    started.countDown();
                    // Bounded: stops when publishing is over, or after 2,000 requests at most.
                    for (int n = 0; n < 2_000 && (publishing.get() || n < 20); n++) {
                        try {
                            HttpResponse<String> response = server.get("/api/search?q=bilbao&type=city");
                            if (response.statusCode() != 200 || !response.body().contains("\"total\":1,")) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                    return null;
                });
            }
            started.await();
            for (int version = 2; version <= 6; version++) {
                IndexVersion published = Fixtures.publishFixture(server.index);
                assertEquals(published, server.server.reloadIndex().orElseThrow());
            }
            publishing.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(answered.get() >= clients * 20);
            assertEquals("v00000006", server.server.indexVersion().orElseThrow().id());
        }
    }

    @Test
    void aStandaloneServerNoticesANewlyPublishedVersionByItself(@TempDir Path temp) throws Exception {
        try (TestServer server = TestServer.start(temp, true)) {
            IndexVersion published = Fixtures.publishFixture(server.index);

            String health = "";
            for (int attempt = 0; attempt < 100 && !health.contains(published.id()); attempt++) {
                Thread.sleep(100);
                health = server.get("/health").body();
            }

            assertEquals("{\"status\":\"ok\",\"indexVersion\":\"v00000002\",\"documents\":10}", health);
        }
    }
}
