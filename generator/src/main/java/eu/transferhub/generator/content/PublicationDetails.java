package eu.transferhub.generator.content;

import java.util.Objects;
import java.util.Optional;

/** Front matter of a journal or a case study. */
public record PublicationDetails(Optional<String> city, Optional<Author> author) implements Details {
    public PublicationDetails {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(author, "author");
    }
}
