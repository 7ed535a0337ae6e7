package eu.transferhub.generator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --content} option of every command, and the check that the folder exists. */
final class ContentFolder {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder with hub.yaml (default: ${DEFAULT-VALUE})")
    private Path content;

    /**
     * The content folder.
     *
     * @throws CommandLine.ParameterException (a usage error) when there is no such folder
     */
    Path existing() {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(command.commandLine(), "--content " + content + ": no such folder");
        }
        return content;
    }
}
