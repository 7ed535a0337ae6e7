package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A content problem with its place. Printed as {@code path:line: message}.
 *
 * @param file the file, relative to the working directory or as given
 * @param line 1-based line in {@code file}; 0 when the problem concerns the whole file
 */
public record Diagnostic(Severity severity, Path file, int line, String message)
        implements Comparable<Diagnostic> {

    /** By file, then line, then message: the order problems are printed in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString().replace('\\', '/'))
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::severity);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        // One problem, one line (editors' tools and CI annotations read them line by line): a
        // quoted value with line breaks, e.g. a block scalar, shows them as \n.
        message = Objects.requireNonNull(message, "message").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(Severity.ERROR, file, line, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This problem with its file placed under {@code dir}, for printing relative to the working dir. */
    public Diagnostic under(Path dir) {
        return new Diagnostic(severity, dir.resolve(file), line, message);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line: message}, with {@code warning: } before warnings' messages. */
    @Override
    public String toString() {
        String path = file.toString().replace('\\', '/');
        String where = line > 0 ? path + ":" + line : path;
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
