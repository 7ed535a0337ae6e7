package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The build's staging folder, made on a thread of its own while the pages load: taking the
 * previous site as staging lists every file it holds (36,000 on a large site), a walk of system
 * calls that would otherwise keep the workers waiting between loading and rendering.
 * {@link #close()} closes the output whether or not the build got as far as asking for it.
 */
final class PendingOutput implements AutoCloseable {

    private final Background<StagedOutput> creation;

    private PendingOutput(Background<StagedOutput> creation) {
        this.creation = creation;
    }

    static PendingOutput start(Path target) {
        return new PendingOutput(Background.start("output-staging", () -> StagedOutput.create(target)));
    }

    /** Waits for the staging folder; throws what making it threw. */
    StagedOutput get() throws IOException {
        return creation.get();
    }

    /**
     * Closes the output (see {@link StagedOutput#close()}: an unpublished one is removed, an
     * untouched previous site put back). When making it failed there is nothing to close, and
     * the failure is the caller's to see through {@link #get()}, or moot after an earlier one.
     */
    @Override
    public void close() throws IOException {
        if (creation.finished() == null) {
            creation.get().close();
        }
    }
}
