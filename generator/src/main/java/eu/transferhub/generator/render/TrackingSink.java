package eu.transferhub.generator.render;

import eu.transferhub.generator.output.OutputSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes files on to the real sink, counting them and refusing a second file at the same
 * path (an alias that equals a page URL, a slug that equals a list's page/2/), which would
 * otherwise make the output depend on thread timing.
 */
final class TrackingSink implements OutputSink {

    private final OutputSink target;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    TrackingSink(OutputSink target) {
        this.target = target;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        claim(path);
        target.write(path, bytes);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        claim(path);
        target.copy(path, source);
    }

    private void claim(String path) {
        if (!paths.add(path)) {
            throw new IllegalStateException("two output files at " + path
                    + " (an alias, slug or resource that collides with another page)");
        }
    }

    int files() {
        return paths.size();
    }
}
