package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.output.StagedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The build's staging folder, made on a thread of its own while the pages load: taking the
 * previous site as staging lists every file it holds (36,000 on a large site), a walk of system
 * calls that would otherwise keep the workers waiting between loading and rendering.
 * {@link #close()} closes the output whether or not the build got as far as asking for it.
 */
final class PendingOutput implements AutoCloseable {

    private final FutureTask<StagedOutput> creation;

    private PendingOutput(FutureTask<StagedOutput> creation) {
        this.creation = creation;
    }

    static PendingOutput start(Path target) {
        FutureTask<StagedOutput> creation = new FutureTask<>(() -> StagedOutput.create(target));
        Thread.ofPlatform().name("output-staging").daemon().start(creation);
        return new PendingOutput(creation);
    }

    /** Waits for the staging folder; throws what making it threw. */
    StagedOutput get() throws IOException {
        try {
            return creation.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing the output folder", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case UncheckedIOException unchecked -> throw unchecked.getCause();
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IOException(e.getCause());
            }
        }
    }

    /**
     * Closes the output (see {@link StagedOutput#close()}: an unpublished one is removed, an
     * untouched previous site put back). When making it failed there is nothing to close, and
     * the failure is the caller's to see through {@link #get()}, or moot after an earlier one.
     */
    @Override
    public void close() throws IOException {
        StagedOutput output;
        try {
            output = get();
        } catch (IOException | RuntimeException e) {
            return;
        }
        output.close();
    }
}
