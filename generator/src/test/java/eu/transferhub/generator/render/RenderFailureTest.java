package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.output.OutputSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A render that fails part-way: what the caller sees, and that nothing writes after it returns. */
class RenderFailureTest {

    /** Fails on one file; every other write takes a while, so other jobs are mid-write when it fails. */
    private static final class FailingSink implements OutputSink {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        /** The file to fail on; null: every file. */
        private final String failOn;

        FailingSink(String failOn) {
            this.failOn = failOn;
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            inFlight.incrementAndGet();
            attempts.incrementAndGet();
            try {
                if (failOn == null || path.equals(failOn)) {
                    throw new IOException("disk full at " + path);
                }
                Thread.sleep(5);
                writes.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public void copy(String path, Path source) throws IOException {
            write(path, new byte[0]);
        }
    }

    @Test
    void theSinksExceptionReachesTheCallerUnwrappedAndNoWriteIsStillRunning() throws Exception {
        FailingSink sink = new FailingSink("en/index.html");
        IOException error = assertThrows(IOException.class,
                () -> SiteRenderer.create(Rendered.defaultTheme()).render(TestSite.site(), sink));
        assertEquals("disk full at en/index.html", error.getMessage());
        // The caller deletes the staging folder next: a job still writing would recreate parts of it.
        assertEquals(0, sink.inFlight.get(), "render returned while jobs were still writing");
        int afterReturn = sink.writes.get();
        Thread.sleep(100);
        assertEquals(afterReturn, sink.writes.get(), "files were written after render returned");
    }

    @Test
    void afterAFailureTheJobsNotYetStartedAreSkipped() throws Exception {
        MemorySink all = new MemorySink();
        SiteRenderer.create(Rendered.defaultTheme()).render(TestSite.site(), all);
        FailingSink sink = new FailingSink(null);
        assertThrows(IOException.class, () -> SiteRenderer.create(Rendered.defaultTheme()).render(TestSite.site(), sink));
        // Each worker may have started one job before the first failure was recorded.
        int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
        assertTrue(sink.attempts.get() <= workers, sink.attempts.get() + " of " + all.files().size()
                + " files were attempted after the first failure");
    }
}
