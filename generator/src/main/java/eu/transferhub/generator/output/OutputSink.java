package eu.transferhub.generator.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Receives the files of a site build. Implementations are thread-safe: the renderer writes
 * from several threads at once. Paths are site-relative with {@code /} separators and no
 * leading slash, e.g. {@code en/cities/bilbao/index.html}; writing one path twice is an error.
 */
public interface OutputSink {

    /** Writes {@code bytes} as the file at {@code path}, creating its folders. */
    void write(String path, byte[] bytes) throws IOException;

    /** Copies the file {@code source} to {@code path} (page resources, theme static files). */
    void copy(String path, Path source) throws IOException;
}
