package eu.transferhub.generator.output;

import java.io.IOException;

/**
 * A sink over the files of an earlier build (the live preview): besides writing, a renderer
 * can say that a file stays as it is, so that it is neither rendered again nor deleted as
 * stale.
 */
public interface IncrementalSink extends OutputSink {

    /**
     * Keeps the file at {@code path} from the earlier build.
     *
     * @throws IllegalStateException when no earlier build wrote that file
     */
    void keep(String path) throws IOException;
}
