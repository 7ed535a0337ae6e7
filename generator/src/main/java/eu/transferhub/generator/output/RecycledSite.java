package eu.transferhub.generator.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A previous site taken as the staging folder of the next build: files are written over in
 * place and, before the publish, whatever this build did not write is removed.
 *
 * <p>Why not a fresh folder: creating tens of thousands of files and folders costs most in
 * the file system's inode allocation, and on ext4 without a journal (these machines) each new
 * inode first skips every inode deleted in the last seconds to minutes, one by one. A build
 * that deleted the site before it and created a new one spent 8 s of CPU there for 36,000
 * files; writing over the same files allocates no inodes.
 *
 * <p>Only regular files and folders are kept: a symbolic link or anything else found in the
 * folder is removed before the build writes, so no write can follow a link out of it.
 * Thread-safe for {@link #prepareFile} and {@link #prepareFolder}.
 */
final class RecycledSite {

    /** Bytes compared per read: pages are tens of kilobytes, and a chunk bounds what a large one allocates. */
    private static final int COMPARE_CHUNK = 64 * 1024;

    private final Path root;
    /** Site-relative paths of the regular files found, with '/' separators. */
    private final Set<String> files;
    private final List<Path> folders;

    private RecycledSite(Path root, Set<String> files, List<Path> folders) {
        this.root = root;
        this.files = files;
        this.folders = folders;
    }

    /**
     * Renames {@code previous} to {@code staging} and lists what it holds; empty when another
     * build took it first.
     */
    static Optional<RecycledSite> take(Path previous, Path staging) throws IOException {
        try {
            Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(inventory(staging));
        } catch (IOException | RuntimeException e) {
            // Not left as a stray staging folder: it is still the previous site, less any links.
            Files.move(staging, previous, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
    }

    /** Lists the regular files and folders under {@code staging} and removes anything else. */
    private static RecycledSite inventory(Path staging) throws IOException {
        Set<String> files = new HashSet<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(staging)) {
                    folders.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    files.add(relative(staging, file));
                } else {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new RecycledSite(staging, files, folders);
    }

    /** The staging folder. */
    Path root() {
        return root;
    }

    /**
     * Makes room for a file at {@code file}: a folder there (the site's shape changed) is
     * removed, and so is a file where one of its parent folders must be.
     */
    void prepareFile(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Folders.deleteRecursively(file);
        }
    }

    /**
     * Writes {@code content} over the file's old bytes (after {@link #prepareFile}) and cuts
     * what is left beyond them, unless the file already holds exactly these bytes: most of a
     * rebuild's pages come out as they were, and a file left alone is neither written again
     * nor given a new modification time (so a deploy that compares size and time, such as
     * rsync or {@code aws s3 sync}, skips it). Not truncating first is deliberate: ext4
     * flushes a file emptied and written again when it is closed (its {@code auto_da_alloc}
     * guard against lost renames), which costs every file a write-out while the build runs.
     *
     * @return whether the file was written (false: it held these bytes already)
     */
    boolean overwrite(Path file, byte[] content) throws IOException {
        prepareFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() == content.length && holds(channel, content)) {
                return false;
            }
            ByteBuffer buffer = ByteBuffer.wrap(content);
            long position = 0;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.truncate(content.length);
            return true;
        }
    }

    /**
     * Copies {@code source} over {@code file} (after {@link #prepareFile}) unless the file
     * already holds the same bytes.
     *
     * @return whether the file was written
     */
    boolean copy(Path source, Path file) throws IOException {
        prepareFile(file);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == Files.size(source)
                && Files.mismatch(source, file) < 0) {
            return false;
        }
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Whether the channel, of the content's length, holds the content; read from its start. */
    private static boolean holds(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(content.length, COMPARE_CHUNK));
        int offset = 0;
        while (offset < content.length) {
            buffer.clear().limit(Math.min(buffer.capacity(), content.length - offset));
            int read = channel.read(buffer, offset);
            if (read < 0) {
                return false;
            }
            if (!Arrays.equals(buffer.array(), 0, read, content, offset, offset + read)) {
                return false;
            }
            offset += read;
        }
        return true;
    }

    /** Creates {@code folder} and its parents, replacing files that stand where a folder must. */
    void prepareFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            for (Path p = folder; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    break;
                }
            }
            Files.createDirectories(folder);
        }
    }

    /** Removes the files this build did not write, then the folders left empty. */
    void sweep(Set<String> written) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            // A file found here may have given way to a folder of this build's (prepareFolder).
            if (!written.contains(file) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(path);
            }
        }
        List<Path> deepestFirst = new ArrayList<>(folders);
        deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : deepestFirst) {
            // A folder found here may have given way to a file of this build's (prepareFile).
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.delete(folder);
            } catch (DirectoryNotEmptyException e) {
                // Holds this build's files: kept.
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
