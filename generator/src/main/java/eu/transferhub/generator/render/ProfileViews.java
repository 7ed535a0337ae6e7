package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Author;
import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.Contact;
import eu.transferhub.generator.content.Location;
import eu.transferhub.generator.content.Meeting;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import eu.transferhub.generator.render.view.AuthorView;
import eu.transferhub.generator.render.view.CityView;
import eu.transferhub.generator.render.view.ContactLink;
import eu.transferhub.generator.render.view.ContactView;
import eu.transferhub.generator.render.view.Link;
import eu.transferhub.generator.render.view.LocationView;
import eu.transferhub.generator.render.view.MeetingView;
import eu.transferhub.generator.render.view.NetworkView;
import eu.transferhub.generator.render.view.PracticeView;
import eu.transferhub.generator.render.view.PublicationView;
import eu.transferhub.generator.render.view.ResultView;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The structured, type-specific part of single pages: city, network, practice, publication facts. */
final class ProfileViews {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'()\\[\\],;:]+@[^\\s@<>\"'()\\[\\],;:]+\\.[^\\s@<>\"'()\\[\\],;:]+");

    private final RenderContext context;
    private final Cards cards;

    ProfileViews(RenderContext context, Cards cards) {
        this.context = context;
        this.cards = cards;
    }

    CityView city(CityDetails details, String lang) {
        String country = details.country().map(c -> context.countryName(c, lang)).orElse(null);
        LocationView location = details.location().map(ProfileViews::location).orElse(null);
        ContactView contact = details.contact().map(ProfileViews::contact).orElse(null);
        return country == null && location == null && contact == null ? null : new CityView(country, location, contact);
    }

    /** A link to OpenStreetMap centred on the city; no map is embedded (no third-party scripts). */
    static LocationView location(Location location) {
        String lat = decimal(location.lat());
        String lon = decimal(location.lon());
        return new LocationView("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=13/" + lat + "/" + lon,
                lat + ", " + lon);
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static ContactView contact(Contact contact) {
        ContactView view = new ContactView(contact.address().orElse(null),
                contact.phone().map(ProfileViews::phone).orElse(null),
                contact.email().map(ProfileViews::email).orElse(null),
                contact.website().map(ProfileViews::website).orElse(null));
        return view.address() == null && view.phone() == null && view.email() == null && view.website() == null
                ? null : view;
    }

    /** {@code +34 944 204 200} → {@code tel:+34944204200}; no link when there are no digits. */
    static ContactLink phone(String phone) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && digits.isEmpty()) {
                digits.append(c);
            }
        }
        boolean hasDigits = digits.chars().anyMatch(Character::isDigit);
        return new ContactLink(phone, hasDigits ? "tel:" + digits : null);
    }

    static ContactLink email(String email) {
        String trimmed = email.strip();
        return new ContactLink(trimmed, EMAIL.matcher(trimmed).matches() ? "mailto:" + trimmed : null);
    }

    /** Only http(s) addresses become links, shown without the scheme. */
    static ContactLink website(String website) {
        String trimmed = website.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                String text = uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath());
                return new ContactLink(text.endsWith("/") ? text.substring(0, text.length() - 1) : text, uri.toString());
            }
        } catch (URISyntaxException e) {
            // Not a URL: shown as text, without a link.
        }
        return new ContactLink(trimmed, null);
    }

    NetworkView network(NetworkDetails details, String lang) {
        Link lead = details.lead().map(c -> cards.link("cities", c, lang)).orElse(null);
        List<Link> partners = details.partners().stream().map(c -> cards.link("cities", c, lang)).toList();
        List<MeetingView> meetings = details.meetings().stream().map(m -> meeting(m, lang)).toList();
        return new NetworkView(lead, partners, !partners.isEmpty(), details.programme().orElse(null),
                details.period().orElse(null), meetings, !meetings.isEmpty());
    }

    private MeetingView meeting(Meeting meeting, String lang) {
        return new MeetingView(meeting.title(), context.date(meeting.date(), lang),
                meeting.end().filter(e -> !e.equals(meeting.date())).map(e -> context.date(e, lang)).orElse(null),
                cards.link("cities", meeting.city(), lang));
    }

    PracticeView practice(PracticeDetails details, List<String> networks, String lang) {
        Link city = details.city().map(c -> cards.link("cities", c, lang)).orElse(null);
        List<Link> networkLinks = cards.links("networks", networks, lang);
        AuthorView author = details.author().map(ProfileViews::author).orElse(null);
        List<ResultView> results = details.results().stream().map(r -> new ResultView(r.figure(), r.label())).toList();
        return new PracticeView(city, networkLinks, !networkLinks.isEmpty(), author, details.transfer(),
                city != null || author != null || !networkLinks.isEmpty(), results, !results.isEmpty());
    }

    PublicationView publication(PublicationDetails details, List<String> networks, String lang) {
        Link city = details.city().map(c -> cards.link("cities", c, lang)).orElse(null);
        List<Link> networkLinks = cards.links("networks", networks, lang);
        AuthorView author = details.author().map(ProfileViews::author).orElse(null);
        return new PublicationView(city, networkLinks, !networkLinks.isEmpty(), author, city != null || author != null || !networkLinks.isEmpty());
    }

    static AuthorView author(Author author) {
        return new AuthorView(author.name(), author.role().orElse(null));
    }
}
