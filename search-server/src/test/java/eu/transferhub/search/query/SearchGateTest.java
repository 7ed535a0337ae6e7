package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.index.LanguageAnalyzers;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchGateTest {

    private interface Blocking {
        void run() throws InterruptedException;
    }

    /** Work for the gate throws only IOException. */
    private static void pause(Blocking blocking) throws InterruptedIOException {
        try {
            blocking.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    @Test
    void noMoreSearchesRunAtOnceThanItHasSlots() throws Exception {
        SearchGate gate = new SearchGate(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    pause(() -> Thread.sleep(2));
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aSearchThatCannotStartWithinTheWaitIsBusyWhileCachedAnswersStillCome(@TempDir Path root) throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(50));
        try (LiveIndex index = new LiveIndex()) {
            index.switchTo(Fixtures.publishFixture(root));
            ArchiveSearcher searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5), 10,
                    gate);
            long tartu = searcher.search(SearchRequest.of("Tartu", null)).total();

            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = Thread.ofPlatform().start(() -> {
                try {
                    gate.run(() -> {
                        holding.countDown();
                        pause(release::await);
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            try {
                assertEquals(tartu, searcher.search(SearchRequest.of("Tartu", null)).total(), "from the cache");
                SearchBusyException busy = assertThrows(SearchBusyException.class,
                        () -> searcher.search(SearchRequest.of("Bilbao", null)));
                assertEquals("the search server is busy; try again in a moment", busy.getMessage());
            } finally {
                release.countDown();
                holder.join();
            }
            assertTrue(searcher.search(SearchRequest.of("Bilbao", null)).total() > 0, "a free slot again");
        }
    }
}
