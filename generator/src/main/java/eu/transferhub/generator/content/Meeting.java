package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A network meeting.
 *
 * @param city the host city's bundle name
 * @param end  last day, for meetings longer than one day
 */
public record Meeting(String city, LocalDate date, Optional<LocalDate> end, String title) {
    public Meeting {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(title, "title");
    }
}
