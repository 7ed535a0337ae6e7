package eu.transferhub.generator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/**
 * A site folder that a server is serving while it is rebuilt (the live preview). Each
 * {@link #pass()} is one rebuild: files whose bytes did not change are not touched, changed
 * files are replaced by a rename (a request never sees half a file), and files the pass did
 * not produce are deleted when it {@link Pass#finish() finishes}. Remembers a 64-bit checksum
 * per file, not the bytes, so memory stays small on large sites. Passes must not overlap.
 */
public final class LiveOutput {

    private final Path root;
    private final Map<String, Long> checksums = new ConcurrentHashMap<>();
    private final Map<String, Stamp> copies = new ConcurrentHashMap<>();
    /** Whether a pass has finished: from then on every file in the folder is one a pass wrote. */
    private volatile boolean swept;

    /** The size and modification time of a copied source file: unchanged means not copied again. */
    private record Stamp(long size, FileTime modified) {
    }

    /**
     * @param root the folder to keep up to date; created when missing, emptied of files this
     *             instance did not write at the end of the first pass
     */
    public LiveOutput(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Starts a rebuild. */
    public Pass pass() {
        return new Pass();
    }

    /** What one pass changed, as site-relative paths, sorted. */
    public record Changes(List<String> written, List<String> deleted) {
        public Changes {
            written = List.copyOf(written);
            deleted = List.copyOf(deleted);
        }

        public boolean isEmpty() {
            return written.isEmpty() && deleted.isEmpty();
        }
    }

    /** One rebuild's sink. Thread-safe. */
    public final class Pass implements IncrementalSink {

        // Sized for the last pass: growing a concurrent set to tens of thousands of entries
        // while the render threads fill it costs more than filling it.
        private final Set<String> produced = ConcurrentHashMap.newKeySet(Math.max(16, checksums.size() + copies.size()));
        private final Set<String> written = ConcurrentHashMap.newKeySet();

        private Pass() {
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            Path file = claim(path);
            long checksum = checksum(bytes);
            Long previous = checksums.get(path);
            if (previous != null && previous == checksum && copies.get(path) == null && Files.isRegularFile(file)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".tmp");
            try {
                Files.write(temporary, bytes);
                replace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            checksums.put(path, checksum);
            copies.remove(path);
            written.add(path);
        }

        @Override
        public void copy(String path, Path source) throws IOException {
            Path file = claim(path);
            Stamp stamp = new Stamp(Files.size(source), Files.getLastModifiedTime(source));
            if (stamp.equals(copies.get(path)) && Files.isRegularFile(file)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".tmp");
            try {
                Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                replace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            copies.put(path, stamp);
            checksums.remove(path);
            written.add(path);
        }

        @Override
        public void keep(String path) throws IOException {
            if (!produced.add(path)) {
                throw new java.nio.file.FileAlreadyExistsException(path, null, "written twice in one build");
            }
            // No look at the disk: the folder is this instance's, and a preview keeps tens of
            // thousands of files per save.
            if (!(checksums.containsKey(path) || copies.containsKey(path))) {
                throw new IllegalStateException("cannot keep " + path + ": no earlier pass wrote it");
            }
        }

        private Path claim(String path) throws IOException {
            if (!produced.add(path)) {
                throw new java.nio.file.FileAlreadyExistsException(path, null, "written twice in one build");
            }
            return SitePath.resolve(root, path);
        }

        /**
         * Deletes what this pass did not produce and says what changed. The first pass walks
         * the folder (it may hold files from before); later ones know every file there.
         */
        public Changes finish() throws IOException {
            List<String> stale = new ArrayList<>();
            if (swept) {
                for (String path : checksums.keySet()) {
                    if (!produced.contains(path)) {
                        stale.add(path);
                    }
                }
                for (String path : copies.keySet()) {
                    if (!produced.contains(path)) {
                        stale.add(path);
                    }
                }
            } else {
                try (var walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .filter(path -> !produced.contains(path)).forEach(stale::add);
                }
            }
            Set<Path> folders = new HashSet<>();
            for (String path : stale) {
                Path file = SitePath.resolve(root, path);
                Files.deleteIfExists(file);
                checksums.remove(path);
                copies.remove(path);
                folders.add(file.getParent());
            }
            if (swept) {
                deleteIfEmpty(folders);
            } else {
                deleteEmptyFolders();
            }
            swept = true;
            List<String> changed = new ArrayList<>(written);
            Collections.sort(changed);
            Collections.sort(stale);
            return new Changes(changed, stale);
        }

        /** The folders that lost files, and then their parents, while they are empty. */
        private void deleteIfEmpty(Set<Path> folders) throws IOException {
            for (Path start : folders) {
                for (Path folder = start; folder != null && folder.startsWith(root) && !folder.equals(root);
                        folder = folder.getParent()) {
                    if (!Files.isDirectory(folder)) {
                        continue;
                    }
                    try (var entries = Files.list(folder)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(folder);
                }
            }
        }

        private void deleteEmptyFolders() throws IOException {
            List<Path> folders;
            try (var walk = Files.walk(root)) {
                folders = walk.filter(Files::isDirectory).filter(d -> !d.equals(root))
                        .sorted(Collections.reverseOrder()).toList();
            }
            for (Path folder : folders) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }

    /** Two independent 32-bit checksums: a false "unchanged" needs both to collide. */
    private static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return (crc.getValue() << 32) ^ adler.getValue() ^ ((long) bytes.length << 16);
    }

    private static void replace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
