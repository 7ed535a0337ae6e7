package eu.transferhub.generator.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates {@code content/hub.yaml}. Every problem is reported with its line in
 * hub.yaml; paths in the diagnostics are relative to the content dir ({@code hub.yaml}).
 */
public final class SiteConfigLoader {

    /** The file name inside the content dir. */
    public static final String FILE = "hub.yaml";

    private static final Set<String> FIELDS = Set.of("title", "baseURL", "defaultLanguage", "languages",
            "taxonomies", "pageSize", "repository", "menus", "theme", "requiredLanguages");
    private static final Set<String> TAXONOMIES = Set.of("cities", "networks", "themes");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private SiteConfigLoader() {
    }

    /**
     * Loads {@code contentDir/hub.yaml}.
     *
     * @param baseUrlOverride replaces {@code baseURL} (the CLI's {@code --base-url}), when present
     */
    public static Checked<SiteConfig> load(Path contentDir, Optional<String> baseUrlOverride) {
        Path file = Path.of(FILE);
        Problems problems = new Problems(file, 1);
        String text;
        try {
            Utf8Text.Decoded decoded = Utf8Text.decode(Files.readAllBytes(contentDir.resolve(FILE)));
            if (decoded.problem() != null) {
                problems.error(decoded.line(), decoded.problem());
                return Checked.failed(problems.diagnostics());
            }
            text = decoded.text();
        } catch (NoSuchFileException e) {
            problems.error(0, "file not found: the content dir needs a hub.yaml with the site's settings");
            return Checked.failed(problems.diagnostics());
        } catch (IOException e) {
            problems.error(0, "cannot read: " + e.getMessage());
            return Checked.failed(problems.diagnostics());
        }
        return parse(text, baseUrlOverride, problems);
    }

    /** Parses hub.yaml text; package-private for tests. */
    static Checked<SiteConfig> parse(String text, Optional<String> baseUrlOverride, Problems problems) {
        Optional<Node> root = YamlText.compose(text, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(1, "the file is empty: it needs at least title, baseURL, defaultLanguage and languages");
            }
            return Checked.failed(problems.diagnostics());
        }
        Optional<YamlMapping> fields = YamlMapping.root(root.get(), problems);
        if (fields.isEmpty()) {
            return Checked.failed(problems.diagnostics());
        }
        SiteConfig config = read(fields.get(), baseUrlOverride, problems);
        return Checked.of(config, problems.diagnostics());
    }

    private static SiteConfig read(YamlMapping fields, Optional<String> baseUrlOverride, Problems problems) {
        fields.warnUnknown(FIELDS, Map.of());
        List<Language> languages = languages(fields, problems);
        List<String> codes = languages.stream().map(Language::code).toList();

        Map<String, String> titles = new LinkedHashMap<>();
        fields.mapping("title").ifPresent(title -> {
            for (String code : title.fieldNames()) {
                title.requiredString(code).ifPresent(t -> titles.put(code, t));
                if (!codes.contains(code) && !languages.isEmpty()) {
                    problems.error(title.keyLine(code), "title." + code + ": '" + code
                            + "' is not one of the languages (" + String.join(", ", codes) + ")");
                }
            }
        });
        if (fields.node("title").isEmpty()) {
            problems.error(fields.line("title"), "title is required (the site title per language)");
        } else {
            for (String code : codes) {
                if (!titles.containsKey(code)) {
                    problems.error(fields.line("title"), "title: the language '" + code + "' has no title");
                }
            }
        }

        URI baseUrl = baseUrl(fields, baseUrlOverride, problems);
        String defaultLanguage = fields.requiredString("defaultLanguage").orElse("");
        if (!defaultLanguage.isEmpty() && !codes.contains(defaultLanguage) && !languages.isEmpty()) {
            problems.error(fields.line("defaultLanguage"), "defaultLanguage: '" + defaultLanguage
                    + "' is not one of the languages (" + String.join(", ", codes) + ")");
        }

        List<String> taxonomies = new ArrayList<>();
        if (fields.node("taxonomies").isEmpty()) {
            taxonomies.addAll(List.of("cities", "networks", "themes"));
        }
        for (YamlMapping.Located taxonomy : fields.strings("taxonomies")) {
            if (!TAXONOMIES.contains(taxonomy.value())) {
                problems.error(taxonomy.line(), "taxonomies: '" + taxonomy.value()
                        + "' is not supported (cities, networks, themes)");
            } else if (!taxonomies.contains(taxonomy.value())) {
                taxonomies.add(taxonomy.value());
            }
        }

        int pageSize = fields.integer("pageSize").orElse(10);
        if (pageSize < 1) {
            problems.error(fields.line("pageSize"), "pageSize: expected at least 1, got " + pageSize);
        }
        Optional<URI> repository = fields.string("repository")
                .flatMap(r -> absolute(r, "repository", fields.line("repository"), problems));
        Map<String, List<MenuItem>> menus = menus(fields, codes, problems);
        String theme = fields.string("theme").orElse("default");
        if (!THEME.matcher(theme).matches()) {
            problems.error(fields.line("theme"), "theme: '" + theme + "' is not a theme folder name");
        }
        List<String> required = new ArrayList<>();
        for (YamlMapping.Located code : fields.strings("requiredLanguages")) {
            if (!codes.contains(code.value())) {
                problems.error(code.line(), "requiredLanguages: '" + code.value()
                        + "' is not one of the languages (" + String.join(", ", codes) + ")");
            } else {
                required.add(code.value());
            }
        }
        return new SiteConfig(titles, baseUrl, defaultLanguage, languages, taxonomies, pageSize, repository,
                menus, theme, required);
    }

    private static List<Language> languages(YamlMapping fields, Problems problems) {
        List<Language> languages = new ArrayList<>();
        if (fields.node("languages").isEmpty()) {
            problems.error(fields.line("languages"), "languages is required (a list of {code, name, weight})");
        }
        for (YamlMapping language : fields.mappings("languages")) {
            language.warnUnknown(List.of("code", "name", "weight"), Map.of());
            Optional<String> code = language.requiredString("code");
            Optional<String> name = language.requiredString("name");
            int weight = language.integer("weight").orElse(0);
            if (code.isPresent() && !LANGUAGE_CODE.matcher(code.get()).matches()) {
                problems.error(language.line("code"), language.name("code") + ": '" + code.get()
                        + "' is not a language code (two or three lower-case letters, e.g. en)");
            } else if (code.isPresent() && languages.stream().anyMatch(l -> l.code().equals(code.get()))) {
                problems.error(language.line("code"), language.name("code") + ": '" + code.get()
                        + "' is listed twice");
            } else if (code.isPresent() && name.isPresent()) {
                languages.add(new Language(code.get(), name.get(), weight));
            }
        }
        languages.sort(Comparator.comparingInt(Language::weight).thenComparing(Language::code));
        return languages;
    }

    private static URI baseUrl(YamlMapping fields, Optional<String> override, Problems problems) {
        Optional<String> text = override.isPresent() ? override : fields.requiredString("baseURL");
        int line = override.isPresent() ? 0 : fields.line("baseURL");
        String field = override.isPresent() ? "--base-url" : "baseURL";
        // A base URL without its trailing slash would drop its last segment in URI resolution.
        Optional<URI> uri = text.flatMap(t -> absolute(t, field, line, problems))
                .map(u -> u.toString().endsWith("/") ? u : URI.create(u + "/"));
        return uri.orElse(URI.create("http://localhost/"));
    }

    private static Optional<URI> absolute(String text, String field, int line, Problems problems) {
        Optional<URI> uri = absolute(text);
        if (uri.isEmpty()) {
            problems.error(line, field + ": " + BASE_URL_EXPECTED + ", got '" + text + "'");
        }
        return uri;
    }

    private static final String BASE_URL_EXPECTED = "expected an absolute http:// or https:// URL";

    private static Optional<URI> absolute(String text) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute() && uri.getHost() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // not a URL at all: the same message
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a base URL given on the command line, for a usage error before
     * anything is read; empty when it is one.
     */
    public static Optional<String> baseUrlProblem(String text) {
        return absolute(text).isPresent() ? Optional.empty()
                : Optional.of(BASE_URL_EXPECTED + ", got '" + text + "'");
    }

    private static Map<String, List<MenuItem>> menus(YamlMapping fields, List<String> codes, Problems problems) {
        Map<String, List<MenuItem>> menus = new LinkedHashMap<>();
        fields.mapping("menus").ifPresent(perLanguage -> {
            for (String code : perLanguage.fieldNames()) {
                if (!codes.contains(code)) {
                    problems.error(perLanguage.keyLine(code), "menus." + code + ": '" + code
                            + "' is not one of the languages (" + String.join(", ", codes) + ")");
                    continue;
                }
                List<MenuItem> items = new ArrayList<>();
                for (YamlMapping item : perLanguage.mappings(code)) {
                    item.warnUnknown(List.of("name", "url"), Map.of());
                    Optional<String> name = item.requiredString("name");
                    Optional<String> url = item.requiredString("url");
                    if (url.isPresent() && !url.get().startsWith("/") && !url.get().matches("https?://.+")) {
                        problems.error(item.line("url"), item.name("url") + ": expected a site path like /"
                                + code + "/networks/ or an absolute URL, got '" + url.get() + "'");
                    } else if (name.isPresent() && url.isPresent()) {
                        items.add(new MenuItem(name.get(), url.get(), item.line("url")));
                    }
                }
                menus.put(code, items);
            }
        });
        return menus;
    }
}
