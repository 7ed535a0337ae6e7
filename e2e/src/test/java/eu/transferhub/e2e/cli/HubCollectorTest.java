package eu.transferhub.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.PreviewSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hub build} and {@code ./hub check} run on the serial collector (a batch over the whole
 * site: less memory and CPU than G1); a collector the user names in HUB_JAVA_OPTS wins.
 */
class HubCollectorTest {

    @TempDir
    Path work;

    @Test
    void aBuildRunsOnTheSerialCollector() throws Exception {
        String log = hub("", "build", "--out", work.resolve("site").toString(),
                "--index", work.resolve("index").toString());
        assertTrue(log.contains("Using Serial"), log);
    }

    @Test
    void aCheckRunsOnTheSerialCollector() throws Exception {
        assertTrue(hub("", "check").contains("Using Serial"));
    }

    @Test
    void aCollectorNamedInTheOptionsWins() throws Exception {
        // Two collectors on one command line would stop the JVM before it starts.
        String log = hub("-XX:+UseParallelGC", "check");
        assertTrue(log.contains("Using Parallel"), log);
    }

    @Test
    void otherCommandsKeepTheJvmDefault() throws Exception {
        // G1 on a machine with two cores or more; a bare JVM on this one says which.
        Process bare = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:gc=info:stderr", "-version").redirectErrorStream(true).start();
        String defaultCollector = new String(bare.getInputStream().readAllBytes()).lines()
                .filter(l -> l.contains("Using ")).findFirst().map(l -> l.substring(l.indexOf("Using "))).orElseThrow();
        bare.waitFor();
        String log = hub("", "--version");
        assertTrue(log.contains(defaultCollector), () -> defaultCollector + " expected in: " + log);
    }

    /** Runs {@code ./hub args} on the bundled content; the JVM's GC log and the output, joined. */
    private String hub(String options, String... args) throws IOException, InterruptedException {
        Path repo = PreviewSite.directory("repo.dir");
        List<String> command = new ArrayList<>(List.of(repo.resolve("hub").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HUB_AOT", "0");
        builder.environment().put("HUB_JAVA_OPTS", (options + " -Xlog:gc=info:stderr").strip());
        int status = builder.start().waitFor();
        String log = Files.readString(out);
        assertEquals(0, status, log);
        return log;
    }
}
