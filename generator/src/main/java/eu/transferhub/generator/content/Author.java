package eu.transferhub.generator.content;

import java.util.Objects;
import java.util.Optional;

/** The author of a practice, journal or case study. */
public record Author(String name, Optional<String> role) {
    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
