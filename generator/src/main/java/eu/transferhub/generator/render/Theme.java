package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.render.view.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded theme: compiled layouts, UI strings per language and fingerprinted static files.
 * Immutable and thread-safe; load it once and render any number of sites with it.
 *
 * <p>{@code themes/default} is always the base. A site theme {@code themes/<name>} replaces
 * any file of the same relative path (a layout, a partial, an asset) and adds UI strings
 * key by key to {@code i18n/<lang>.yaml}; see {@code docs/theme.md}.
 */
public final class Theme {

    /** Layouts every theme must have (the default theme provides them all). */
    static final List<String> REQUIRED_LAYOUTS = List.of("base", "single", "home", "list", "taxonomy",
            "term", "search", "404", "language-chooser", "alias");
    static final String CSS = "assets/css/main.css";
    static final String LANGUAGE_JS = "assets/js/language.js";
    static final String SEARCH_JS = "assets/js/search.js";
    static final String SEARCH_RESULTS_JS = "assets/js/search-results.js";
    static final String SUGGEST_JS = "assets/js/suggest.js";
    static final String FAVICON = "images/icons/favicon.svg";
    static final String LOGO = "images/logo.svg";
    static final String SEARCH_RESULTS = "layouts/partials/search-results.mustache";

    private final String name;
    private final Map<String, Messages> messages;
    private final Templates templates;
    private final ThemeAssets assets;
    private final byte[] searchResultsTemplate;
    private final List<Diagnostic> warnings;

    private Theme(String name, Map<String, Messages> messages, Templates templates, ThemeAssets assets,
            byte[] searchResultsTemplate, List<Diagnostic> warnings) {
        this.name = name;
        this.messages = messages;
        this.templates = templates;
        this.assets = assets;
        this.searchResultsTemplate = searchResultsTemplate;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads {@code themes/default}, then overlays {@code themes/<name>} (files of the same
     * relative path win; UI strings merge key by key).
     *
     * @throws ThemeException when a folder or required file is missing, a file cannot be read,
     *                        a UI string file is invalid or incomplete in some language, or a
     *                        template does not compile; the message names the file
     */
    public static Theme load(Path themesDir, String name) throws ThemeException {
        ThemeFiles files = ThemeFiles.load(themesDir, name);
        Map<String, Messages> messages = UiStrings.load(themesDir, name, files);
        for (String layout : REQUIRED_LAYOUTS) {
            files.require("layouts/" + layout + ".mustache");
        }
        for (String required : List.of(CSS, LANGUAGE_JS, SEARCH_JS, SEARCH_RESULTS_JS, SUGGEST_JS, FAVICON, LOGO,
                SEARCH_RESULTS)) {
            files.require(required);
        }
        Templates templates = Templates.compile(files, messages.get("en"));
        ThemeAssets assets = ThemeAssets.fingerprint(files);
        byte[] searchResults = ThemeFiles.readBytes(files.require(SEARCH_RESULTS));
        return new Theme(name, Map.copyOf(messages), templates, assets, searchResults, ThemeWarnings.of(files));
    }

    public String name() {
        return name;
    }

    /**
     * What in the site theme's own files renders but does not work as meant (a build reports
     * them with the content's warnings), each on its theme file and line.
     */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The languages the theme has UI strings for. */
    public Set<String> languages() {
        return messages.keySet();
    }

    /**
     * The UI strings of a language.
     *
     * @throws IllegalArgumentException when the theme has no strings for it
     */
    public Messages messages(String lang) {
        Messages result = messages.get(lang);
        if (result == null) {
            throw new IllegalArgumentException("theme '" + name + "' has no UI strings for language '" + lang
                    + "'; add themes/" + name + "/i18n/" + lang + ".yaml with every key of i18n/en.yaml");
        }
        return result;
    }

    Templates templates() {
        return templates;
    }

    ThemeAssets assets() {
        return assets;
    }

    /** The search page's result template, published as {@code /_search/results.mustache}. */
    byte[] searchResultsTemplate() {
        return searchResultsTemplate.clone();
    }
}
