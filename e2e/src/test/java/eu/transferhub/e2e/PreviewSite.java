package eu.transferhub.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.preview.PreviewOptions;
import eu.transferhub.generator.preview.PreviewServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code hub serve}'s server, in-process on a random port, over a snapshot of the bundled
 * content and themes. A snapshot, because the preview rebuilds and reloads open pages on
 * every save: an edit in the working tree during a run must not reload a page under a test.
 * Building six languages takes seconds on a small machine, so one preview is shared by every
 * test class of the run: it lives in JUnit's root store and is closed when the run ends.
 */
public final class PreviewSite implements AutoCloseable {

    private final PreviewServer server;
    private final Path snapshot;

    private PreviewSite(PreviewServer server, Path snapshot) {
        this.server = server;
        this.snapshot = snapshot;
    }

    /** The run's preview, started on first use. */
    public static PreviewSite shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PreviewSite.class, key -> start(), PreviewSite.class);
    }

    private static PreviewSite start() {
        try {
            Path snapshot = Files.createTempDirectory("e2e-site-");
            Path content = Trees.copy(directory("content.dir"), snapshot.resolve("content"));
            Path themes = Trees.copy(directory("themes.dir"), snapshot.resolve("themes"));
            PreviewServer server = PreviewServer.start(new PreviewOptions(content, themes, "localhost", 0, false, 2),
                    rebuild -> { });
            assertTrue(server.lastRebuild().built(),
                    () -> "the bundled content does not build: " + server.lastRebuild().diagnostics());
            return new PreviewSite(server, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder named by a system property that the e2e pom sets. */
    public static Path directory(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests with Maven");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    /** The absolute URL of a site path such as {@code /en/}. */
    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** The folder the preview writes the built site to. */
    public Path siteDir() {
        return server.siteDir();
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            Trees.delete(snapshot);
        }
    }
}
