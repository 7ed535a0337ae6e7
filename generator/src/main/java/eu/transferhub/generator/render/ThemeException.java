package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Diagnostic;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A theme that cannot be used: a missing or unreadable file, a template that does not
 * compile, a UI string missing in a language. The message names the theme file, and the file
 * and line are kept apart too, so a caller can place the problem as {@code path:line: message}
 * without reading it back out of the text.
 */
public final class ThemeException extends Exception {

    private final Path file;
    private final int line;
    private final String detail;

    /** A problem of the theme as a whole ("theme has no layouts/base.mustache"). */
    public ThemeException(String message) {
        this(message, (Throwable) null);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.detail = message;
    }

    /** A problem in {@code file}, at {@code line} (0 when not at a line). */
    public ThemeException(Path file, int line, String detail) {
        this(file, line, detail, null);
    }

    public ThemeException(Path file, int line, String detail, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    /** The theme file the problem is in, when it is in one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The line of {@link #file()}, or 0. */
    public int line() {
        return line;
    }

    /** The message without the file and line. */
    public String detail() {
        return detail;
    }

    /**
     * This problem as hub build, hub check and hub serve list it: on its theme file and line, as
     * the build prints it; a problem of the theme as a whole ("theme folder … does not exist") on
     * {@code hubYaml}, whose {@code theme:} chose the theme.
     *
     * @param theme the theme's name, as hub.yaml gives it
     */
    public Diagnostic problem(Path hubYaml, String theme) {
        return file().map(f -> Diagnostic.error(f, line, detail))
                .orElseGet(() -> Diagnostic.error(hubYaml, 0, "theme '" + theme + "': " + getMessage()));
    }
}
