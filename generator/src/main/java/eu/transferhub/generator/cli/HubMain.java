package eu.transferhub.generator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hub} command. A subcommand is added by listing its class in {@code subcommands}
 * below; it reports content problems itself and returns its exit code. Exit codes: 0 success,
 * 1 failure (content errors, or I/O and other unexpected problems), 2 usage error.
 */
@Command(name = "hub", mixinStandardHelpOptions = true, versionProvider = HubVersion.class,
        description = "Transfer Hub: builds the multilingual static site and its search index.",
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            NewCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class HubMain implements Runnable {

    /** Exit code of a build or check that found problems, and of unexpected failures. */
    public static final int FAILED = 1;
    /** Exit code of a command line that does not parse. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Lucene logs through java.util.logging that the vector incubator module is absent, on every
     * run; that is advice for server operators, not for someone building a site. Held in a field
     * because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given streams (tests pass their own).
     *
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command line, for callers that embed it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new HubMain());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureReport());
        commandLine.setParameterExceptionHandler(HubMain::usageError);
        return commandLine;
    }

    /** The message and a pointer to the help: the whole usage text would bury the message. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        boolean root = command.getCommandSpec().parent() == null;
        String name = root ? "hub" : "hub " + command.getCommandName();
        command.getErr().println(name + ": " + e.getMessage());
        command.getErr().println("Try '" + name + " --help'.");
        command.getErr().flush();
        return USAGE;
    }

    /** {@code hub} alone prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
