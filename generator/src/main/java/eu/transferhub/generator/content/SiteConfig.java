package eu.transferhub.generator.content;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's own settings, read from {@code content/hub.yaml} by {@link SiteConfigLoader}.
 * Immutable.
 *
 * @param titles            site title per language code; every language has one
 * @param baseUrl           absolute base URL ending in {@code /}
 * @param defaultLanguage   code of the default language; one of {@code languages}
 * @param languages         the languages, sorted by weight
 * @param taxonomies        taxonomy names, e.g. {@code cities, networks, themes}
 * @param pageSize          items per list or term page, at least 1
 * @param repository        optional base URL for "edit this page" links
 * @param menus             menu entries per language code (languages without a menu are absent)
 * @param theme             theme name, {@code default} unless hub.yaml says otherwise
 * @param requiredLanguages languages every page must exist in; a missing translation in one of
 *                          these is a warning. Empty by default.
 */
public record SiteConfig(Map<String, String> titles, URI baseUrl, String defaultLanguage,
        List<Language> languages, List<String> taxonomies, int pageSize,
        Optional<URI> repository, Map<String, List<MenuItem>> menus, String theme,
        List<String> requiredLanguages) {

    public SiteConfig {
        titles = Map.copyOf(titles);
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        languages = List.copyOf(languages);
        taxonomies = List.copyOf(taxonomies);
        Objects.requireNonNull(repository, "repository");
        menus = menus.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        Objects.requireNonNull(theme, "theme");
        requiredLanguages = List.copyOf(requiredLanguages);
    }

    /** A configuration without required languages (the shape of the generator contract). */
    public SiteConfig(Map<String, String> titles, URI baseUrl, String defaultLanguage,
            List<Language> languages, List<String> taxonomies, int pageSize,
            Optional<URI> repository, Map<String, List<MenuItem>> menus, String theme) {
        this(titles, baseUrl, defaultLanguage, languages, taxonomies, pageSize, repository, menus,
                theme, List.of());
    }

    /**
     * The language with this code.
     *
     * @throws IllegalArgumentException when the site has no such language
     */
    public Language language(String code) {
        for (Language language : languages) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "'");
    }

    /** Whether the site is published in the language with this code. */
    public boolean hasLanguage(String code) {
        return languages.stream().anyMatch(l -> l.code().equals(code));
    }

    /**
     * The site title in this language.
     *
     * @throws IllegalArgumentException when the site has no such language
     */
    public String title(String lang) {
        language(lang);
        return titles.get(lang);
    }

    /** The menu of this language; empty when it has none. */
    public List<MenuItem> menu(String lang) {
        return menus.getOrDefault(lang, List.of());
    }
}
