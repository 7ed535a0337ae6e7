package eu.transferhub.generator.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated front matter of one Markdown file. Lists are never null and keep the
 * order the editor wrote.
 *
 * @param weight  ordering among pages without dates, ascending; 0 when absent
 * @param lastmod last modification, filled by the pipeline when known
 */
public record FrontMatter(String title, Optional<LocalDate> date, Optional<String> summary,
        boolean draft, Optional<String> slug, List<String> aliases, int weight,
        List<String> cities, List<String> networks, List<String> themes, Details details,
        Optional<Instant> lastmod) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(slug, "slug");
        aliases = List.copyOf(aliases);
        cities = List.copyOf(cities);
        networks = List.copyOf(networks);
        themes = List.copyOf(themes);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(lastmod, "lastmod");
    }

    /** Front matter with only a title; everything else empty. */
    public static FrontMatter titled(String title) {
        return new FrontMatter(title, Optional.empty(), Optional.empty(), false, Optional.empty(),
                List.of(), 0, List.of(), List.of(), List.of(), new NoDetails(), Optional.empty());
    }

    /** The owner city of a practice, journal or case study. */
    public Optional<String> ownerCity() {
        return switch (details) {
            case PracticeDetails p -> p.city();
            case PublicationDetails p -> p.city();
            default -> Optional.empty();
        };
    }

    /**
     * The page's terms of {@code taxonomy}: {@code cities} includes the owner city (first,
     * without duplicates); other taxonomies are the list as written. Unknown taxonomies
     * have no terms.
     */
    public List<String> terms(String taxonomy) {
        return switch (taxonomy) {
            case "cities" -> {
                Optional<String> owner = ownerCity();
                if (owner.isEmpty() || cities.contains(owner.get())) {
                    yield cities;
                }
                List<String> all = new ArrayList<>(cities.size() + 1);
                all.add(owner.get());
                all.addAll(cities);
                yield List.copyOf(all);
            }
            case "networks" -> networks;
            case "themes" -> themes;
            default -> List.of();
        };
    }

    /** This front matter with {@code lastmod} set. */
    public FrontMatter withLastmod(Optional<Instant> lastmod) {
        return new FrontMatter(title, date, summary, draft, slug, aliases, weight, cities, networks,
                themes, details, lastmod);
    }
}
