package eu.transferhub.generator.content;

import java.util.Objects;

/** A headline result of a good practice, e.g. figure {@code 70+}, label {@code KIBS involved}. */
public record Result(String figure, String label) {
    public Result {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(label, "label");
    }
}
