package eu.transferhub.generator.cli;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.preview.PreviewOptions;
import eu.transferhub.generator.preview.PreviewServer;
import eu.transferhub.generator.preview.Rebuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hub serve}: the live preview, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = HubVersion.class,
        description = {"Builds the site and its search index, serves both, and rebuilds on every save.",
            // One element per paragraph: picocli starts a new line at each.
            "Open browser tabs reload by themselves; a save with an error shows it over the page "
                    + "and keeps the last good site."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ContentFolder contentFolder;

    @CommandLine.Mixin
    private ThemesFolder themesFolder;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "interface to listen on (default: ${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--drafts", description = "show draft pages too")
    private boolean drafts;

    @Option(names = "--verbose", description = "print stack traces of unexpected failures")
    private boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandLine commandLine = spec.commandLine();
        Path content = contentFolder.existing();
        Path themes = themesFolder.existing();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(commandLine, "--port must be 0..65535, got " + port);
        }
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        PreviewOptions options = new PreviewOptions(content, themes, host, port, drafts,
                Runtime.getRuntime().availableProcessors());
        PreviewServer preview;
        try {
            // Whether a build has succeeded yet: before one has, there is no site to keep.
            AtomicBoolean built = new AtomicBoolean();
            preview = PreviewServer.start(options, rebuild -> report(rebuild, built, out, err));
        } catch (IOException e) {
            if (causedBy(e, BindException.class)) {
                err.println("hub serve: port " + port + " is in use; choose another with --port");
                err.flush();
                return HubMain.FAILED;
            }
            throw e;
        }
        out.println("Serving " + content + " at http://" + host + ":" + preview.port() + "/ — press Ctrl+C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                err.println("hub serve: " + e.getMessage());
                err.flush();
            } finally {
                stopped.countDown();
            }
        }, "preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        stopped.await();
        return 0;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** One line per rebuild on {@code out}, after its problems on {@code err}. */
    static synchronized void report(Rebuild rebuild, AtomicBoolean built, PrintWriter out,
            PrintWriter err) {
        rebuild.diagnostics().forEach(err::println);
        err.flush();
        long ms = rebuild.took().toMillis();
        long errors = rebuild.diagnostics().stream().filter(Diagnostic::isError).count();
        String errorCount = errors + " error" + (errors == 1 ? "" : "s");
        String them = errors == 1 ? "it" : "them";
        if (rebuild.built() && !built.getAndSet(true)) {
            int files = rebuild.changes().written().size();
            out.println(String.format(Locale.ROOT, "Built in %d ms: %d file%s", ms, files, files == 1 ? "" : "s"));
        } else if (rebuild.built()) {
            int files = rebuild.changes().written().size() + rebuild.changes().deleted().size();
            out.println(String.format(Locale.ROOT, "Rebuilt in %d ms%s: %d file%s changed", ms,
                    rebuild.everyPage() ? " (every page)" : "", files, files == 1 ? "" : "s"));
        } else if (!built.get()) {
            out.println("Not built: " + errorCount + " (every page shows " + them + " until a save fixes "
                    + them + ")");
        } else {
            out.println("Not rebuilt: " + errorCount + " (the browser shows " + them
                    + "; the last good site is still served)");
        }
        out.flush();
    }
}
