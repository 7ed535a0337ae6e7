package eu.transferhub.generator.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a checking step: a value when there were no errors, and every problem found
 * (warnings may come with a value).
 */
public record Checked<T>(Optional<T> value, List<Diagnostic> diagnostics) {
    public Checked {
        Objects.requireNonNull(value, "value");
        diagnostics = List.copyOf(diagnostics);
    }

    /** A value when {@code diagnostics} has no error, else none. */
    public static <T> Checked<T> of(T value, List<Diagnostic> diagnostics) {
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Checked<>(failed ? Optional.empty() : Optional.of(value), diagnostics);
    }

    public static <T> Checked<T> failed(List<Diagnostic> diagnostics) {
        return new Checked<>(Optional.empty(), diagnostics);
    }
}
