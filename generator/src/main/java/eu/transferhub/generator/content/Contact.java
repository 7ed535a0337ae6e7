package eu.transferhub.generator.content;

import java.util.Objects;
import java.util.Optional;

/** A city's contact details; every part is optional. */
public record Contact(Optional<String> address, Optional<String> phone, Optional<String> email,
        Optional<String> website) {
    public Contact {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
    }
}
