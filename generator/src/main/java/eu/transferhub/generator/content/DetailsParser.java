package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the type-specific front-matter fields into the {@link Details} of a page type. */
final class DetailsParser {

    private static final Set<String> COUNTRIES = Arrays.stream(java.util.Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private DetailsParser() {
    }

    /** The type-specific field names of {@code type}. */
    static List<String> fields(PageType type) {
        return switch (type) {
            case CITY -> List.of("country", "location", "contact");
            case NETWORK -> List.of("lead", "partners", "programme", "period", "meetings");
            case GOOD_PRACTICE -> List.of("city", "author", "transfer", "results");
            case JOURNAL, CASE_STUDY -> List.of("city", "author");
            case ARTICLE, THEME, PAGE -> List.of();
        };
    }

    static Details read(YamlMapping fields, PageType type, Problems problems, List<Reference> references) {
        return switch (type) {
            case CITY -> new CityDetails(country(fields, problems), LocationParser.parse(fields, "location", problems),
                    fields.mapping("contact").map(c -> contact(c, problems)));
            case NETWORK -> network(fields, problems, references);
            case GOOD_PRACTICE -> new PracticeDetails(city(fields, "city", problems, references),
                    author(fields, problems), fields.bool("transfer"), results(fields, problems));
            case JOURNAL, CASE_STUDY -> new PublicationDetails(city(fields, "city", problems, references),
                    author(fields, problems));
            case ARTICLE, THEME, PAGE -> new NoDetails();
        };
    }

    private static Optional<String> country(YamlMapping fields, Problems problems) {
        Optional<String> country = fields.string("country");
        if (country.isPresent() && !COUNTRIES.contains(country.get())) {
            problems.error(fields.line("country"), "country: expected an ISO 3166-1 alpha-2 code in upper case"
                    + " (e.g. ES), got '" + country.get() + "'");
            return Optional.empty();
        }
        return country;
    }

    private static Contact contact(YamlMapping contact, Problems problems) {
        contact.warnUnknown(List.of("address", "phone", "email", "website"), java.util.Map.of());
        Optional<String> email = contact.string("email");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            problems.error(contact.line("email"), contact.name("email") + ": '" + email.get()
                    + "' is not an e-mail address");
        }
        Optional<String> website = contact.string("website");
        if (website.isPresent() && !website.get().matches("https?://[^\\s/]+.*")) {
            problems.error(contact.line("website"), contact.name("website") + ": expected an absolute"
                    + " http:// or https:// URL, got '" + website.get() + "'");
        }
        return new Contact(contact.string("address"), contact.string("phone"), email, website);
    }

    /** "2022-05-10/2022-05-12" and the like: a range written in {@code date}, where {@code end} is meant. */
    private static final Pattern DATE_RANGE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}\\s*(?:/|\\.\\.|–|—|-|to)\\s*\\d{4}-\\d{2}-\\d{2}");

    private static boolean twoDatesInOne(YamlMapping meeting, Problems problems) {
        Optional<String> written = meeting.node("date").filter(n -> n instanceof ScalarNode)
                .map(n -> ((ScalarNode) n).getValue().strip());
        if (written.isEmpty() || !DATE_RANGE.matcher(written.get()).matches()) {
            return false;
        }
        problems.error(meeting.line("date"), meeting.name("date") + ": '" + written.get() + "' is two dates;"
                + " write the first day as date: and the last as end:");
        return true;
    }

    private static NetworkDetails network(YamlMapping fields, Problems problems, List<Reference> references) {
        Optional<String> lead = city(fields, "lead", problems, references);
        List<String> partners = new ArrayList<>();
        for (YamlMapping.Located partner : fields.strings("partners")) {
            if (partners.contains(partner.value())) {
                // Listed once: the profile pages would show the city twice.
                problems.warning(partner.line(), "partners: '" + partner.value() + "' is listed twice");
            } else if (reference(partner.value(), "partners", partner.line(), problems, references)) {
                partners.add(partner.value());
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        for (YamlMapping meeting : fields.mappings("meetings")) {
            meeting.warnUnknown(List.of("city", "date", "end", "title"), java.util.Map.of());
            Optional<String> city = meeting.requiredString("city");
            Optional<LocalDate> date = twoDatesInOne(meeting, problems) ? Optional.empty() : meeting.date("date");
            if (meeting.node("date").isEmpty()) {
                problems.error(meeting.line(), meeting.name("date") + " is required");
            }
            Optional<LocalDate> end = meeting.date("end");
            Optional<String> title = meeting.requiredString("title");
            if (date.isPresent() && end.isPresent() && end.get().isBefore(date.get())) {
                problems.error(meeting.line("end"), meeting.name("end") + ": " + end.get()
                        + " is before the date " + date.get());
            }
            boolean cityOk = city.isPresent()
                    && reference(city.get(), meeting.name("city"), meeting.line("city"), problems, references);
            if (cityOk && date.isPresent() && title.isPresent()) {
                meetings.add(new Meeting(city.get(), date.get(), end, title.get()));
            }
        }
        return new NetworkDetails(lead, partners, fields.string("programme"), fields.string("period"), meetings);
    }

    /** A field naming one city bundle that must exist. */
    private static Optional<String> city(YamlMapping fields, String key, Problems problems,
            List<Reference> references) {
        return fields.string(key)
                .filter(city -> reference(city, fields.name(key), fields.line(key), problems, references));
    }

    private static boolean reference(String city, String field, int line, Problems problems,
            List<Reference> references) {
        if (!Slugs.valid(city)) {
            problems.error(line, Slugs.problem(field, city));
            return false;
        }
        references.add(new Reference(field, new PageKey(PageType.CITY.section(), city), line, true));
        return true;
    }

    private static Optional<Author> author(YamlMapping fields, Problems problems) {
        return fields.mapping("author").flatMap(author -> {
            author.warnUnknown(List.of("name", "role"), java.util.Map.of());
            Optional<String> name = author.requiredString("name");
            return name.map(n -> new Author(n, author.string("role")));
        });
    }

    private static List<Result> results(YamlMapping fields, Problems problems) {
        List<Result> results = new ArrayList<>();
        for (YamlMapping result : fields.mappings("results")) {
            result.warnUnknown(List.of("figure", "label"), java.util.Map.of());
            Optional<String> figure = result.requiredString("figure");
            Optional<String> label = result.requiredString("label");
            if (figure.isPresent() && label.isPresent()) {
                results.add(new Result(figure.get(), label.get()));
            }
        }
        return results;
    }
}
