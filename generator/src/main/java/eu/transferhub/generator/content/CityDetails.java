package eu.transferhub.generator.content;

import java.util.Objects;
import java.util.Optional;

/**
 * Front matter of a city page.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 */
public record CityDetails(Optional<String> country, Optional<Location> location,
        Optional<Contact> contact) implements Details {
    public CityDetails {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(contact, "contact");
    }
}
