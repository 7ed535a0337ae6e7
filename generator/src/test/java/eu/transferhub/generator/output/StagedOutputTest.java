package eu.transferhub.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(List.of("map.png", "public"), names(dir), "the replaced site is deleted");
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
        assertEquals(List.of(".other.old-456", "public"), names(dir), "only this target's leftovers go");
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
}
