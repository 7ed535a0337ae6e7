package eu.transferhub.generator.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.pipeline.SiteTrees;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an editor uses it: a running server on a random port, a browser tab, saves. */
class PreviewServerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/basic");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;
    Path content;
    PreviewServer preview;
    final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = work.resolve("content");
        SiteTrees.copy(FIXTURE, content);
        preview = PreviewServer.start(new PreviewOptions(content, Path.of("../themes"), "localhost", 0, false, 2),
                rebuilds::add);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + preview.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The event names and data lines a browser tab receives, as "event: data". */
    private BlockingQueue<String> subscribe() throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String[] name = {""};
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + preview.port()
                + ReloadEvents.PATH)).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        events.add(name[0] + ": " + line.substring(5).strip());
                    }
                }));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (preview.listeners() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, preview.listeners(), "the tab subscribed");
        return events;
    }

    private Rebuild nextRebuild() throws InterruptedException {
        Rebuild rebuild = rebuilds.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(rebuild, "no rebuild within " + WAIT);
        return rebuild;
    }

    /**
     * The first rebuild that {@code wanted} accepts. An editor's save can reach the watcher as
     * several events (truncate, then write), so one save may cause more than one rebuild.
     */
    private Rebuild awaitRebuild(java.util.function.Predicate<Rebuild> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        java.util.List<Rebuild> seen = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            Rebuild rebuild = rebuilds.poll(100, TimeUnit.MILLISECONDS);
            if (rebuild != null && wanted.test(rebuild)) {
                return rebuild;
            }
            if (rebuild != null) {
                seen.add(rebuild);
            }
        }
        throw new AssertionError("no such rebuild within " + WAIT + "; saw " + seen);
    }

    /** The first event starting with {@code prefix}, skipping others (e.g. an overlay cleared twice). */
    private static String awaitEvent(BlockingQueue<String> events, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        java.util.List<String> seen = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            String event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.startsWith(prefix)) {
                return event;
            }
            if (event != null) {
                seen.add(event);
            }
        }
        throw new AssertionError("no '" + prefix + "' event within " + WAIT + "; saw " + seen);
    }

    @Test
    void servesTheSiteWithTheReloadScriptThatBuiltOutputNeverHas() throws Exception {
        Rebuild first = nextRebuild();
        assertTrue(first.built(), first.diagnostics().toString());

        HttpResponse<String> page = get("/en/cities/tartu/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ReloadScript.TAG), page.body());
        assertFalse(Files.readString(preview.siteDir().resolve("en/cities/tartu/index.html"), StandardCharsets.UTF_8)
                .contains(ReloadScript.TAG), "the script is added when serving, not written");
        HttpResponse<String> script = get(ReloadScript.PATH);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("new EventSource(\"/_preview/events\")"));
        assertEquals(200, get("/api/search?q=tartu").statusCode());
    }

    @Test
    void aSaveRebuildsOnlyTheAffectedFilesAndReloadsTheTab() throws Exception {
        nextRebuild();
        BlockingQueue<String> events = subscribe();
        Path tartu = content.resolve("cities/tartu/index.en.md");
        String before = Files.readString(tartu, StandardCharsets.UTF_8);

        Files.writeString(tartu, before + "\nA sentence added in the preview.\n", StandardCharsets.UTF_8);

        Rebuild rebuild = awaitRebuild(r -> r.built() && !r.changes().isEmpty());
        assertTrue(rebuild.changes().written().contains("en/cities/tartu/index.html"), rebuild.changes().toString());
        assertTrue(rebuild.changes().written().stream().noneMatch(p -> p.startsWith("es/")),
                "no Spanish page shows the English text: " + rebuild.changes());
        assertTrue(rebuild.changes().written().stream().noneMatch(p -> p.startsWith("en/good-practices/as-fabrik/")
                || p.startsWith("assets/")), rebuild.changes().toString());
        assertEquals(rebuild.changes().written().size(), rebuild.changes().written().stream().distinct().count());
        assertEquals("reload: {}", awaitEvent(events, "reload"));
        assertTrue(get("/en/cities/tartu/").body().contains("A sentence added in the preview."));
        assertTrue(get("/api/search?q=sentence&lang=en").body().contains("\"total\":1"),
                "the search index follows the edit");
    }

    @Test
    void aStartDeletesTheWorkFoldersOfKilledPreviewsAndNoOther() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.createDirectories(tmp.resolve(PreviewServer.WORK_DIR + ended.pid() + "-test/site/en"));
        Files.writeString(killed.resolve("index.html"), "<p>old</p>");
        Path running = Files.createDirectories(tmp.resolve(PreviewServer.WORK_DIR + ProcessHandle.current().pid()
                + "-test"));
        Path unnamed = Files.createDirectories(tmp.resolve(PreviewServer.WORK_DIR + "test"));
        try (PreviewServer second = PreviewServer.start(new PreviewOptions(content, Path.of("../themes"),
                "localhost", 0, false, 2), rebuild -> { })) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (Files.exists(killed.getParent().getParent()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(Files.exists(killed.getParent().getParent()), "the killed preview's folder is deleted");
            assertTrue(Files.isDirectory(running), "a running preview's folder stays");
            assertTrue(Files.isDirectory(unnamed), "a folder without a process id is not the preview's to judge");
            assertTrue(Files.isDirectory(second.siteDir()));
        } finally {
            Files.deleteIfExists(running);
            Files.deleteIfExists(unnamed);
        }
    }

    @Test
    void untilABuildSucceedsEveryPathSaysWhatToFixAndTheFixShowsTheSite() throws Exception {
        nextRebuild();
        preview.close();
        Path tartu = content.resolve("cities/tartu/index.en.md");
        String good = Files.readString(tartu, StandardCharsets.UTF_8);
        Files.writeString(tartu, "---\ntitle: [Tartu\n---\nBroken.\n", StandardCharsets.UTF_8);
        preview = PreviewServer.start(new PreviewOptions(content, Path.of("../themes"), "localhost", 0, false, 2),
                rebuilds::add);

        Rebuild first = nextRebuild();
        assertFalse(first.built());
        java.util.List<String> errors = first.diagnostics().stream().filter(Diagnostic::isError)
                .map(Object::toString).toList();
        assertEquals(1, errors.size(), errors::toString);
        for (String path : java.util.List.of("/", "/en/", "/en/cities/tartu/")) {
            HttpResponse<String> page = get(path);
            assertEquals(404, page.statusCode(), path);
            Document html = Jsoup.parse(page.body());
            assertEquals("The site did not build", html.selectFirst("h1").text(), path);
            assertEquals(errors, html.select("li").eachText(), path);
            assertTrue(page.body().contains(ReloadScript.TAG), "the tab reloads when the fix lands: " + path);
        }

        Files.writeString(tartu, good, StandardCharsets.UTF_8);
        awaitRebuild(Rebuild::built);
        assertEquals(200, get("/en/cities/tartu/").statusCode());
        HttpResponse<String> missing = get("/en/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("did not build"), "the theme's 404 page replaced it");
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodSiteAndShowsTheProblemInTheTab() throws Exception {
        nextRebuild();
        BlockingQueue<String> events = subscribe();
        Path tartu = content.resolve("cities/tartu/index.en.md");
        String good = Files.readString(tartu, StandardCharsets.UTF_8);

        Files.writeString(tartu, "---\ntitle: [Tartu\n---\nBroken.\n", StandardCharsets.UTF_8);

        awaitRebuild(r -> !r.built());
        String expected = "problems: [\"" + content.resolve("cities/tartu/index.en.md")
                + ":2: invalid YAML: expected ',' or ']', but got the end of the YAML (a flow sequence that starts on"
                + " this line is not closed)\"]";
        assertEquals(expected, awaitEvent(events, expected));
        HttpResponse<String> page = get("/en/cities/tartu/");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("Broken."), "the last good page is still served");

        Files.writeString(tartu, good, StandardCharsets.UTF_8);

        Rebuild mended = awaitRebuild(Rebuild::built);
        // The mended file is the last good one again: when its time stamp lands in the same
        // second as before, no output differs and the tab only drops the overlay.
        String clears = mended.changes().isEmpty() ? "problems: []" : "reload: {}";
        assertEquals(clears, awaitEvent(events, clears));
        assertFalse(get("/en/cities/tartu/").body().contains("Broken."));
    }
}
