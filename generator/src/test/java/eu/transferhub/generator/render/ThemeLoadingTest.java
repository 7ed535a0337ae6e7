package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoadingTest {

    /** A site theme that overrides a partial, a CSS file and one English string. */
    private static final Path OVERRIDE_THEMES = Path.of("src", "test", "resources", "render", "themes");

    @Test
    void theDefaultThemeLoadsWithStringsForTheSixLanguages() throws ThemeException {
        Theme theme = Theme.load(Rendered.THEMES, "default");
        assertEquals(Set.of("en", "es", "eu", "et", "pl", "ro"), theme.languages());
        assertEquals("Skip to main content", theme.messages("en").text("site.skipLink"));
        assertEquals("Saltar al contenido principal", theme.messages("es").text("site.skipLink"));
    }

    @Test
    void aSiteThemeOverridesFilesAndMergesStringsKeyByKey(@TempDir Path temp) throws IOException, ThemeException {
        Path themes = copyDefaultTheme(temp);
        copyTree(OVERRIDE_THEMES.resolve("civic"), themes.resolve("civic"));
        Theme theme = Theme.load(themes, "civic");

        assertEquals("Jump to the content", theme.messages("en").text("site.skipLink"));
        assertEquals("Search the site", theme.messages("en").text("search.label"), "other English keys stay");
        assertEquals("Saltar al contenido principal", theme.messages("es").text("site.skipLink"), "other languages stay");

        Rendered.Result rendered = renderWith(theme);
        String home = rendered.text("en/index.html");
        assertTrue(home.contains("<p class=\"civic-footer\">A civic footer for Transfer Hub</p>"), home);
        assertTrue(home.contains(">Jump to the content</a>"));
        String css = theme.assets().url(Theme.CSS);
        assertNotEquals(Rendered.defaultTheme().assets().url(Theme.CSS), css, "the overriding CSS has its own fingerprint");
        assertEquals("/* civic theme */\n", rendered.text(css.substring(1)));
    }

    @Test
    void aStringMissingInOneLanguageIsAnError(@TempDir Path temp) throws IOException {
        Path themes = copyDefaultTheme(temp);
        Path es = themes.resolve("partial/i18n/es.yaml");
        Files.createDirectories(es.getParent());
        Files.writeString(es, "extra.key: Solo en español\n");

        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(themes, "partial"));
        assertEquals(themes.resolve("default/i18n/en.yaml") + ": missing UI strings extra.key (defined in another language);"
                + " add them to " + themes.resolve("partial/i18n/en.yaml"), error.getMessage());
    }

    @Test
    void aValueThatIsNotAStringIsAnErrorWithItsLine(@TempDir Path temp) throws IOException {
        Path themes = copyDefaultTheme(temp);
        Path en = themes.resolve("numbers/i18n/en.yaml");
        Files.createDirectories(en.getParent());
        Files.writeString(en, "# comment\nsite.home: Home\nlist.items: 12\n");

        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(themes, "numbers"));
        assertEquals(en + ":3: the value of 'list.items' must be a string (quote it)", error.getMessage());
    }

    @Test
    void aTemplateNamingAnUnknownStringIsAnErrorWithItsLine(@TempDir Path temp) throws IOException {
        Path themes = copyDefaultTheme(temp);
        Path footer = themes.resolve("typo/layouts/partials/site-footer.mustache");
        Files.createDirectories(footer.getParent());
        Files.writeString(footer, "<footer>\n<p>{{t.site.footerAbuot}}</p>\n</footer>\n");

        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(themes, "typo"));
        assertEquals(footer + ":2: unknown UI string 't.site.footerAbuot'", error.getMessage());
    }

    @Test
    void aMissingThemeFolderIsAnError() {
        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(Rendered.THEMES, "nonexistent"));
        assertEquals("theme folder " + Rendered.THEMES.resolve("nonexistent") + " does not exist", error.getMessage());
    }

    @Test
    void aTemplateThatDoesNotCompileIsAnErrorNamingTheFile(@TempDir Path temp) throws IOException {
        Path themes = copyDefaultTheme(temp);
        Path list = themes.resolve("broken/layouts/list.mustache");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "{{#page}}<h1>{{title}}</h1>\n");

        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(themes, "broken"));
        assertEquals(list + ":1: Failed to close 'page' tag", error.getMessage());
    }

    @Test
    void aPartialThatDoesNotCompileIsAnErrorOnThePartialsLineNotOnTheLayoutIncludingIt(@TempDir Path temp)
            throws IOException {
        Path themes = copyDefaultTheme(temp);
        Path card = themes.resolve("broken/layouts/partials/card.mustache");
        Files.createDirectories(card.getParent());
        Files.writeString(card, "<article>\n<h3>{{title}}</h3>\n{{#summary}}<p>{{summary}}</p>\n</article>\n");

        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(themes, "broken"));
        assertEquals(card, error.file().orElseThrow());
        assertEquals(3, error.line());
        assertEquals(card + ":3: Failed to close 'summary' tag", error.getMessage());
    }

    @Test
    void aSiteLanguageWithoutStringsIsRefusedAtRender() {
        var config = TestSite.config(2);
        var languages = new java.util.ArrayList<>(config.languages());
        languages.add(new eu.transferhub.generator.content.Language("fr", "Français", 7));
        var titles = new java.util.HashMap<>(config.titles());
        titles.put("fr", "Transfer Hub");
        var withFrench = new eu.transferhub.generator.content.SiteConfig(titles, config.baseUrl(), "en", languages,
                config.taxonomies(), 2, config.repository(), config.menus(), "default");
        var site = new eu.transferhub.generator.content.Site(withFrench, List.of(), List.of(), false);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SiteRenderer.create(Rendered.defaultTheme()).render(site, new MemorySink()));
        assertEquals("theme 'default' has no UI strings for language 'fr'; add themes/default/i18n/fr.yaml with every key"
                + " of i18n/en.yaml", error.getMessage());
    }

    private static Rendered.Result renderWith(Theme theme) throws IOException {
        MemorySink sink = new MemorySink();
        RenderResult result = SiteRenderer.create(theme).render(TestSite.site(), sink);
        return new Rendered.Result(sink, result);
    }

    static Path copyDefaultTheme(Path temp) throws IOException {
        Path themes = temp.resolve("themes");
        copyTree(Rendered.THEMES.resolve("default"), themes.resolve("default"));
        return themes;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void everyIdTheDefaultThemeGivesItsOwnElementsIsReservedFromPageBodies() throws Exception {
        // Literal ids in layouts (id="main") and in the search script (id: "search-sort"); the
        // facet inputs' ids ("search-" + facet + value) are on the search page, which has no body.
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\\bid(?:=\"|: \")([a-z][a-z0-9-]*[a-z0-9])\"");
        java.util.Set<String> found = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(Rendered.THEMES.resolve("default"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mustache") || f.toString().endsWith(".js")).toList()) {
                java.util.regex.Matcher m = literal.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertTrue(found.contains("main"), "the scan finds the layout's ids: " + found);
        assertEquals(new java.util.TreeSet<>(eu.transferhub.generator.html.ReservedIds.THEME), found);
    }
}
