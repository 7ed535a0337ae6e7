package eu.transferhub.generator.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link OutputSink} that writes into a staging folder beside the target
 * ({@code .<name>.tmp-<pid>-<random>}, same parent so a rename can replace the target), and on
 * {@link #publish()} swaps it into place. Until then the target is untouched; closing
 * without publishing deletes the staging folder, so a failed build leaves the previous site
 * and no debris. Use with try-with-resources:
 *
 * <pre>{@code
 * try (StagedOutput out = StagedOutput.create(Path.of("public"))) {
 *     renderer.render(site, out);
 *     out.publish();
 * }
 * }</pre>
 *
 * <p>The replaced site is kept beside the target as {@code .<name>.previous}, and the next
 * build takes that folder as its staging folder and writes over its files
 * ({@link RecycledSite}): creating and deleting tens of thousands of files is most of what a
 * build costs the file system. Before the swap, what the build did not write is removed, so
 * the published folder holds exactly this build's files either way.
 *
 * <p>Sites an earlier version renamed to {@code .<name>.old-<random>} to delete them, and the
 * staging folders of builds whose process was killed before it could clean up, are deleted in
 * the background by the next {@link #create}; {@link #awaitCleanup()} waits for that.
 *
 * <p>A target that is a symbolic link is published where the link points; the link stays.
 *
 * <p>{@link #write} and {@link #copy} are thread-safe; {@link #publish} and {@link #close}
 * are called once, by the owner, after all writes.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<Thread> cleanups = new CopyOnWriteArrayList<>();
    private volatile boolean published;
    /** The previous site the staging folder was made from; null for a fresh folder. */
    private final RecycledSite recycled;

    private StagedOutput(Path target, Path staging, RecycledSite recycled) {
        this.target = target;
        this.staging = staging;
        this.recycled = recycled;
    }

    /**
     * Creates the staging folder beside {@code target}; the target's parent is created when
     * missing, the target itself is not touched.
     */
    public static StagedOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            // public -> /var/www/site: the new site goes where the link points, and the link
            // (which a web server may follow) keeps pointing at it. Renaming over the link itself
            // would leave the web server's folder stale.
            absolute = absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("the output folder cannot be a file system root: " + target);
        }
        Files.createDirectories(parent);
        Path previous = previousSite(absolute);
        Optional<RecycledSite> recycled = Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)
                ? RecycledSite.take(previous, uniqueName(parent, stagingPrefix(absolute)))
                : Optional.empty();
        Path staging;
        if (recycled.isPresent()) {
            staging = recycled.get().root();
        } else {
            staging = Files.createTempDirectory(parent, stagingPrefix(absolute));
            if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // Temporary folders are private (rwx------); a published site must be readable by a web server.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        StagedOutput output = new StagedOutput(absolute, staging, recycled.orElse(null));
        List<Path> leftovers = leftovers(absolute);
        if (!leftovers.isEmpty()) {
            output.deleteInBackground(leftovers);
        }
        return output;
    }

    /**
     * What earlier builds left beside the target: sites a publish renamed away and did not
     * finish deleting, and staging folders of builds whose process is gone (killed, or the
     * machine stopped), whose own cleanup never ran. The process id in a staging folder's name
     * tells it from the folder of a build still running beside this one.
     */
    private static List<Path> leftovers(Path target) throws IOException {
        String old = oldPrefix(target);
        String staging = "." + target.getFileName() + ".tmp-";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return (name.startsWith(old) || OwnedFolders.isAbandoned(name, staging))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
    }

    /** {@code .<name>.tmp-<pid>-}: the random part follows. */
    private static String stagingPrefix(Path target) {
        return OwnedFolders.prefix("." + target.getFileName() + ".tmp-");
    }

    private static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /** Where the replaced site is kept for the next build. */
    private static Path previousSite(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".previous");
    }

    /** A name beside the others in {@code parent} that nothing has. */
    private static Path uniqueName(Path parent, String prefix) throws IOException {
        Path unique = Files.createTempDirectory(parent, prefix);
        Files.delete(unique); // only the unique name is wanted; a rename creates it
        return unique;
    }

    private void deleteInBackground(List<Path> folders) {
        // A daemon: the build's result does not depend on it, and a process that ends first
        // leaves the rest to the next create().
        cleanups.add(Thread.ofPlatform().daemon().name("delete-old-site").start(() -> {
            for (Path folder : folders) {
                try {
                    Folders.deleteRecursively(folder);
                } catch (IOException e) {
                    System.getLogger(StagedOutput.class.getName()).log(System.Logger.Level.WARNING,
                            "could not delete the leftover folder " + folder + ": " + e.getMessage());
                }
            }
        }));
    }

    /** Waits until the previous sites are deleted (see the class comment). */
    public void awaitCleanup() throws InterruptedException {
        for (Thread cleanup : cleanups) {
            cleanup.join();
        }
    }

    /** The folder files are written to until {@link #publish()}. */
    public Path stagingDir() {
        return staging;
    }

    /** The folder that {@link #publish()} replaces. */
    public Path target() {
        return target;
    }

    /** How many files were written or copied so far. */
    public int files() {
        return written.size();
    }

    /**
     * Of {@link #files()}, how many were actually written: a file of the previous site that
     * already held the same bytes is left as it was.
     */
    public int filesChanged() {
        return written.size() - unchanged.get();
    }

    /** How many bytes were written or copied so far. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = claim(path);
        if (recycled != null) {
            if (!recycled.overwrite(file, content)) {
                unchanged.incrementAndGet();
            }
        } else {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        bytes.addAndGet(content.length);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Path file = claim(path);
        if (recycled != null) {
            if (!recycled.copy(source, file)) {
                unchanged.incrementAndGet();
            }
        } else {
            Files.copy(source, file);
        }
        bytes.addAndGet(Files.size(file));
    }

    /** Checks the path, records it (each path once) and creates its folder. */
    private Path claim(String path) throws IOException {
        if (published) {
            throw new IllegalStateException("already published: " + target);
        }
        Path file = SitePath.resolve(staging, path);
        if (!written.add(path)) {
            throw new FileAlreadyExistsException(path, null, "written twice in one build");
        }
        if (recycled != null) {
            recycled.prepareFolder(file.getParent());
        } else {
            Files.createDirectories(file.getParent());
        }
        return file;
    }

    /**
     * Makes the staged files the target: removes what a recycled folder holds that this build
     * did not write, renames the old target away (to {@code .<name>.previous}, kept for the next
     * build), then renames the staging folder into its place (atomic moves where the file system
     * supports them). If the second rename fails the old target is put back.
     */
    public void publish() throws IOException {
        if (published) {
            throw new IllegalStateException("already published: " + target);
        }
        if (recycled != null) {
            recycled.sweep(written);
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new IOException("the output path exists and is not a folder: " + target);
            }
            Path previous = previousSite(target);
            // Another build may have put one there since this one started: that one goes.
            boolean keep = !Files.exists(previous, LinkOption.NOFOLLOW_LINKS);
            Path old = keep ? previous : uniqueName(target.getParent(), oldPrefix(target));
            move(target, old);
            try {
                move(staging, target);
            } catch (IOException e) {
                move(old, target);
                throw e;
            }
            published = true;
            if (!keep) {
                deleteInBackground(List.of(old));
            }
        } else {
            move(staging, target);
            published = true;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            // Same parent folder, so a plain rename; only the atomicity guarantee is lost.
            Files.move(from, to);
        }
    }

    /**
     * Unless it was published, deletes the staging folder; a previous site taken as staging
     * and not yet written to is put back as it was instead, for the next build (a build that
     * stops at its content errors has taken it while loading).
     */
    @Override
    public void close() throws IOException {
        if (published) {
            return;
        }
        if (recycled != null && written.isEmpty() && putBack()) {
            return;
        }
        Folders.deleteRecursively(staging);
    }

    /** Renames the untouched staging folder back to the previous site; false when one is there again. */
    private boolean putBack() {
        Path previous = previousSite(target);
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(staging, previous, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
