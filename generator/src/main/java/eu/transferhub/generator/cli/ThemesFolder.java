package eu.transferhub.generator.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --themes} option of the commands that render, and the check that it holds the default theme. */
final class ThemesFolder {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Option(names = "--themes", paramLabel = "DIR", defaultValue = "themes",
            description = "folder of themes; hub.yaml's theme overlays themes/default (default: ${DEFAULT-VALUE})")
    private Path themes;

    /**
     * The themes folder.
     *
     * @throws CommandLine.ParameterException (a usage error) when it has no {@code default/}: the
     *                                        default is relative to the working folder, so running
     *                                        hub from a site's own folder needs --themes
     */
    Path existing() {
        if (!Files.isDirectory(themes.resolve("default"))) {
            throw new CommandLine.ParameterException(command.commandLine(), "--themes " + themes + ": "
                    + (Files.isDirectory(themes) ? "no default/ theme in it" : "no such folder")
                    + "; give the folder that holds default/" + installed().map(p -> ", e.g. " + p)
                            .orElse(", e.g. Transfer Hub's own themes/"));
        }
        return themes;
    }

    /** Transfer Hub's own themes folder, beside generator/target/ where this code runs from. */
    private static Optional<Path> installed() {
        CodeSource source = ThemesFolder.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            // generator/target/<jar or classes>: three levels up is the project.
            Path root = Path.of(source.getLocation().toURI()).toAbsolutePath();
            for (int i = 0; i < 3 && root != null; i++) {
                root = root.getParent();
            }
            return Optional.ofNullable(root).map(r -> r.resolve("themes"))
                    .filter(t -> Files.isDirectory(t.resolve("default")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
