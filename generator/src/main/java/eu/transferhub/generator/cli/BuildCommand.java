package eu.transferhub.generator.cli;

import eu.transferhub.generator.content.SiteConfigLoader;
import eu.transferhub.generator.pipeline.BuildFolders;
import eu.transferhub.generator.pipeline.BuildOptions;
import eu.transferhub.generator.pipeline.BuildResult;
import eu.transferhub.generator.pipeline.SiteBuilder;
import eu.transferhub.generator.render.ThemeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hub build}: content → site folder and search index. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = HubVersion.class,
        description = {"Builds the site into --out and a new search-index version into --index.",
            "Content problems are listed as path:line: message. Errors, and warnings with --strict,"
                + " fail the build and leave the previous site untouched."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ContentFolder contentFolder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "public",
            description = "site folder, replaced on success (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "search-index",
            description = "search index folder (default: ${DEFAULT-VALUE})")
    private Path index;

    @CommandLine.Mixin
    private ThemesFolder themesFolder;

    @Option(names = "--base-url", paramLabel = "URL", description = "use this base URL instead of hub.yaml's baseURL")
    private String baseUrl;

    @Option(names = "--drafts", description = "build draft pages too")
    private boolean drafts;

    @Option(names = "--strict", description = "fail on warnings too")
    private boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    private Integer threads;

    @Option(names = "--verbose", description = "print the time of each stage, and stack traces of unexpected failures")
    private boolean verbose;

    @Override
    public Integer call() throws IOException, ThemeException {
        CommandLine commandLine = spec.commandLine();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, got " + workers);
        }
        if (baseUrl != null) {
            SiteConfigLoader.baseUrlProblem(baseUrl).ifPresent(problem -> {
                throw new CommandLine.ParameterException(commandLine, "--base-url: " + problem);
            });
        }
        Path content = contentFolder.existing();
        Path themes = themesFolder.existing();
        BuildOptions options = new BuildOptions(content, out, index, themes, Optional.ofNullable(baseUrl), drafts,
                strict, workers);
        Optional<String> folders = BuildFolders.problem(options);
        if (folders.isPresent()) {
            throw new CommandLine.ParameterException(commandLine, folders.get());
        }
        PrintWriter err = commandLine.getErr();
        BuildResult result = new SiteBuilder(workers).build(options, new ProgressPrinter(err));
        result.diagnostics().forEach(d -> err.println(d));
        if (!result.published()) {
            err.println(Summary.failure(result, strict));
            err.flush();
            return HubMain.FAILED;
        }
        if (verbose) {
            err.println(Summary.phases(result));
        }
        err.flush();
        commandLine.getOut().println(Summary.success(result));
        return 0;
    }
}
