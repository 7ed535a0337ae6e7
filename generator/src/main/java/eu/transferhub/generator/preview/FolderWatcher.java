package eu.transferhub.generator.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees and hands over the files that changed, in batches: an editor's save is
 * often several events (write, rename, attribute change), so a batch closes after a short
 * quiet period. New sub-folders are watched as they appear. One background thread; stop it
 * with {@link #close()}.
 */
final class FolderWatcher implements AutoCloseable {

    /** Quiet time that ends a batch. */
    static final Duration QUIET = Duration.ofMillis(50);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code roots} (missing ones are skipped) and calls {@code onChange} on
     * the watcher thread with each batch of changed paths, sorted.
     */
    FolderWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
        this.thread = Thread.ofPlatform().name("preview-watcher").daemon(true).unstarted(() -> loop(onChange));
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().startsWith(".") && !dir.equals(root)) {
                    return FileVisitResult.SKIP_SUBTREE; // .git and editors' folders
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                synchronized (folders) {
                    folders.put(key, dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> batch = new TreeSet<>();
                collect(key, batch);
                WatchKey next;
                while ((next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(Set.copyOf(batch));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called: the loop ends.
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir;
        synchronized (folders) {
            dir = folders.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(Path.of("")); // lost events: the caller rebuilds everything
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
                continue; // editors' temporary files
            }
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                    try (var walk = Files.walk(changed)) {
                        walk.filter(Files::isRegularFile).forEach(batch::add);
                    }
                } catch (IOException e) {
                    batch.add(Path.of(""));
                }
            }
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
