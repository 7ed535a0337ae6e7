package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteFiles;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.render.view.AssetUrls;
import eu.transferhub.generator.render.view.DateView;
import eu.transferhub.generator.render.view.Messages;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;

/**
 * What every part of one render needs to know, computed once before the pages are
 * rendered in parallel: the site, UI strings and date formats per language, term pages,
 * and how site paths become links. Immutable, so threads share it freely.
 */
final class RenderContext {

    private final Site site;
    private final List<String> languages; // codes, in the site's order
    private final Theme theme;
    private final TermIndex terms;
    private final String basePath;   // "" or "/sub" when the base URL has a path
    private final String origin;     // "https://transferhub.eu"
    private final Map<String, DateTimeFormatter> dateFormats = new HashMap<>();
    private final Map<String, Locale> locales = new HashMap<>();
    private final AssetUrls assets;

    RenderContext(Site site, Theme theme) {
        this.site = site;
        this.languages = site.config().languages().stream().map(Language::code).toList();
        this.theme = theme;
        for (Language language : site.config().languages()) {
            theme.messages(language.code()); // fails early, naming the missing file
            Locale locale = Locale.forLanguageTag(language.code());
            locales.put(language.code(), locale);
            dateFormats.put(language.code(), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        String base = site.config().baseUrl().toString();
        String path = site.config().baseUrl().getRawPath();
        path = path == null || path.isEmpty() ? "/" : path;
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.origin = base.substring(0, base.length() - (path.length())).replaceAll("/+$", "");
        this.terms = TermIndex.build(site);
        ThemeAssets files = theme.assets();
        this.assets = new AssetUrls(href(files.url(Theme.CSS)), href(files.url(Theme.LANGUAGE_JS)),
                href(files.url(Theme.SEARCH_JS)), href(files.url(Theme.SEARCH_RESULTS_JS)),
                href(files.url(Theme.SUGGEST_JS)), href(files.url(Theme.FAVICON)), href(files.url(Theme.LOGO)));
    }

    Site site() {
        return site;
    }

    SiteConfig config() {
        return site.config();
    }

    Theme theme() {
        return theme;
    }

    TermIndex terms() {
        return terms;
    }

    AssetUrls assets() {
        return assets;
    }

    Messages messages(String lang) {
        return theme.messages(lang);
    }

    /** Language codes in weight order. */
    List<String> languages() {
        return languages;
    }

    String defaultLanguage() {
        return site.config().defaultLanguage();
    }

    /** A site path ({@code /en/cities/}) as a link, prefixed with the base URL's path. */
    String href(String sitePath) {
        return basePath + sitePath;
    }

    /**
     * A page body or intro as it goes into a page: the Markdown and HTML stages write links
     * into the site as site paths ({@code href="/en/cities/tartu/"}), and a base URL with a path
     * ({@code https://example.org/hub/}) puts the site under that path. Our own serialisation
     * always double-quotes attributes, and a quote in text is {@code &quot;}, so matching the
     * attribute openings is exact.
     */
    String body(String html) {
        if (basePath.isEmpty() || html == null) {
            return html;
        }
        return SITE_PATH_ATTRIBUTE.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(basePath) + "/");
    }

    private static final Pattern SITE_PATH_ATTRIBUTE = Pattern.compile("(\\s(?:href|src)=\")/(?!/)");

    /** A site path as an absolute URL on the base URL. */
    String absolute(String sitePath) {
        return origin + basePath + sitePath;
    }

    /** The output file of a site path: {@code /en/cities/} → {@code en/cities/index.html}. */
    static String file(String sitePath) {
        return SiteFiles.of(sitePath);
    }

    DateView date(LocalDate date, String lang) {
        return new DateView(date.toString(), dateFormats.get(lang).format(date));
    }

    /** The date a page was last changed: its lastmod (UTC day), else its publication date. */
    static Optional<LocalDate> updated(Page page) {
        return page.meta().lastmod().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate()).or(() -> page.meta().date());
    }

    /** Feed and sitemap timestamp: lastmod, else the publication date at midnight UTC. */
    static Optional<Instant> updatedInstant(Page page) {
        return page.meta().lastmod().or(() -> page.meta().date().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    Locale locale(String lang) {
        return locales.get(lang);
    }

    /** A collator for sorting names the way readers of {@code lang} expect. */
    Collator collator(String lang) {
        Collator collator = Collator.getInstance(locale(lang));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    String typeLabel(PageType type, String lang) {
        return messages(lang).text("type." + type.slug());
    }

    /** The plural label of a section or taxonomy, e.g. "Good practices"; the name itself if the theme has none. */
    String sectionLabel(String section, String lang) {
        return messages(lang).find("section." + section).orElse(section);
    }

    /** The country's name in {@code lang}, from the JDK's CLDR data (deterministic per JDK). */
    String countryName(String code, String lang) {
        String name = Locale.of("", code).getDisplayCountry(locale(lang));
        return name.isEmpty() ? code : name;
    }
}
