package eu.transferhub.generator.preview;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.output.Folders;
import eu.transferhub.generator.output.LiveOutput;
import eu.transferhub.generator.output.OwnedFolders;
import eu.transferhub.search.http.SearchServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live preview behind {@code hub serve}: builds the site and its search index into a
 * temporary folder, serves both (the search server with an extra reload script on every HTML
 * page), watches the content and theme folders, and after every save rebuilds, rewrites only
 * the files that changed and reloads open browser tabs. A save that does not build leaves
 * the last good site in place and shows its problems over the page; while no build has
 * succeeded yet, every path answers with a page that lists them.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.start(options, rebuild -> System.out.println(rebuild))) {
 *     System.out.println("http://localhost:" + preview.port() + "/");
 *     ...
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    private final Path workDir;
    private final SearchServer server;
    private final ReloadEvents events;
    private final Rebuilder rebuilder;
    private final Consumer<Rebuild> listener;
    private final Path contentDir;
    private FolderWatcher watcher;
    private volatile Rebuild last;
    /** Whether the watcher has reported a change: the warm-up gives way to the first one. */
    private volatile boolean changeSeen;
    private volatile boolean closed;
    /** The start of the work folder's name in the temporary folder: {@code hub-preview-<pid>-<random>}. */
    static final String WORK_DIR = "hub-preview-";

    private PreviewServer(Path workDir, SearchServer server, ReloadEvents events, Rebuilder rebuilder,
            Consumer<Rebuild> listener, Path contentDir) {
        this.workDir = workDir;
        this.server = server;
        this.events = events;
        this.rebuilder = rebuilder;
        this.listener = listener;
        this.contentDir = contentDir;
    }

    /**
     * Builds, starts serving and starts watching. The first build's outcome is passed to
     * {@code listener} before this returns, every later one on the watcher thread.
     *
     * @throws IOException when the port cannot be bound or the temporary folder not written
     */
    public static PreviewServer start(PreviewOptions options, Consumer<Rebuild> listener) throws IOException {
        Path workDir = Files.createTempDirectory(OwnedFolders.prefix(WORK_DIR));
        deleteAbandoned(workDir.getParent());
        Path site = Files.createDirectories(workDir.resolve("site"));
        Path index = Files.createDirectories(workDir.resolve("index"));
        ReloadEvents events = new ReloadEvents();
        String script = ReloadScript.source();
        SearchServer server;
        try {
            server = SearchServer.builder().site(site).index(index).host(options.host()).port(options.port())
                    .htmlFilter(ReloadScript.injector())
                    .routes(config -> {
                        config.routes.get(ReloadEvents.PATH, events.handler());
                        config.routes.get(ReloadScript.PATH, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                                .header("Cache-Control", "no-store").result(script));
                    })
                    .start();
        } catch (IOException | RuntimeException e) {
            Folders.deleteRecursively(workDir);
            throw e;
        }
        String baseUrl = "http://" + options.host() + ":" + server.port() + "/";
        Rebuilder rebuilder = new Rebuilder(options, baseUrl, new LiveOutput(site), index);
        PreviewServer preview = new PreviewServer(workDir, server, events, rebuilder, listener, options.contentDir());
        try {
            preview.rebuild(Set.of());
            preview.watcher = new FolderWatcher(List.of(options.contentDir(), options.themesDir()), changed -> {
                preview.changeSeen = true;
                preview.rebuild(changed);
            });
            Thread.ofPlatform().name("preview-warm-up").daemon().start(preview::warmUp);
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /**
     * Deletes, in the background, the work folders of previews that were killed (a closed
     * preview deletes its own): each holds a whole site and its index.
     */
    private static void deleteAbandoned(Path tempDir) {
        Thread.ofPlatform().name("preview-cleanup").daemon().start(() -> {
            try {
                for (Path folder : OwnedFolders.abandoned(tempDir, WORK_DIR)) {
                    Folders.deleteRecursively(folder);
                }
            } catch (IOException | UncheckedIOException e) {
                // Another user's folder, or one going at the same time: the next start tries again.
            }
        });
    }

    /** The port the preview listens on. */
    public int port() {
        return server.port();
    }

    /** The outcome of the latest rebuild. */
    public Rebuild lastRebuild() {
        return last;
    }

    /** The folder the preview site is written to (temporary; deleted on close). */
    public Path siteDir() {
        return workDir.resolve("site");
    }

    /** Browser tabs listening for reloads. */
    public int listeners() {
        return events.clients();
    }

    /** Warm-up passes after the first build (see {@link Rebuilder#warmUp}), and the time they may take. */
    private static final int WARM_UP_PASSES = 20;
    private static final long WARM_UP_NANOS = 5_000_000_000L;

    /**
     * Runs save-shaped rebuilds that change nothing until the JIT has seen enough of them, the
     * time is up or the editor saves. The first saves after start were the slowest by far: the
     * incremental path's code ran interpreted. One pass at a time, like any rebuild, so a save
     * waits for at most one pass.
     */
    private void warmUp() {
        long start = System.nanoTime();
        for (int pass = 0; pass < WARM_UP_PASSES && System.nanoTime() - start < WARM_UP_NANOS; pass++) {
            synchronized (this) {
                if (changeSeen || closed) {
                    return;
                }
                try {
                    Optional<Rebuild> rebuild = rebuilder.warmUp();
                    if (rebuild.isEmpty()) {
                        return;
                    }
                    if (!rebuild.get().built() || !rebuild.get().changes().isEmpty()) {
                        published(rebuild.get(), false); // not expected: then say what happened
                        return;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return; // the next save reports what is wrong
                }
            }
        }
    }

    private synchronized void rebuild(Set<Path> changed) {
        Rebuild rebuild;
        try {
            rebuild = rebuilder.rebuild(changed);
        } catch (IOException | UncheckedIOException e) {
            rebuild = failed("the preview could not be written: " + e.getMessage());
        }
        published(rebuild, changed.isEmpty());
    }

    /**
     * Tells the tabs and the listener about a rebuild, and updates the search index after a good one.
     *
     * @param reload whether the tabs reload even when no file changed (the first build)
     */
    private synchronized void published(Rebuild rebuild, boolean reload) {
        if (rebuild.built()) {
            if (!rebuild.changes().isEmpty() || reload) {
                events.reload();
            } else {
                events.problems(List.of());
            }
            // After the reload: the tabs fetch the new pages while the index is updated.
            try {
                rebuilder.updateIndex();
                server.reloadIndex();
            } catch (IOException | UncheckedIOException e) {
                // The pages are up to date; search answers from the last version until a save succeeds.
                Diagnostic problem = Diagnostic.error(workDir, 0, "the search index could not be updated: "
                        + e.getMessage());
                List<Diagnostic> diagnostics = new java.util.ArrayList<>(rebuild.diagnostics());
                diagnostics.add(problem);
                rebuild = new Rebuild(true, rebuild.changes(), diagnostics, rebuild.took(), rebuild.everyPage());
                events.problems(List.of(problem.toString()));
            }
        } else {
            List<Diagnostic> errors = rebuild.diagnostics().stream().filter(Diagnostic::isError).toList();
            if (!rebuilder.hasBuilt()) {
                writeNotBuiltPage(errors);
            }
            events.problems(errors.stream().map(Object::toString).toList());
        }
        last = rebuild;
        listener.accept(rebuild);
    }

    /** Until a build succeeds, every path shows what to fix ({@link NotBuiltPage}). */
    private void writeNotBuiltPage(List<Diagnostic> errors) {
        Path page = siteDir().resolve(NotBuiltPage.FILE);
        try {
            Path partial = Files.createTempFile(siteDir(), ".not-built", ".html");
            Files.write(partial, NotBuiltPage.html(errors));
            Files.move(partial, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The tabs still get the problems over whatever the server answers.
        }
    }

    /** A failure of the preview itself; the watcher keeps running, as the next save may well succeed. */
    private Rebuild failed(String message) {
        return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()),
                List.of(Diagnostic.error(workDir, 0, message)), java.time.Duration.ZERO);
    }

    /** Stops watching, ends the browser subscriptions, stops the server and deletes the temporary folder. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true; // after a warm-up pass under way, before the folder goes
        }
        if (watcher != null) {
            watcher.close();
        }
        events.closeAll();
        server.close();
        Folders.deleteRecursively(workDir);
    }

    @Override
    public String toString() {
        return "preview of " + contentDir + " on port " + port();
    }
}
