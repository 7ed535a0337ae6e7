package eu.transferhub.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServerMainTest {

    /** Starts the main class in a new JVM, its output (both streams) going to {@code log}. */
    private static Process launch(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // What the runnable jar's manifest grants; here the classes run from the class path.
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), SearchServerMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void sigtermStopsTheServerGracefully(@TempDir Path temp) throws Exception {
        Fixtures.publishFixture(temp.resolve("index"));
        Path log = temp.resolve("server.log");
        Process process = launch(log, "--site", Fixtures.copySite(temp.resolve("site")).toString(),
                "--index", temp.resolve("index").toString(), "--port", "0", "--host", "127.0.0.1");
        Pattern serving = Pattern.compile("(?m)^search-server: serving .* on http://127\\.0\\.0\\.1:(\\d+)/$");
        int port = -1;
        for (int attempt = 0; attempt < 300 && port < 0 && process.isAlive(); attempt++) {
            Matcher matcher = serving.matcher(Files.readString(log));
            if (matcher.find()) {
                port = Integer.parseInt(matcher.group(1));
            } else {
                Thread.sleep(100);
            }
        }
        List<String> startup = Files.readAllLines(log);
        assertTrue(port > 0, "no port announced: " + startup);
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"status\":\"ok\",\"indexVersion\":\"v00000001\",\"documents\":10}", health.body());

        process.destroy(); // SIGTERM

        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "still running 15 s after SIGTERM");
        // Only the announcement, before and after SIGTERM: Lucene's vectorization hint, Jetty's
        // start-up chatter and the shutdown are quiet.
        assertEquals(1, startup.size(), startup.toString());
        assertEquals(startup, Files.readAllLines(log));
    }

    @Test
    void missingOptionsAreAUsageError() throws Exception {
        Path log = Files.createTempFile("search-server-main", ".log");
        Process process = launch(log, "--port", "0");

        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = Files.readString(log);
        Files.delete(log);
        assertEquals(2, process.exitValue());
        assertTrue(output.startsWith("Missing required options: '--site=DIR', '--index=DIR'"), output);
    }

    @Test
    void aSiteFolderThatIsNotThereOrABadPortIsAUsageErrorNamingTheOption(@TempDir Path temp) throws Exception {
        String site = Fixtures.copySite(temp.resolve("site")).toString();
        String index = temp.resolve("index").toString();
        String[][] cases = {
            {"--site: " + temp.resolve("publc") + " is not a folder (the site that ./hub build writes, public/ by"
                    + " default)", "--site", temp.resolve("publc").toString(), "--index", index},
            {"--port: 70000 is not a TCP port (0 to 65535; 0 picks a free one)", "--site", site, "--index", index,
                    "--port", "70000"},
            {"--cache: -1 must be 0 (no cache) or more", "--site", site, "--index", index, "--cache", "-1"},
        };
        for (String[] c : cases) {
            Path log = temp.resolve("main.log");
            Process process = launch(log, java.util.Arrays.copyOfRange(c, 1, c.length));
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            String output = Files.readString(log);
            assertEquals(2, process.exitValue(), output);
            assertTrue(output.startsWith(c[0] + System.lineSeparator() + "Usage: search-server"), output);
        }
    }

    @Test
    void anIndexOfAnOlderSchemaStopsTheStartWithOneLineSayingWhatToDo(@TempDir Path temp) throws Exception {
        Fixtures.publishFixture(temp.resolve("index"));
        eu.transferhub.search.index.OldSchema.mark(temp.resolve("index").resolve("v00000001"));
        Path log = temp.resolve("server.log");
        Process process = launch(log, "--site", Fixtures.copySite(temp.resolve("site")).toString(),
                "--index", temp.resolve("index").toString(), "--port", "0", "--host", "127.0.0.1");

        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server kept running");
        assertEquals(1, process.exitValue());
        assertEquals(List.of("search-server: cannot serve the index in " + temp.resolve("index") + ": index version "
                + "v00000001 has search schema 1, and this server reads schema 3; rebuild the index (./hub build)"),
                Files.readAllLines(log));
    }

    @Test
    void aPortAnotherProcessHoldsStopsTheStartWithOneLineNotAStackTrace(@TempDir Path temp) throws Exception {
        try (java.net.ServerSocket held = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path log = temp.resolve("server.log");
            Process process = launch(log, "--site", Fixtures.copySite(temp.resolve("site")).toString(),
                    "--index", temp.resolve("index").toString(), "--port", Integer.toString(held.getLocalPort()),
                    "--host", "127.0.0.1");

            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server kept running");
            assertEquals(1, process.exitValue());
            String output = Files.readString(log);
            assertTrue(output.contains("search-server: port " + held.getLocalPort() + " on 127.0.0.1 is in use by"
                    + " another process; choose another with --port"), output);
            assertFalse(output.contains("\tat "), "no stack trace: " + output);
        }
    }
}
