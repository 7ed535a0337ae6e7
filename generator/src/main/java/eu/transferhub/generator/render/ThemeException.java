package eu.transferhub.generator.render;

/**
 * A theme that cannot be used: a missing or unreadable file, a template that does not
 * compile, a UI string missing in a language. The message names the theme file.
 */
public final class ThemeException extends Exception {

    public ThemeException(String message) {
        super(message);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
