package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    private static Checked<SiteConfig> parse(String yaml) {
        return SiteConfigLoader.parse(yaml, Optional.empty(), new Problems(Path.of("hub.yaml"), 1));
    }

    private static List<String> problems(String yaml) {
        return parse(yaml).diagnostics().stream().sorted().map(Diagnostic::toString).toList();
    }

    @Test
    void aCompleteHubYamlBecomesASiteConfigWithLanguagesSortedByWeight() {
        Checked<SiteConfig> checked = parse("""
                title: { en: Transfer Hub, es: Centro }
                baseURL: https://transferhub.eu
                defaultLanguage: en
                languages:
                  - { code: es, name: Español, weight: 2 }
                  - { code: en, name: English, weight: 1 }
                taxonomies: [cities, themes]
                pageSize: 5
                repository: https://github.com/x/y/blob/main/content/
                requiredLanguages: [en]
                menus:
                  en:
                    - { name: Networks, url: /en/networks/ }
                """);
        assertEquals(List.of(), checked.diagnostics());
        SiteConfig config = checked.value().orElseThrow();
        assertEquals(List.of(new Language("en", "English", 1), new Language("es", "Español", 2)), config.languages());
        assertEquals(URI.create("https://transferhub.eu/"), config.baseUrl());
        assertEquals("Centro", config.title("es"));
        assertEquals(List.of("cities", "themes"), config.taxonomies());
        assertEquals(5, config.pageSize());
        assertEquals(Optional.of(URI.create("https://github.com/x/y/blob/main/content/")), config.repository());
        assertEquals(Map.of("en", List.of(new MenuItem("Networks", "/en/networks/", 13))), config.menus());
        assertEquals(List.of(), config.menu("es"));
        assertEquals("default", config.theme());
        assertEquals(List.of("en"), config.requiredLanguages());
    }

    @Test
    void everyProblemIsListedWithItsLine() {
        assertEquals(List.of(
                "hub.yaml:1: title.fr: 'fr' is not one of the languages (en, es)",
                "hub.yaml:1: title: the language 'es' has no title",
                "hub.yaml:2: baseURL: expected an absolute http:// or https:// URL, got 'transferhub.eu'",
                "hub.yaml:3: defaultLanguage: 'de' is not one of the languages (en, es)",
                "hub.yaml:7: languages[3].code: 'EN' is not a language code (two or three lower-case letters, e.g. en)",
                "hub.yaml:8: taxonomies: 'tags' is not supported (cities, networks, themes)",
                "hub.yaml:9: pageSize: expected at least 1, got 0",
                "hub.yaml:10: warning: unknown field 'menu' — did you mean 'menus'?"),
                problems("""
                        title: { en: Transfer Hub, fr: Centre }
                        baseURL: transferhub.eu
                        defaultLanguage: de
                        languages:
                          - { code: en, name: English, weight: 1 }
                          - { code: es, name: Español, weight: 2 }
                          - { code: EN, name: X }
                        taxonomies: [cities, tags]
                        pageSize: 0
                        menu: {}
                        """));
    }

    @Test
    void aMissingFileIsOneError(@TempDir Path dir) {
        assertEquals(List.of("hub.yaml: file not found: the content dir needs a hub.yaml with the site's settings"),
                SiteConfigLoader.load(dir, Optional.empty()).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aHubYamlSavedInAnotherEncodingIsAnErrorOnTheLineOfTheFirstBadByte(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("hub.yaml"), "title: { en: T }\nbaseURL: https://example.org/\ntitle2: Bia\u0142ystok\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));
        assertEquals(List.of("hub.yaml:3: not valid UTF-8: byte 0xB3 cannot start or continue a character here (save"
                + " the file as UTF-8)"),
                SiteConfigLoader.load(dir, Optional.empty()).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void theBaseUrlCanBeOverridden(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hub.yaml"), """
                title: { en: T }
                baseURL: https://transferhub.eu/
                defaultLanguage: en
                languages: [{ code: en, name: English, weight: 1 }]
                """);
        assertEquals(URI.create("http://localhost:1313/"),
                SiteConfigLoader.load(dir, Optional.of("http://localhost:1313")).value().orElseThrow().baseUrl());
        assertEquals(List.of("hub.yaml: --base-url: expected an absolute http:// or https:// URL, got 'ftp://x'"),
                SiteConfigLoader.load(dir, Optional.of("ftp://x")).diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
