package eu.transferhub.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.e2e.PreviewSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hub build} and {@code ./hub check} are batches over the whole site: they run on the
 * serial collector (less memory and CPU than G1), with a class-metadata threshold that does not
 * start a full collection part way (after which the heap grows), and with shallower JIT inlining
 * and no on-stack replacement (less time in the C2 compiler). What the user names in
 * HUB_JAVA_OPTS wins.
 */
class HubBatchJvmTest {

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
    void aBuildDoesNotCollectWhenClassMetadataGrows() throws Exception {
        String flags = hub("-XX:+PrintFlagsFinal", "build", "--out", work.resolve("site").toString(),
                "--index", work.resolve("index").toString());
        assertEquals(Long.toString(128L << 20), flag(flags, "MetaspaceSize"));
        assertTrue(flags.lines().noneMatch(l -> l.contains("Metadata GC Threshold")), flags);
    }

    @Test
    void theMetadataThresholdStaysWithACollectorTheUserNamed() throws Exception {
        String flags = hub("-XX:+PrintFlagsFinal -XX:+UseParallelGC", "check");
        assertEquals(Long.toString(128L << 20), flag(flags, "MetaspaceSize"));
    }

    @Test
    void aBuildCompilesWithShallowInliningAndNoOnStackReplacement() throws Exception {
        String flags = hub("-XX:+PrintFlagsFinal", "build", "--out", work.resolve("site").toString(),
                "--index", work.resolve("index").toString());
        assertEquals("false", flag(flags, "UseOnStackReplacement"));
        assertEquals("9", flag(flags, "MaxInlineLevel"));
        assertEquals("1000", flag(flags, "InlineSmallCode"));
    }

    @Test
    void jitOptionsNamedByTheUserWin() throws Exception {
        String flags = hub("-XX:+PrintFlagsFinal -XX:+UseOnStackReplacement -XX:MaxInlineLevel=15", "check");
        assertEquals("true", flag(flags, "UseOnStackReplacement"));
        assertEquals("15", flag(flags, "MaxInlineLevel"));
    }

    @Test
    void otherCommandsKeepTheJitDefaults() throws Exception {
        String flags = hub("-XX:+PrintFlagsFinal", "--version");
        assertEquals("true", flag(flags, "UseOnStackReplacement"));
        assertTrue(flags.lines().anyMatch(l -> l.contains(" MaxInlineLevel ") && l.contains("{default}")), flags);
    }

    /** A flag's value in the JVM's -XX:+PrintFlagsFinal table ("intx MaxInlineLevel = 9 {C2 product} …"). */
    private static String flag(String flags, String name) {
        Matcher row = Pattern.compile("^\\s*\\S+\\s+" + name + "\\s+:?=\\s+(\\S+)", Pattern.MULTILINE).matcher(flags);
        assertTrue(row.find(), () -> name + " not in " + flags);
        return row.group(1);
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
