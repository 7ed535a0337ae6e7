package eu.transferhub.generator.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The time each file of a content folder last changed: the date of the last commit that
 * touched it when the folder is in a git repository and the file is committed unchanged, else
 * the file's modification time. Git is asked twice for the whole folder (log and status), not
 * once per file. Immutable once read; thread-safe.
 */
public final class LastModified {

    private static final long GIT_TIMEOUT_SECONDS = 60;

    private final Map<Path, Instant> committed;
    private final Set<Path> changed;

    private LastModified(Map<Path, Instant> committed, Set<Path> changed) {
        this.committed = committed;
        this.changed = changed;
    }

    /**
     * Reads the history of {@code contentDir}. Outside a git repository, or without a git
     * command, every file falls back to its modification time.
     */
    public static LastModified read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        Optional<String> top = git(dir, List.of("rev-parse", "--show-toplevel")).map(String::strip);
        if (top.isEmpty() || top.get().isEmpty()) {
            return new LastModified(Map.of(), Set.of());
        }
        Path root = Path.of(top.get());
        Map<Path, Instant> committed = new HashMap<>();
        // "@<unix time>" starts each commit; the file names follow it. Newest commits first, so
        // the first time a path appears is its last change.
        git(dir, List.of("-c", "core.quotePath=false", "log", "--format=@%ct", "--name-only",
                "--no-renames", "--", ".")).ifPresent(log -> {
                    Instant time = null;
                    for (String line : log.split("\n")) {
                        if (line.startsWith("@")) {
                            time = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
                        } else if (!line.isBlank() && time != null) {
                            committed.putIfAbsent(root.resolve(line).normalize(), time);
                        }
                    }
                });
        Set<Path> changed = new HashSet<>();
        git(dir, List.of("-c", "core.quotePath=false", "status", "--porcelain", "--no-renames",
                "--untracked-files=all", "--", ".")).ifPresent(status -> {
                    for (String line : status.split("\n")) {
                        if (line.length() > 3) {
                            changed.add(root.resolve(line.substring(3)).normalize());
                        }
                    }
                });
        return new LastModified(Map.copyOf(committed), Set.copyOf(changed));
    }

    /**
     * When {@code file} last changed.
     *
     * @throws UncheckedIOException when the file's modification time cannot be read
     */
    public Instant of(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Instant time = committed.get(key);
        if (time != null && !changed.contains(key)) {
            return time;
        }
        try {
            // Whole seconds, like git: the value ends up in feeds and the sitemap.
            return Instant.ofEpochSecond(Files.getLastModifiedTime(key).toInstant().getEpochSecond());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + file, e);
        }
    }

    private static Optional<String> git(Path dir, List<String> args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            StringBuilder out = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                char[] buffer = new char[8192];
                int n;
                while ((n = reader.read(buffer)) > 0) {
                    out.append(buffer, 0, n);
                }
            }
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out.toString()) : Optional.empty();
        } catch (IOException e) {
            // No git on this machine: the documented fallback is the file system.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
