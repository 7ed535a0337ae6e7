package eu.transferhub.generator.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.output.LiveOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After every save in a row of edits, the preview's site folder, rebuilt incrementally, holds
 * exactly the files and bytes a fresh full render of the same content writes. With two items
 * per list page, so edits move items between pages of the lists.
 */
class IncrementalEqualsFullTest {

    @TempDir
    Path work;
    Path content;
    Rebuilder live;
    int saves;

    @BeforeEach
    void start() throws IOException {
        content = PreviewFixture.copy(work.resolve("content"));
        Path hub = content.resolve("hub.yaml");
        Files.writeString(hub, Files.readString(hub).replace("pageSize: 10", "pageSize: 2"));
        Files.setLastModifiedTime(hub, PreviewFixture.CHECKED_OUT);
        // A theme nothing refers to: its feed is empty, and dated by its profile, not by the saves.
        Path quiet = Files.createDirectories(content.resolve("themes/quiet")).resolve("index.en.md");
        Files.writeString(quiet, "---\ntitle: Quiet\n---\nNo page has this theme.\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(quiet, PreviewFixture.CHECKED_OUT);
        live = rebuilder(work.resolve("live"));
        assertTrue(live.rebuild(Set.of()).built());
    }

    private Rebuilder rebuilder(Path site) throws IOException {
        return new Rebuilder(PreviewFixture.options(content), "http://localhost:1313/", new LiveOutput(site), work.resolve("index-" + saves));
    }

    /** Saves the edit, rebuilds the preview, and compares it with a full render into a new folder. */
    private void save(String path, String from, String to) throws IOException {
        save(path, from, to, Instant.parse("2030-01-02T03:04:05Z").plusSeconds(saves + 1));
    }

    /** Saves with the file time {@code time}: a save that is not the site's newest change. */
    private void save(String path, String from, String to, Instant time) throws IOException {
        Path file = content.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), path + " has no " + from + ":\n" + text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        saves++;
        Files.setLastModifiedTime(file, FileTime.from(time));

        Rebuild rebuild = live.rebuild(Set.of(file.toAbsolutePath()));
        assertTrue(rebuild.built(), rebuild.diagnostics().toString());
        Path full = work.resolve("full-" + saves);
        assertTrue(rebuilder(full).rebuild(Set.of()).built());
        assertSameTree(full, work.resolve("live"), path + ": " + from + " → " + to);
    }

    private static void assertSameTree(Path expected, Path actual, String edit) throws IOException {
        Map<String, String> want = files(expected);
        Map<String, String> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files after " + edit);
        List<String> differing = new ArrayList<>();
        want.forEach((name, text) -> {
            if (!text.equals(got.get(name))) {
                differing.add(name);
            }
        });
        assertEquals(List.of(), differing, "files that differ from a full render after " + edit);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void everySaveLeavesTheSiteAFullRenderWrites() throws IOException {
        // Body edits after the summary: only the page and the feeds with its time change.
        save("good-practices/as-fabrik/index.en.md", "| Roadmap | City |", "| Roadmap | City council |");
        // A profile's body past its summary: its term's other pages and the index show none of it.
        save("cities/timisoara/index.en.md", "in western Romania.", "in western Romania.\n\nIt has a university.");
        save("cities/bilbao/index.en.md", "Once steel, now services.", "Once steel, now services and culture.");
        // Not the newest entry of Bilbao's feed (AS Fabrik is), so only its entry's time changes there.
        save("journals/bilbao-diary/index.en.md", "\n---\n", "\n---\n\n", Instant.parse("2025-01-01T00:00:00Z"));
        save("cities/tartu/index.en.md", "a university town", "a university city");
        save("cities/tartu/index.en.md", "title: Tartu", "title: Tartu (Dorpat)");
        save("journals/bilbao-diary/index.en.md", "date: 2022-01-15", "date: 2019-03-01");
        save("journals/bilbao-diary/index.en.md", "cities: [tartu]", "cities: [tartu, timisoara]");
        save("good-practices/as-fabrik/index.en.md", "themes: [innovation, digital]", "themes: [digital, ports]");
        save("good-practices/as-fabrik/index.en.md", "themes: [digital, ports]", "themes: [innovation]");
        // A new term on a page that had none of its taxonomy: the taxonomy's index gains it.
        save("journals/bilbao-diary/index.en.md", "city: bilbao", "city: bilbao\nthemes: [ports]");
        save("journals/bilbao-diary/index.en.md", "themes: [ports]", "themes: []");
        save("networks/as-transfer/index.en.md", "partners: [tartu, timisoara]", "partners: [tartu]");
        save("cities/bilbao/index.es.md", "title: Bilbao", "title: Bilbo");
        save("good-practices/as-fabrik/index.es.md", "---\ntitle:", "---\ncities: [tartu]\ntitle:");
    }
}
