package eu.transferhub.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.pipeline.SiteTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubMainTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic");
    private static final Pattern PROGRESS = Pattern.compile("[a-z ]+ \\d+/\\d+");

    /** Exit code, standard output and standard error of one run. */
    private record Run(int code, String out, String err) {
    }

    private static Run hub(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HubMain.run(new PrintWriter(out), new PrintWriter(err), args);
        // Progress lines ("reading pages 812/2000") appear when a run takes over two seconds.
        String errors = err.toString().lines().filter(l -> !PROGRESS.matcher(l).matches())
                .map(l -> l + "\n").reduce("", String::concat);
        return new Run(code, out.toString(), errors);
    }

    private static String[] build(Path work, String... extra) {
        return build(work, Path.of("../themes"), extra);
    }

    private static String[] build(Path work, Path themes, String... extra) {
        String[] base = {"build", "--content", BASIC.toString(), "--out", work.resolve("public").toString(),
            "--index", work.resolve("index").toString(), "--themes", themes.toString(), "--threads", "2"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    @Test
    void buildPrintsWarningsThenAOneLineSummary(@TempDir Path work) {
        Run run = hub(build(work));
        assertEquals(0, run.code(), run.err());
        assertEquals(BASIC + "/good-practices/as-fabrik/index.en.md:6: warning: themes: 'digital' has no profile page"
                + " (themes/digital/); it gets a plain term page\n"
                + BASIC + "/good-practices/as-fabrik/index.en.md:23: warning: broken link: /en/cities/nowhere/"
                + " is no page, resource or alias of the site\n", run.err());
        assertTrue(Pattern.matches("Built 10 pages \\(en 8, es 2\\) and \\d+ files in \\d+\\.\\d\\d s, 2 warnings\n",
                run.out()), run.out());
        assertTrue(Files.exists(work.resolve("public/en/cities/bilbao/index.html")));
    }

    @Test
    void verboseBuildPrintsTheTimeOfEachStageAndTheDocumentsItIndexed(@TempDir Path work) {
        Run run = hub(build(work, "--verbose"));
        assertEquals(0, run.code(), run.err());
        String last = run.err().lines().reduce((a, b) -> b).orElse("");
        Matcher phases = Pattern.compile("load \\d+\\.\\d\\d s, render \\d+\\.\\d\\d s \\((\\d+) of (\\d+) files written\\),"
                + " index \\d+\\.\\d\\d s \\(10 of 10 documents indexed\\), publish \\d+\\.\\d\\d s").matcher(last);
        assertTrue(phases.matches(), run.err());
        assertEquals(phases.group(2), phases.group(1), "a first build writes every file");
        assertFalse(hub(build(work.resolve("quiet"))).err().contains("render "));

        Run again = hub(build(work, "--verbose"));
        assertEquals(0, again.code(), again.err());
        // The same content again: the index already holds every document as it is.
        assertTrue(again.err().contains(" s (0 of 10 documents indexed), publish "), again.err());
        // A third build writes over the first one's files, which hold the same bytes.
        Run third = hub(build(work, "--verbose"));
        assertEquals(0, third.code(), third.err());
        assertTrue(third.err().contains(" (0 of " + phases.group(2) + " files written), "), third.err());
    }

    @Test
    void strictFailsOnWarningsWithExitCodeOne(@TempDir Path work) {
        Run run = hub(build(work, "--strict"));
        assertEquals(1, run.code());
        assertTrue(run.err().endsWith("Build failed: 0 errors, 2 warnings (--strict)\n"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(work.resolve("public")));
    }

    @Test
    void contentErrorsAreListedWithoutStackTraces(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        Files.createDirectories(content.resolve("cities/bilbao"));
        Files.writeString(content.resolve("hub.yaml"), """
                title: { en: Hub }
                baseURL: https://transferhub.eu/
                defaultLanguage: en
                languages: [{ code: en, name: English, weight: 1 }]
                """);
        Files.writeString(content.resolve("cities/bilbao/index.en.md"), "---\ntitel: Bilbao\ncountry: Spain\n---\n");
        Run run = hub("build", "--content", content.toString(), "--out", work.resolve("public").toString(),
                "--index", work.resolve("index").toString(), "--themes", "../themes");
        assertEquals(1, run.code());
        assertEquals(content + "/cities/bilbao/index.en.md:2: title is required\n"
                + content + "/cities/bilbao/index.en.md:2: warning: unknown field 'titel' — did you mean 'title'?\n"
                + content + "/cities/bilbao/index.en.md:3: country: expected an ISO 3166-1 alpha-2 code in upper case"
                + " (e.g. ES), got 'Spain'\n"
                + "Build failed: 2 errors, 1 warning\n", run.err());
    }

    @Test
    void usageErrorsExitWithTwoAndPointToTheHelp() {
        Run unknown = hub("build", "--bogus");
        assertEquals(2, unknown.code());
        assertEquals("hub build: Unknown option: '--bogus'\nTry 'hub build --help'.\n", unknown.err());
        Run threads = hub("build", "--threads", "0");
        assertEquals(2, threads.code());
        assertEquals("hub build: --threads must be at least 1, got 0\nTry 'hub build --help'.\n", threads.err());
        Run missing = hub("build", "--content", "no/such/dir");
        assertEquals(2, missing.code());
        assertEquals("hub build: --content no/such/dir: no such folder\nTry 'hub build --help'.\n", missing.err());
        assertEquals(2, hub("frobnicate").code());

        // The themes folder is relative to the working folder: run from a site's own folder, hub
        // says where its own themes are rather than failing to load a theme.
        String ownThemes = Path.of("..").toAbsolutePath().normalize().resolve("themes").toString();
        for (String command : new String[] {"build", "check", "serve"}) {
            Run themes = hub(command, "--content", "../content", "--themes", "no/such/dir");
            assertEquals(2, themes.code(), themes.err());
            assertEquals("hub " + command + ": --themes no/such/dir: no such folder; give the folder that holds"
                    + " default/, e.g. " + ownThemes + "\nTry 'hub " + command + " --help'.\n", themes.err());
        }
        Run baseUrl = hub("build", "--base-url", "example.org");
        assertEquals(2, baseUrl.code());
        assertEquals("hub build: --base-url: expected an absolute http:// or https:// URL, got 'example.org'\n"
                + "Try 'hub build --help'.\n", baseUrl.err());
        Run noDefault = hub("check", "--content", "../content", "--themes", "../content");
        assertEquals(2, noDefault.code());
        assertTrue(noDefault.err().startsWith("hub check: --themes ../content: no default/ theme in it;"),
                noDefault.err());
    }

    @Test
    void anOutputFolderWhoseReplacementWouldDestroySomethingIsAUsageErrorAndTouchesNothing(@TempDir Path work)
            throws IOException {
        Path content = work.resolve("content");
        SiteTrees.copy(BASIC, content);
        Path notes = Files.createDirectories(work.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        Files.writeString(work.resolve("file.txt"), "a file");
        Path dangling = Files.createSymbolicLink(work.resolve("dangling"), work.resolve("gone"));
        String[][] cases = {
            {content.toString(), "--out " + content + " would replace the content folder " + content
                    + " with the site; choose another folder"},
            {work.toString(), "--out " + work + " would replace a folder holding the content folder " + content
                    + " with the site; choose another folder"},
            {content.resolve("public").toString(), "--out " + content.resolve("public") + " is inside the content"
                    + " folder " + content + ": the next build would read the site as content; choose a folder"
                    + " outside it"},
            {work.resolve("index/site").toString(), "--out " + work.resolve("index/site") + " and --index "
                    + work.resolve("index") + " overlap: each build replaces the site folder as a whole; give them"
                    + " separate folders"},
            {work.resolve("file.txt").toString(), "--out " + work.resolve("file.txt") + " is a file, not a folder"},
            {dangling.toString(), "--out " + dangling + " is a symbolic link to " + work.resolve("gone") + ", which"
                    + " does not exist; create that folder or remove the link"},
            {notes.toString(), "--out " + notes + " is a folder with files that no build wrote (it has no"
                    + " index.html, 404.html and sitemap.xml), and a build replaces it as a whole; give a new or empty"
                    + " folder"},
        };
        for (String[] c : cases) {
            Run run = hub("build", "--content", content.toString(), "--out", c[0], "--index",
                    work.resolve("index").toString(), "--themes", "../themes");
            assertEquals(2, run.code(), run.err());
            assertEquals("hub build: " + c[1] + "\nTry 'hub build --help'.\n", run.err());
        }
        assertTrue(Files.isRegularFile(content.resolve("hub.yaml")), "the content is untouched");
        assertEquals("mine", Files.readString(notes.resolve("todo.txt")));
        assertEquals(0, hub("build", "--content", content.toString(), "--out", work.resolve("public").toString(),
                "--index", work.resolve("index").toString(), "--themes", "../themes").code());
        assertEquals(0, hub("build", "--content", content.toString(), "--out", work.resolve("public").toString(),
                "--index", work.resolve("index").toString(), "--themes", "../themes").code(),
                "a site an earlier build wrote is replaced");
    }

    @Test
    void serveOnAPortAnotherProcessHoldsSaysSoInOneLine() throws IOException {
        try (java.net.ServerSocket held = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run run = hub("serve", "--content", BASIC.toString(), "--themes", "../themes", "--host", "127.0.0.1",
                    "--port", Integer.toString(held.getLocalPort()));
            assertEquals(1, run.code(), run.err());
            assertEquals("hub serve: port " + held.getLocalPort() + " is in use; choose another with --port\n",
                    run.err());
        }
    }

    @Test
    void unexpectedFailuresAreOneLineUnlessVerbose(@TempDir Path work) throws IOException {
        // A default theme without its files fails while the theme loads.
        Files.createDirectories(work.resolve("empty-themes/default"));
        Run run = hub(build(work, work.resolve("empty-themes")));
        assertEquals(1, run.code());
        String[] lines = run.err().split("\n");
        assertTrue(lines[lines.length - 2].startsWith("hub build: "), run.err());
        assertEquals("run with --verbose for details", lines[lines.length - 1]);
        Run verbose = hub(build(work, work.resolve("empty-themes"), "--verbose"));
        assertTrue(verbose.err().contains("\tat eu.transferhub.generator."), verbose.err());
    }

    @Test
    void helpAndVersion() {
        Run help = hub("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build  "), help.out());
        Run version = hub("--version");
        assertEquals(0, version.code());
        assertTrue(Pattern.matches("hub \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n", version.out()), version.out());
    }
}
