package eu.transferhub.generator.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --themes} option of the commands that render. */
final class ThemesFolder {

    @Option(names = "--themes", paramLabel = "DIR", defaultValue = "themes",
            description = "folder of themes; hub.yaml's theme overlays themes/default (default: ${DEFAULT-VALUE})")
    private Path themes;

    Path path() {
        return themes;
    }
}
