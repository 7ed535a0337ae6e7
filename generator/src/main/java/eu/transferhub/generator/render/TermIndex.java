package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every taxonomy term and where it lives in each language. A term has a page in a language
 * when its profile page (the city, network or theme page of that bundle) exists there, or
 * when some page of that language refers to it (then a plain term page is generated at
 * {@code /<lang>/<taxonomy>/<term>/}). Immutable.
 */
final class TermIndex {

    /**
     * A term's page in one language.
     *
     * @param url         site-relative URL
     * @param profile     the profile page, when the term has one in this language
     * @param referencing the pages of this language that refer to the term, newest first
     */
    record TermPage(String taxonomy, String term, String lang, String label, String url,
            Optional<Page> profile, List<Page> referencing) {
    }

    private final Map<String, Map<String, Map<String, TermPage>>> pages; // taxonomy → term → lang
    private final Map<String, Map<String, String>> labels;               // taxonomy + term → lang → label

    private TermIndex(Map<String, Map<String, Map<String, TermPage>>> pages, Map<String, Map<String, String>> labels) {
        this.pages = pages;
        this.labels = labels;
    }

    static TermIndex build(Site site) {
        Map<String, Map<String, Map<String, TermPage>>> pages = new HashMap<>();
        Map<String, Map<String, String>> labels = new HashMap<>();
        List<Language> languages = site.config().languages();
        for (String taxonomy : site.config().taxonomies()) {
            Optional<PageType> profileType = PageType.ofSection(taxonomy).filter(t -> t != PageType.PAGE);
            Map<String, Map<String, TermPage>> byTerm = new HashMap<>();
            for (String term : site.terms(taxonomy)) {
                PageKey key = new PageKey(taxonomy, term);
                Map<String, Page> profiles = new HashMap<>();
                profileType.ifPresent(t -> languages.forEach(l ->
                        site.find(key, l.code()).ifPresent(p -> profiles.put(l.code(), p))));
                Map<String, String> termLabels = new HashMap<>();
                for (Language language : languages) {
                    termLabels.put(language.code(), label(term, language.code(), site.config().defaultLanguage(),
                            languages, profiles));
                }
                labels.put(taxonomy + "\0" + term, Map.copyOf(termLabels));
                Map<String, TermPage> byLang = new LinkedHashMap<>();
                for (Language language : languages) {
                    String lang = language.code();
                    List<Page> referencing = referencing(site, taxonomy, term, key, lang);
                    Optional<Page> profile = Optional.ofNullable(profiles.get(lang));
                    if (profile.isEmpty() && referencing.isEmpty()) {
                        continue;
                    }
                    String url = profile.map(Page::url).orElse("/" + lang + "/" + taxonomy + "/" + term + "/");
                    byLang.put(lang, new TermPage(taxonomy, term, lang, termLabels.get(lang), url, profile, referencing));
                }
                byTerm.put(term, byLang);
            }
            pages.put(taxonomy, byTerm);
        }
        return new TermIndex(pages, labels);
    }

    private static String label(String term, String lang, String defaultLang, List<Language> languages,
            Map<String, Page> profiles) {
        if (profiles.containsKey(lang)) {
            return profiles.get(lang).title();
        }
        if (profiles.containsKey(defaultLang)) {
            return profiles.get(defaultLang).title();
        }
        for (Language language : languages) {
            if (profiles.containsKey(language.code())) {
                return profiles.get(language.code()).title();
            }
        }
        return term;
    }

    private static List<Page> referencing(Site site, String taxonomy, String term, PageKey key, String lang) {
        if (taxonomy.equals("cities") || taxonomy.equals("networks") || taxonomy.equals("themes")) {
            return site.referencing(key, lang);
        }
        List<Page> result = new ArrayList<>();
        for (Page page : site.pages(lang)) {
            if (page.meta().terms(taxonomy).contains(term) && !page.key().equals(key)) {
                result.add(page);
            }
        }
        result.sort(Site.NEWEST_FIRST);
        return List.copyOf(result);
    }

    /** The term's page in {@code lang}, if it has one there. */
    Optional<TermPage> page(String taxonomy, String term, String lang) {
        return Optional.ofNullable(pages.getOrDefault(taxonomy, Map.of()).getOrDefault(term, Map.of()).get(lang));
    }

    /** The term's pages in every language where it has one, in language order. */
    List<TermPage> translations(String taxonomy, String term) {
        return List.copyOf(pages.getOrDefault(taxonomy, Map.of()).getOrDefault(term, Map.of()).values());
    }

    /** Every term page of a taxonomy in {@code lang}, in term order. */
    List<TermPage> pages(String taxonomy, List<String> terms, String lang) {
        List<TermPage> result = new ArrayList<>();
        for (String term : terms) {
            page(taxonomy, term, lang).ifPresent(result::add);
        }
        return result;
    }

    /**
     * The display name of a term in {@code lang}: its profile page's title in that language,
     * else in the default language, else in the first language that has one, else the slug.
     */
    String label(String taxonomy, String term, String lang) {
        Map<String, String> byLang = labels.get(taxonomy + "\0" + term);
        return byLang == null ? term : Objects.requireNonNullElse(byLang.get(lang), term);
    }
}
