package eu.transferhub.generator.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.transferhub.generator.content.Author;
import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * schema.org JSON-LD: for single pages Article for practices, journals, articles and case
 * studies, Place with geo coordinates for cities, Project for networks, WebPage otherwise;
 * WebSite for home pages; CollectionPage for list, taxonomy and term pages.
 *
 * <p>Written by Jackson, and {@code <}, {@code >} and {@code &} are escaped as
 * {@code \u003c}…, so no text (a title containing {@code </script>}) can end the script
 * element it is embedded in.
 */
final class JsonLd {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptSafeEscapes());

    private final RenderContext context;

    JsonLd(RenderContext context) {
        this.context = context;
    }

    String page(Page page) {
        String lang = page.lang();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        String url = context.absolute(page.url());
        String summary = Cards.blankToNull(page.content().summary());
        switch (page.type()) {
            case GOOD_PRACTICE, JOURNAL, ARTICLE, CASE_STUDY -> {
                node.put("@type", "Article");
                node.put("headline", page.title());
                putIfPresent(node, "description", summary);
                page.meta().date().ifPresent(d -> node.put("datePublished", d.toString()));
                RenderContext.updated(page).ifPresent(d -> node.put("dateModified", d.toString()));
                node.put("inLanguage", lang);
                node.put("author", author(page));
                node.put("publisher", organization(lang));
            }
            case CITY -> {
                node.put("@type", "Place");
                node.put("name", page.title());
                putIfPresent(node, "description", summary);
                if (page.meta().details() instanceof CityDetails city) {
                    city.location().ifPresent(l -> node.put("geo", ordered("@type", "GeoCoordinates",
                            "latitude", l.lat(), "longitude", l.lon())));
                    Map<String, Object> address = ordered("@type", "PostalAddress");
                    city.contact().flatMap(c -> c.address()).ifPresent(a -> address.put("streetAddress", a));
                    city.country().ifPresent(c -> address.put("addressCountry", c));
                    if (address.size() > 1) {
                        node.put("address", address);
                    }
                    city.contact().flatMap(c -> c.phone()).ifPresent(p -> node.put("telephone", p));
                    city.contact().flatMap(c -> c.email()).ifPresent(e -> node.put("email", e));
                    city.contact().flatMap(c -> c.website()).ifPresent(w -> node.put("sameAs", w));
                }
            }
            case NETWORK -> {
                node.put("@type", "Project");
                node.put("name", page.title());
                putIfPresent(node, "description", summary);
                if (page.meta().details() instanceof NetworkDetails network) {
                    List<String> cities = new ArrayList<>();
                    network.lead().ifPresent(cities::add);
                    cities.addAll(network.partners());
                    if (!cities.isEmpty()) {
                        node.put("location", cities.stream().distinct().map(c -> place(c, lang)).toList());
                    }
                }
            }
            default -> {
                node.put("@type", "WebPage");
                node.put("name", page.title());
                putIfPresent(node, "description", summary);
                node.put("inLanguage", lang);
            }
        }
        node.put("url", url);
        return write(node);
    }

    String website(String lang) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.put("@type", "WebSite");
        node.put("name", context.config().title(lang));
        node.put("url", context.absolute("/" + lang + "/"));
        node.put("inLanguage", lang);
        return write(node);
    }

    /**
     * A list, taxonomy or term page: a CollectionPage (schema.org's WebPage for a page that
     * lists others), part of the language's WebSite; a city term's page is about that place.
     *
     * @param cityTerm the city a term page lists, or null
     */
    String collection(String lang, String url, String title, String description, String cityTerm) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", "https://schema.org");
        node.put("@type", "CollectionPage");
        node.put("name", title == null ? context.config().title(lang) : title);
        putIfPresent(node, "description", Cards.blankToNull(description));
        node.put("inLanguage", lang);
        node.put("isPartOf", ordered("@type", "WebSite", "name", context.config().title(lang),
                "url", context.absolute("/" + lang + "/")));
        if (cityTerm != null) {
            node.put("about", place(cityTerm, lang));
        }
        node.put("url", context.absolute(url));
        return write(node);
    }

    private Object author(Page page) {
        Optional<Author> author = switch (page.meta().details()) {
            case PracticeDetails p -> p.author();
            case PublicationDetails p -> p.author();
            default -> Optional.empty();
        };
        if (author.isEmpty()) {
            return organization(page.lang());
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", author.get().name());
        author.get().role().ifPresent(r -> person.put("jobTitle", r));
        return person;
    }

    private Map<String, Object> organization(String lang) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", context.config().title(lang));
        organization.put("url", context.absolute("/" + lang + "/"));
        return organization;
    }

    private Map<String, Object> place(String city, String lang) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", context.terms().label("cities", city, lang));
        context.terms().page("cities", city, lang).ifPresent(p -> place.put("url", context.absolute(p.url())));
        return place;
    }

    /** A map in the order written (Map.of's order changes between runs; output must not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    static String write(Object node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes the characters that could close or confuse an HTML script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
