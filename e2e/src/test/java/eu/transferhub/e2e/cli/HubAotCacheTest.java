package eu.transferhub.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.transferhub.e2e.PreviewSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 25 and later, {@code ./hub build} trains the JVM's ahead-of-time cache once, and the
 * commands after it start from that cache.
 */
class HubAotCacheTest {

    @TempDir
    Path work;

    private record Run(int status, String out, String err) {
    }

    @Test
    void theFirstBuildTrainsTheCacheAndTheNextOneStartsFromIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25 or later");
        Path repo = PreviewSite.directory("repo.dir");
        Path aot = work.resolve("aot");

        Run first = hub(repo, aot, Map.of());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("Built "), first.out());
        assertFalse(first.out().contains("AOTConfiguration"), "the JVM's own line is kept out: " + first.out());

        Path cache = awaitCache(aot, Duration.ofSeconds(90));
        try (Stream<Path> files = Files.list(aot)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".training")).toList(),
                    "the training data is removed once the cache is written");
        }

        Run second = hub(repo, aot, Map.of("HUB_JAVA_OPTS", "-Xlog:aot=info"));
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("Opened AOT cache " + cache), second.out());
        assertFalse(second.out().contains("Unable to map"), second.out());
        assertTrue(second.out().contains("Built "), second.out());
    }

    private Run hub(Path repo, Path aot, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("hub").toString(), "build",
                "--content", repo.resolve("content").toString(), "--out", work.resolve("site").toString(),
                "--index", work.resolve("index").toString())
                .directory(repo.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HUB_AOT_DIR", aot.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        int status = builder.start().waitFor();
        return new Run(status, Files.readString(out), Files.readString(err));
    }

    private static Path awaitCache(Path aot, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(aot)) {
                try (Stream<Path> files = Files.list(aot)) {
                    List<Path> caches = files.filter(f -> f.getFileName().toString().endsWith(".aot")).toList();
                    if (!caches.isEmpty()) {
                        return caches.getFirst();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no AOT cache in " + aot + " after " + timeout);
    }
}
