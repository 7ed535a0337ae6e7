package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Collects the problems found in one file. YAML node marks are 0-based lines of the YAML
 * text; {@code yamlFirstLine} turns them into 1-based lines of the file (the line after the
 * opening {@code ---} fence in Markdown, 1 for hub.yaml). Not thread-safe: one per file.
 */
final class Problems {

    private final Path file;
    private final int yamlFirstLine;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Problems(Path file, int yamlFirstLine) {
        this.file = file;
        this.yamlFirstLine = yamlFirstLine;
    }

    Path file() {
        return file;
    }

    /** The 1-based file line of a node's start. */
    int line(Node node) {
        return line(node.getStartMark());
    }

    int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + yamlFirstLine).orElse(yamlFirstLine);
    }

    void error(int line, String message) {
        diagnostics.add(Diagnostic.error(file, line, message));
    }

    void error(Node node, String message) {
        error(line(node), message);
    }

    void warning(int line, String message) {
        diagnostics.add(Diagnostic.warning(file, line, message));
    }

    void warning(Node node, String message) {
        warning(line(node), message);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
