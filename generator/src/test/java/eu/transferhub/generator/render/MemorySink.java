package eu.transferhub.generator.render;

import eu.transferhub.generator.output.OutputSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** An {@link OutputSink} that keeps every file in memory, for tests. Thread-safe. */
final class MemorySink implements OutputSink {

    private final NavigableMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        if (files.putIfAbsent(path, bytes.clone()) != null) {
            throw new IOException("written twice: " + path);
        }
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        write(path, Files.readAllBytes(source));
    }

    NavigableMap<String, byte[]> files() {
        return files;
    }

    /** The file as UTF-8 text; fails the test when it was not written. */
    String text(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("no file " + path + "; files: " + files.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
