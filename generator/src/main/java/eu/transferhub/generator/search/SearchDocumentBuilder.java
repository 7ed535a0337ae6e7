package eu.transferhub.generator.search;

import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.search.document.SearchDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Builds the search document of a rendered content page. Thread-safe (it only reads the
 * immutable {@link Site}).
 *
 * <p>Beyond the page's own front matter terms, a profile page names itself (Bilbao's page
 * has {@code cities: [bilbao]}), a network names its lead and partner cities, and a city
 * names the networks it leads or is a partner of, so a facet filter for a city or network
 * also finds its profile.
 */
public final class SearchDocumentBuilder {

    /** Display names in a language, for the document's {@code labels}. */
    public interface Labels {
        /** The name of a term, e.g. cities/timisoara in ro → "Timișoara". */
        String term(String taxonomy, String slug, String lang);

        /** The name of a type, e.g. good-practice in en → "Good practice". */
        String type(PageType type, String lang);
    }

    private final Site site;
    private final Labels labels;
    private final UnaryOperator<String> link;

    /** For a site at the root of its host: a page's URL is its site path. */
    public SearchDocumentBuilder(Site site, Labels labels) {
        this(site, labels, UnaryOperator.identity());
    }

    /**
     * @param link a page's site path ({@code /en/cities/}) as the site links it: under the base
     *             URL's path ({@code /hub/en/cities/}), so that a hit's link leads to the page
     *             wherever the site is published
     */
    public SearchDocumentBuilder(Site site, Labels labels, UnaryOperator<String> link) {
        this.site = Objects.requireNonNull(site, "site");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.link = Objects.requireNonNull(link, "link");
    }

    public SearchDocument build(Page page) {
        String lang = page.lang();
        Set<String> cities = new LinkedHashSet<>();
        Set<String> networks = new LinkedHashSet<>();
        Set<String> themes = new LinkedHashSet<>();
        String bundle = page.key().bundle();
        String country = null;
        switch (page.type()) {
            case CITY -> {
                cities.add(bundle);
                if (page.meta().details() instanceof CityDetails city) {
                    country = city.country().orElse(null);
                }
            }
            case NETWORK -> networks.add(bundle);
            case THEME -> themes.add(bundle);
            default -> {
            }
        }
        cities.addAll(page.meta().terms("cities"));
        networks.addAll(page.meta().networks());
        themes.addAll(page.meta().themes());
        if (page.meta().details() instanceof NetworkDetails network) {
            network.lead().ifPresent(cities::add);
            cities.addAll(network.partners());
        }
        if (page.type() == PageType.CITY) {
            networks.addAll(networksOf(bundle));
        }
        Map<String, String> names = new LinkedHashMap<>();
        cities.forEach(c -> names.putIfAbsent(c, labels.term("cities", c, lang)));
        networks.forEach(n -> names.putIfAbsent(n, labels.term("networks", n, lang)));
        themes.forEach(t -> names.putIfAbsent(t, labels.term("themes", t, lang)));
        // Every type, not only the page's own: the type facet counts the pages of every language,
        // and a language with no page of a type (no Estonian case study) still needs its name.
        for (PageType type : PageType.values()) {
            names.putIfAbsent(type.slug(), labels.type(type, lang));
        }
        return new SearchDocument(id(page.url()), link.apply(page.url()), lang, page.type().slug(), page.title(),
                page.content().headings(), page.content().summary(), page.content().plainText(),
                page.meta().date().map(Object::toString).orElse(null),
                new ArrayList<>(cities), new ArrayList<>(networks), new ArrayList<>(themes), country, names);
    }

    /**
     * The networks that a city leads or is a partner of, in any language (a network page
     * need not be translated for the city to belong to it), sorted.
     */
    private Set<String> networksOf(String city) {
        Set<String> result = new TreeSet<>();
        PageKey key = new PageKey(PageType.CITY.section(), city);
        for (Language language : site.config().languages()) {
            for (Page other : site.referencing(key, language.code())) {
                if (other.meta().details() instanceof NetworkDetails network
                        && (network.lead().map(city::equals).orElse(false) || network.partners().contains(city))) {
                    result.add(other.key().bundle());
                }
            }
        }
        return result;
    }

    /** {@code /en/good-practices/as-fabrik/} → {@code en/good-practices/as-fabrik}. */
    static String id(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) == '/') {
            start++;
        }
        while (end > start && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(start, end);
    }

    /** The documents sorted by id, the order of the search-document file. */
    public static List<SearchDocument> sorted(Collection<SearchDocument> documents) {
        return documents.stream().sorted(Comparator.comparing(SearchDocument::id)).toList();
    }
}
