package eu.transferhub.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void filesAreStagedBesideTheTargetAndPublishedByRename(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.html"), "old");
        Path resource = Files.writeString(dir.resolve("map.png"), "png");
        StagedOutput published;
        try (StagedOutput output = StagedOutput.create(target)) {
            published = output;
            assertEquals(dir, output.stagingDir().getParent());
            assertTrue(output.stagingDir().getFileName().toString().startsWith(".public.tmp-"));
            output.write("en/cities/bilbao/index.html", utf8("<h1>Bilbao</h1>"));
            output.copy("en/cities/bilbao/map.png", resource);
            assertEquals("old", Files.readString(target.resolve("old.html")), "untouched until publish");
            output.publish();
            assertEquals(2, output.files());
        }
        assertEquals("<h1>Bilbao</h1>", Files.readString(target.resolve("en/cities/bilbao/index.html")));
        assertEquals("png", Files.readString(target.resolve("en/cities/bilbao/map.png")));
        assertFalse(Files.exists(target.resolve("old.html")));
        published.awaitCleanup();
        assertEquals(List.of(".public.previous", "map.png", "public"), names(dir), "the replaced site is kept aside");
        assertEquals("old", Files.readString(dir.resolve(".public.previous/old.html")));
    }

    @Test
    void aTargetThatIsASymbolicLinkIsPublishedWhereItPointsAndStaysALink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("www/site"));
        Files.writeString(real.resolve("old.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("public"), real);
        try (StagedOutput output = StagedOutput.create(link)) {
            assertEquals(dir.resolve("www").toRealPath(), output.stagingDir().getParent(), "staged beside the real folder");
            output.write("index.html", utf8("<h1>New</h1>"));
            output.publish();
            output.awaitCleanup();
        }
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("<h1>New</h1>", Files.readString(real.resolve("index.html")));
        assertFalse(Files.exists(real.resolve("old.html")));
        assertEquals(List.of("public", "www"), names(dir), "nothing left beside the link");
    }

    @Test
    void leftoversOfAnEarlierPublishAreDeletedByTheNextOne(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("public"));
        Path leftover = Files.createDirectories(dir.resolve(".public.old-123/en/cities"));
        Files.writeString(leftover.resolve("index.html"), "half deleted");
        Files.createDirectories(dir.resolve(".other.old-456"));
        try (StagedOutput output = StagedOutput.create(target)) {
            output.write("index.html", utf8("new"));
            output.publish();
            output.awaitCleanup();
        }
        assertEquals(List.of(".other.old-456", ".public.previous", "public"), names(dir),
                "only this target's leftovers go");
        assertEquals("new", Files.readString(target.resolve("index.html")));
    }

    @Test
    void closingWithoutPublishingRemovesTheStagingFolderAndKeepsTheTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "previous");
        assertThrows(IllegalStateException.class, () -> {
            try (StagedOutput output = StagedOutput.create(target)) {
                output.write("index.html", utf8("new"));
                throw new IllegalStateException("render failed");
            }
        });
        assertEquals("previous", Files.readString(target.resolve("index.html")));
        assertEquals(List.of("public"), names(dir));
    }

    @Test
    void aFirstPublishCreatesTheTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("site/public");
        try (StagedOutput output = StagedOutput.create(target)) {
            output.write("index.html", utf8("hi"));
            output.publish();
        }
        assertEquals("hi", Files.readString(target.resolve("index.html")));
        assertEquals(List.of("public"), names(dir.resolve("site")));
    }

    @Test
    void pathsMustStayInsideTheSiteAndBeWrittenOnce(@TempDir Path dir) throws Exception {
        try (StagedOutput output = StagedOutput.create(dir.resolve("public"))) {
            for (String bad : List.of("", "/index.html", "../escape.html", "en/../../x", "en//x", "en\\x", "en/")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> output.write(bad, utf8("x")), bad);
                assertEquals("not a site-relative file path: '" + bad + "'", e.getMessage());
            }
            output.write("en/index.html", utf8("a"));
            assertThrows(FileAlreadyExistsException.class, () -> output.write("en/index.html", utf8("b")));
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void theNextBuildWritesOverThePreviousSitesFilesAndKeepsOnlyItsOwn(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        publish(target, Map.of("index.html", "one", "en/kept/index.html", "one", "en/gone/index.html", "one"));
        publish(target, Map.of("index.html", "two", "en/kept/index.html", "two", "es/index.html", "two"));
        Object reused = Files.readAttributes(dir.resolve(".public.previous/en/kept/index.html"),
                BasicFileAttributes.class).fileKey();

        publish(target, Map.of("index.html", "three", "en/kept/index.html", "three", "pl/index.html", "three"));

        assertEquals(Map.of("index.html", "three", "en/kept/index.html", "three", "pl/index.html", "three"),
                tree(target), "exactly this build's files, as a fresh folder would hold them");
        assertEquals(List.of("en", "index.html", "pl"), names(target), "folders left empty are removed");
        if (reused != null) {
            assertEquals(reused, Files.readAttributes(target.resolve("en/kept/index.html"), BasicFileAttributes.class)
                    .fileKey(), "the file was written over, not created again");
        }
        assertEquals(Map.of("index.html", "two", "en/kept/index.html", "two", "es/index.html", "two"),
                tree(dir.resolve(".public.previous")));
        assertEquals(List.of(".public.previous", "public"), names(dir));
    }

    @Test
    void aFileThatComesOutAsItWasIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        Path map = Files.writeString(dir.resolve("map.png"), "png");
        Path plan = Files.writeString(dir.resolve("plan.png"), "plan");
        Map<String, String> first = Map.of("same.html", "one", "longer.html", "one", "shorter.html", "one two",
                "edited.html", "abc");
        try (StagedOutput output = StagedOutput.create(target)) {
            for (Map.Entry<String, String> file : first.entrySet()) {
                output.write(file.getKey(), utf8(file.getValue()));
            }
            output.copy("map.png", map);
            output.copy("plan.png", plan);
            output.publish();
            assertEquals(6, output.filesChanged(), "a fresh folder: every file is written");
        }
        publish(target, Map.of("x.html", "x"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        try (Stream<Path> files = Files.walk(dir.resolve(".public.previous"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
        Files.writeString(plan, "PLAN");

        try (StagedOutput output = StagedOutput.create(target)) {
            output.write("same.html", utf8("one"));
            output.write("longer.html", utf8("one two"));
            output.write("shorter.html", utf8("one"));
            output.write("edited.html", utf8("abd"));
            output.copy("map.png", map);
            output.copy("plan.png", plan);
            output.publish();
            assertEquals(6, output.files());
            assertEquals(4, output.filesChanged(), "same.html and map.png held these bytes");
        }

        assertEquals(Map.of("same.html", "one", "longer.html", "one two", "shorter.html", "one", "edited.html", "abd",
                "map.png", "png", "plan.png", "PLAN"), tree(target));
        for (String file : List.of("same.html", "map.png")) {
            assertEquals(old, Files.getLastModifiedTime(target.resolve(file)), file + " was not written");
        }
        for (String file : List.of("longer.html", "shorter.html", "edited.html", "plan.png")) {
            assertFalse(old.equals(Files.getLastModifiedTime(target.resolve(file))), file + " was written");
        }
    }

    @Test
    void aFileAndAFolderMayTradePlacesBetweenBuilds(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        publish(target, Map.of("a/b", "file", "c/d/index.html", "nested"));
        publish(target, Map.of("x.html", "x"));

        publish(target, Map.of("a/b/index.html", "now a folder", "c/d", "now a file"));

        assertEquals(Map.of("a/b/index.html", "now a folder", "c/d", "now a file"), tree(target));
    }

    @Test
    void aLinkInThePreviousSiteIsRemovedNotFollowed(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "not the site's");
        publish(target, Map.of("index.html", "one"));
        publish(target, Map.of("index.html", "two"));
        Files.createSymbolicLink(dir.resolve(".public.previous/en"), outside);
        Files.createSymbolicLink(dir.resolve(".public.previous/feed.xml"), outside.resolve("index.html"));

        publish(target, Map.of("en/index.html", "three", "feed.xml", "three"));

        assertEquals("not the site's", Files.readString(outside.resolve("index.html")));
        assertEquals(List.of("index.html"), names(outside));
        assertFalse(Files.isSymbolicLink(target.resolve("en")));
        assertEquals(Map.of("en/index.html", "three", "feed.xml", "three"), tree(target));
    }

    @Test
    void aFailedBuildOverThePreviousSiteLeavesTheTargetAndNoStagingFolder(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        publish(target, Map.of("index.html", "one"));
        publish(target, Map.of("index.html", "two"));
        assertThrows(IllegalStateException.class, () -> {
            try (StagedOutput output = StagedOutput.create(target)) {
                output.write("index.html", utf8("three"));
                throw new IllegalStateException("render failed");
            }
        });
        assertEquals(Map.of("index.html", "two"), tree(target));
        assertEquals(List.of("public"), names(dir), "the half-written folder is gone; the next build starts fresh");
    }

    @Test
    void closingBeforeAnyWriteGivesThePreviousSiteBack(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("public");
        publish(target, Map.of("index.html", "one", "en/index.html", "one"));
        publish(target, Map.of("index.html", "two"));
        Object inode = Files.readAttributes(dir.resolve(".public.previous/en/index.html"), BasicFileAttributes.class)
                .fileKey();

        try (StagedOutput output = StagedOutput.create(target)) {
            assertEquals(List.of("public"), names(dir).stream().filter(n -> !n.startsWith(".public.tmp-")).toList(),
                    "taken as the staging folder");
        }

        assertEquals(List.of(".public.previous", "public"), names(dir));
        assertEquals(Map.of("index.html", "one", "en/index.html", "one"), tree(dir.resolve(".public.previous")));
        assertEquals(inode, Files.readAttributes(dir.resolve(".public.previous/en/index.html"),
                BasicFileAttributes.class).fileKey(), "renamed back, not copied");
        publish(target, Map.of("index.html", "three"));
        assertEquals(Map.of("index.html", "two"), tree(dir.resolve(".public.previous")));
    }

    private static void publish(Path target, Map<String, String> files) throws Exception {
        try (StagedOutput output = StagedOutput.create(target)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                output.write(file.getKey(), utf8(file.getValue()));
            }
            output.publish();
            output.awaitCleanup();
        }
    }

    /** Every regular file under {@code dir}, by site path, with its text. */
    private static Map<String, String> tree(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void stagingFoldersOfKilledBuildsAreDeletedAndThoseOfRunningBuildsKept(@TempDir Path dir) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.createDirectories(dir.resolve(".public.tmp-" + ended.pid() + "-123/en"));
        Files.writeString(killed.resolve("index.html"), "half a site");
        Path running = Files.createDirectories(dir.resolve(".public.tmp-" + ProcessHandle.current().pid() + "-456"));
        Path beforePids = Files.createDirectories(dir.resolve(".public.tmp-789"));

        try (StagedOutput output = StagedOutput.create(dir.resolve("public"))) {
            assertTrue(output.stagingDir().getFileName().toString()
                    .startsWith(".public.tmp-" + ProcessHandle.current().pid() + "-"), output.stagingDir().toString());
            output.awaitCleanup();
            assertFalse(Files.exists(killed.getParent()), "the killed build's folder is gone");
            assertTrue(Files.isDirectory(running), "a build still running keeps its folder");
            assertTrue(Files.isDirectory(beforePids), "a name without a process id is not judged");
        }
    }
}
