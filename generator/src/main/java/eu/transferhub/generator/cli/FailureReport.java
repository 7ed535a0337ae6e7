package eu.transferhub.generator.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Prints an unexpected exception as one line, or with its stack trace when the command ran
 * with {@code --verbose}. Content problems never get here: commands report them as diagnostics.
 */
final class FailureReport implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("hub " + commandLine.getCommandName() + ": " + message);
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("run with --verbose for details");
        }
        err.flush();
        return HubMain.FAILED;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
    }
}
