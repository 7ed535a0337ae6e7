package eu.transferhub.generator.cli;

import eu.transferhub.generator.pipeline.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a long build has come: a line such as {@code reading pages 8123/20000} every
 * two seconds. Short builds print nothing, since the first line waits two seconds too. Plain
 * lines rather than a {@code \r}-rewritten one, because Java 21 cannot tell a terminal from a
 * pipe reliably and CI logs would fill with control characters. Thread-safe.
 */
final class ProgressPrinter implements BuildProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private long last = System.nanoTime();

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        err.println(String.format(Locale.ROOT, "%s %d/%d", stage, done, total));
        err.flush();
    }
}
