package eu.transferhub.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveOutputTest {

    @TempDir
    Path work;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPassRewritesOnlyChangedFilesAndDeletesWhatItNoLongerProduces() throws IOException {
        Path site = work.resolve("site");
        LiveOutput output = new LiveOutput(site);
        LiveOutput.Pass first = output.pass();
        first.write("en/index.html", utf8("home"));
        first.write("en/old/index.html", utf8("old"));
        first.write("sitemap.xml", utf8("<urlset/>"));
        assertEquals(new LiveOutput.Changes(List.of("en/index.html", "en/old/index.html", "sitemap.xml"), List.of()),
                first.finish());
        FileTime untouched = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(site.resolve("sitemap.xml"), untouched);

        LiveOutput.Pass second = output.pass();
        second.write("en/index.html", utf8("home, edited"));
        second.write("sitemap.xml", utf8("<urlset/>"));
        LiveOutput.Changes changes = second.finish();

        assertEquals(List.of("en/index.html"), changes.written());
        assertEquals(List.of("en/old/index.html"), changes.deleted());
        assertEquals("home, edited", Files.readString(site.resolve("en/index.html"), StandardCharsets.UTF_8));
        assertEquals(untouched, Files.getLastModifiedTime(site.resolve("sitemap.xml")));
        assertFalse(Files.exists(site.resolve("en/old")), "empty folders go too");
        try (var files = Files.list(site.resolve("en"))) {
            assertEquals(List.of(site.resolve("en/index.html")), files.toList(), "no temporary files are left");
        }
    }

    @Test
    void copiesAResourceAgainOnlyWhenItChanged() throws IOException {
        Path source = Files.writeString(work.resolve("map.png"), "png", StandardCharsets.UTF_8);
        LiveOutput output = new LiveOutput(work.resolve("site"));
        LiveOutput.Pass first = output.pass();
        first.copy("en/cities/tartu/map.png", source);
        assertEquals(List.of("en/cities/tartu/map.png"), first.finish().written());

        LiveOutput.Pass same = output.pass();
        same.copy("en/cities/tartu/map.png", source);
        assertTrue(same.finish().isEmpty());

        Files.writeString(source, "png, redrawn", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        LiveOutput.Pass changed = output.pass();
        changed.copy("en/cities/tartu/map.png", source);
        assertEquals(List.of("en/cities/tartu/map.png"), changed.finish().written());
        assertEquals("png, redrawn", Files.readString(work.resolve("site/en/cities/tartu/map.png"),
                StandardCharsets.UTF_8));
    }

    @Test
    void refusesPathsOutsideTheSiteAndTwoWritesOfOneFile() throws IOException {
        LiveOutput.Pass pass = new LiveOutput(work.resolve("site")).pass();

        assertThrows(IllegalArgumentException.class, () -> pass.write("../escape.html", utf8("x")));
        pass.write("en/index.html", utf8("a"));
        assertThrows(FileAlreadyExistsException.class, () -> pass.write("en/index.html", utf8("b")));
        assertFalse(Files.exists(work.resolve("escape.html")));
    }
}
