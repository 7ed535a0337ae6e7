package eu.transferhub.e2e.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When its sources changed, {@code ./hub} builds the jar again before it runs. Maven writes the
 * jar in place, and a {@code ./hub serve} still running from the old one would then fail on
 * its next class: the launcher moves the old jar aside first, so its file lives on for such a
 * process. The launcher runs here in a copy of the repository's layout with a stand-in
 * {@code mvnw} that writes the jar in place as Maven does.
 */
class HubRebuildTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String JAR = "generator/target/generator-0.1.0-SNAPSHOT-app.jar";

    @TempDir
    Path root;
    Path jar;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(REPO.resolve("hub"), root.resolve("hub"));
        Files.copy(REPO.resolve("scripts/find-jdk.sh"), root.resolve("scripts/find-jdk.sh"));
        for (String pom : new String[] {"pom.xml", "generator/pom.xml", "search-server/pom.xml"}) {
            Files.createDirectories(root.resolve(pom).getParent());
            Files.writeString(root.resolve(pom), "<project/>");
        }
        Files.createDirectories(root.resolve("search-server/src/main"));
        Path source = Files.createDirectories(root.resolve("generator/src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}");
        jar = root.resolve(JAR);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "the jar a running serve has open");
        // Older than the sources: the launcher builds again.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private void mvnw(String script) throws IOException {
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String hub() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("hub").toString(), "check").directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("HUB_AOT", "0");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    @Test
    void aProcessRunningFromTheOldJarKeepsReadingItWhileTheNewOneIsBuilt() throws Exception {
        // The shell's > truncates the file and writes into it: the same file, as Maven's jar plugin does.
        mvnw("printf 'the new jar' > " + JAR);
        try (FileChannel running = FileChannel.open(jar, StandardOpenOption.READ)) {
            String output = hub();
            assertTrue(output.contains("hub: building Transfer Hub from source"), output);
            assertEquals("the new jar", Files.readString(jar));
            assertEquals("the jar a running serve has open", read(running), "the running process's jar");
        }
        assertFalse(Files.exists(Path.of(jar + ".previous")), "nothing is left beside the new jar");
    }

    @Test
    void aFailedBuildLeavesTheJarThatWasThere() throws Exception {
        mvnw("echo 'COMPILATION ERROR' ; exit 1");
        String output = hub();
        assertTrue(output.contains("hub: the build failed; the Maven output is in target/hub-build.log"), output);
        assertEquals("the jar a running serve has open", Files.readString(jar));
        assertFalse(Files.exists(Path.of(jar + ".previous")));
    }
}
