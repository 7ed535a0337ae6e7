package eu.transferhub.generator.pipeline;

/**
 * Told how far a long build has come. Called from worker threads, so implementations are
 * thread-safe and cheap (throttle output themselves).
 */
@FunctionalInterface
public interface BuildProgress {

    /** Ignores every update. */
    BuildProgress SILENT = (stage, done, total) -> { };

    /**
     * @param stage what is being done, e.g. {@code "reading pages"}
     * @param done  how many items of the stage are finished
     * @param total how many there are
     */
    void update(String stage, int done, int total);
}
