package eu.transferhub.generator.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.transferhub.generator.cli.HubMain;
import eu.transferhub.generator.pipeline.SiteTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import eu.transferhub.generator.output.Folders;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random and malformed front matter and Markdown written over a valid small site: every
 * {@code hub build} either publishes a site (exit 0, index.html in place) or fails with
 * nothing but {@code path:line: message} lines and a summary (exit 1), leaving the previous
 * site byte for byte as it was and no staging folder behind. Never another exit code, never
 * a stack trace, never the one-line report of an unexpected exception.
 */
class BuildPropertiesTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic");
    private static final Pattern PROGRESS = Pattern.compile("[a-z ]+ \\d+/\\d+");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^.+?(:\\d+)?: .+$");
    private static final Pattern SUMMARY = Pattern.compile("Build failed: \\d+ errors?, \\d+ warnings?( \\(--strict\\))?");

    /** Page files to write: relative path → content. */
    record Edits(Map<String, String> files) {
    }

    @Provide
    Arbitrary<Edits> edits() {
        return Combinators.combine(RandomContent.target(), RandomContent.page()).as(Map::entry).list()
                .ofMinSize(1).ofMaxSize(3).map(entries -> {
                    Map<String, String> files = new TreeMap<>();
                    entries.forEach(e -> files.put(e.getKey(), e.getValue()));
                    return new Edits(files);
                });
    }

    @Property(tries = 200)
    @StatisticsReport(format = Histogram.class)
    void everyBuildPublishesOrFailsWithPathLineMessages(@ForAll("edits") Edits edits) throws IOException {
        Path work = Files.createTempDirectory("hub-fuzz-");
        try {
            Path content = copy(BASIC, work.resolve("content"));
            for (Map.Entry<String, String> file : edits.files().entrySet()) {
                Path page = content.resolve(file.getKey());
                Files.createDirectories(page.getParent());
                Files.write(page, RandomContent.bytes(file.getValue()));
            }
            Path out = Files.createDirectories(work.resolve("public"));
            // What every site an earlier build wrote has (a folder without them is refused).
            Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>previous site</title>");
            Files.writeString(out.resolve("404.html"), "<!DOCTYPE html><title>not found</title>");
            Files.writeString(out.resolve("sitemap.xml"), "<urlset/>");
            Files.write(out.resolve("marker.bin"), new byte[] {0, 1, 2, (byte) 0xFF});
            Map<String, byte[]> before = snapshot(out);

            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = HubMain.run(new PrintWriter(stdout), new PrintWriter(stderr), "build", "--content",
                    content.toString(), "--out", out.toString(), "--index", work.resolve("index").toString(),
                    "--themes", "../themes", "--threads", "2");

            Statistics.label("exit code").collect(code);
            // Both outcomes must really occur, or the property tests only one of them.
            Statistics.label("exit code").coverage(coverage -> {
                coverage.check(0).count(n -> n > 0);
                coverage.check(1).count(n -> n > 0);
            });
            String all = stdout + "\n" + stderr;
            assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("--verbose"),
                    () -> "an unexplained failure for " + edits + ":\n" + all);
            List<String> lines = stderr.toString().lines().filter(l -> !PROGRESS.matcher(l).matches()).toList();
            switch (code) {
                case 0 -> {
                    assertTrue(Files.isRegularFile(out.resolve("index.html")), "the site has its index.html");
                    assertFalse(Files.exists(out.resolve("marker.bin")), "the site replaced the previous one");
                }
                case 1 -> {
                    assertFalse(lines.isEmpty(), "a failed build says why");
                    assertTrue(SUMMARY.matcher(lines.getLast()).matches(), () -> "summary: " + lines.getLast());
                    for (String line : lines.subList(0, lines.size() - 1)) {
                        assertTrue(DIAGNOSTIC.matcher(line).matches() && line.startsWith(work.toString()),
                                () -> "not a path:line message: " + line + "\nfor " + edits);
                    }
                    assertUnchanged(before, snapshot(out));
                }
                default -> fail("exit code " + code + " for " + edits + ":\n" + all);
            }
            try (Stream<Path> siblings = Files.list(work)) {
                List<String> staging = siblings.map(p -> p.getFileName().toString())
                        .filter(name -> name.startsWith(".public.tmp-")).toList();
                // A replaced site (.public.old-…) may still be being deleted in the background.
                assertEquals(List.of(), staging, "staging folders left beside the site");
            }
        } finally {
            delete(work);
        }
    }

    private static void assertUnchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the previous site's files");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Path copy(Path source, Path target) throws IOException {
        SiteTrees.copy(source, target);
        return target;
    }

    private static void delete(Path dir) throws IOException {
        // Tolerates files that vanish meanwhile: a replaced site is deleted in the background.
        Folders.deleteRecursively(dir);
    }
}
