package eu.transferhub.generator.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastModifiedTest {

    @TempDir
    Path repo;

    private void git(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("git", "-C", repo.toString()), args))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private void commitAt(String isoTime, String message) throws Exception {
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", isoTime, "GIT_COMMITTER_DATE", isoTime);
        git(env, "add", "-A");
        git(env, "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "-q",
                "-m", message);
    }

    @Test
    void takesEachFilesLastCommitAndTheFileTimeForUncommittedChanges() throws Exception {
        git(Map.of(), "init", "-q");
        Path content = Files.createDirectories(repo.resolve("content/cities/tartu"));
        Path tartu = content.resolve("index.en.md");
        Path estonian = content.resolve("index.et.md");
        Files.writeString(tartu, "one", StandardCharsets.UTF_8);
        Files.writeString(estonian, "üks", StandardCharsets.UTF_8);
        commitAt("2024-01-10T08:00:00Z", "first");
        Files.writeString(tartu, "two", StandardCharsets.UTF_8);
        commitAt("2024-03-05T09:30:00Z", "second");
        Path draft = content.resolve("index.pl.md");
        Files.writeString(draft, "draft", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(draft, FileTime.from(Instant.parse("2025-06-01T12:00:00.750Z")));

        LastModified lastModified = LastModified.read(repo.resolve("content"));

        assertEquals(Instant.parse("2024-03-05T09:30:00Z"), lastModified.of(tartu));
        assertEquals(Instant.parse("2024-01-10T08:00:00Z"), lastModified.of(estonian));
        assertEquals(Instant.parse("2025-06-01T12:00:00Z"), lastModified.of(draft));

        Files.writeString(estonian, "kaks", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(estonian, FileTime.from(Instant.parse("2025-07-01T00:00:00Z")));
        assertEquals(Instant.parse("2025-07-01T00:00:00Z"), LastModified.read(repo.resolve("content")).of(estonian));
    }

    @Test
    void fallsBackToFileTimesOutsideAGitRepository() throws Exception {
        Path file = Files.writeString(repo.resolve("index.en.md"), "text", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-02-03T04:05:06Z")));

        assertEquals(Instant.parse("2023-02-03T04:05:06Z"), LastModified.read(repo).of(file));
    }
}
