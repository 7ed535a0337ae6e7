package eu.transferhub.generator.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Front matter of a good practice.
 *
 * @param city     the owner city's bundle name
 * @param transfer whether the practice was passed on to other cities
 */
public record PracticeDetails(Optional<String> city, Optional<Author> author, boolean transfer,
        List<Result> results) implements Details {
    public PracticeDetails {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(author, "author");
        results = List.copyOf(results);
    }
}
