package eu.transferhub.search;

import eu.transferhub.search.http.SearchServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The runnable search server: {@code java -jar search-server-app.jar --site DIR --index DIR
 * --port N}. Serves the site and the search API until SIGTERM or Ctrl-C, then stops gracefully.
 */
@Command(name = "search-server", mixinStandardHelpOptions = true,
        description = "Serves a generated Transfer Hub site and its search API.")
public final class SearchServerMain implements Callable<Integer> {

    @Option(names = "--site", required = true, paramLabel = "DIR", description = "The generated site directory.")
    Path site;

    @Option(names = "--index", required = true, paramLabel = "DIR",
            description = "The index root that the build publishes into.")
    Path index;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--cache", defaultValue = "1024", paramLabel = "N",
            description = "Search responses and suggestions kept for reuse while the index stays the same; 0 disables "
                    + "(default: ${DEFAULT-VALUE}).")
    int cache;

    // Held so the setting is not collected: Lucene logs through java.util.logging, once per start,
    // that the JDK's incubating vector module is not enabled; that is a tuning hint, not news.
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(new CommandLine(new SearchServerMain()).execute(args));
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Checked here, not left to the server: a mistyped --site would otherwise serve a 404
        // for every page, and a bad --port fail deep inside Jetty.
        if (!Files.isDirectory(site)) {
            throw new ParameterException(spec.commandLine(), "--site: " + site + " is not a folder"
                    + " (the site that ./hub build writes, public/ by default)");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a TCP port (0 to 65535;"
                    + " 0 picks a free one)");
        }
        if (cache < 0) {
            throw new ParameterException(spec.commandLine(), "--cache: " + cache + " must be 0 (no cache) or more");
        }
        SearchServer server;
        try {
            server = SearchServer.builder().site(site).index(index).port(port).host(host).resultCache(cache).start();
        } catch (BindException e) {
            System.err.println("search-server: " + e.getMessage() + "; choose another with --port");
            return 1;
        } catch (IOException e) {
            // An index that cannot be opened is the operator's to fix; the message says how.
            System.err.println("search-server: cannot serve the index in " + index + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "graceful-shutdown"));
        System.err.println("search-server: serving " + site + " on http://" + host + ":" + server.port() + "/");
        stopped.await();
        return 0;
    }
}
