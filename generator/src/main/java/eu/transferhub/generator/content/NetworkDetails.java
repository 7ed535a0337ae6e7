package eu.transferhub.generator.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Front matter of a network page.
 *
 * @param lead     the lead city's bundle name
 * @param partners partner cities' bundle names, in the order written
 */
public record NetworkDetails(Optional<String> lead, List<String> partners,
        Optional<String> programme, Optional<String> period, List<Meeting> meetings)
        implements Details {
    public NetworkDetails {
        Objects.requireNonNull(lead, "lead");
        partners = List.copyOf(partners);
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(period, "period");
        meetings = List.copyOf(meetings);
    }
}
