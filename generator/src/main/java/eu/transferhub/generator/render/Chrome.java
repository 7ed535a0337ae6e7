package eu.transferhub.generator.render;

import eu.transferhub.generator.content.MenuItem;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.render.view.Alternate;
import eu.transferhub.generator.render.view.Breadcrumbs;
import eu.transferhub.generator.render.view.Crumb;
import eu.transferhub.generator.render.view.HeadView;
import eu.transferhub.generator.render.view.LanguageLink;
import eu.transferhub.generator.render.view.MenuLink;
import eu.transferhub.generator.render.view.Messages;
import eu.transferhub.generator.render.view.OpenGraph;
import eu.transferhub.generator.render.view.PageView;
import eu.transferhub.generator.render.view.SiteView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parts every themed page shares: head (title, canonical, hreflang, Open Graph,
 * JSON-LD), language switcher, main menu, breadcrumbs, search box target.
 */
final class Chrome {

    /** Sections in the order of the generated menu, used when hub.yaml has no menu for a language. */
    private static final List<PageType> MENU_ORDER = List.of(PageType.GOOD_PRACTICE, PageType.CASE_STUDY,
            PageType.JOURNAL, PageType.ARTICLE, PageType.NETWORK, PageType.CITY, PageType.THEME);

    private final RenderContext context;

    Chrome(RenderContext context) {
        this.context = context;
    }

    PageView page(PageMeta meta, Object view) {
        String lang = meta.lang();
        Messages t = context.messages(lang);
        String siteTitle = context.config().title(lang);
        String home = homeUrl(lang);
        List<MenuLink> menu = menu(lang, meta.url());
        SiteView site = new SiteView(siteTitle, context.href(home), menu, !menu.isEmpty(),
                context.href("/" + lang + "/index.xml"));
        String fullTitle = meta.title() == null ? siteTitle : meta.title() + " – " + siteTitle;
        String canonical = meta.indexed() ? context.absolute(meta.url()) : null;
        OpenGraph og = meta.indexed()
                ? new OpenGraph(meta.ogType(), meta.title() == null ? siteTitle : meta.title(), meta.description(),
                        canonical, siteTitle, t.text("meta.ogLocale"), localeAlternates(meta))
                : null;
        HeadView head = new HeadView(fullTitle, meta.description(), canonical, meta.indexed() ? null : "noindex",
                alternates(meta), meta.feed(), og, meta.jsonLd());
        return new PageView(lang, t.tree(), site, head, context.assets(), languages(meta),
                context.href("/" + lang + "/search/"), meta.breadcrumbs(), view);
    }

    static String homeUrl(String lang) {
        return "/" + lang + "/";
    }

    private List<Alternate> alternates(PageMeta meta) {
        if (!meta.indexed()) {
            return List.of();
        }
        List<Alternate> result = new ArrayList<>();
        withXDefault(meta.alternates(), context).forEach((lang, url) -> result.add(new Alternate(lang, context.absolute(url))));
        return List.copyOf(result);
    }

    /**
     * The versions of a page in language order, then {@code x-default}: the default
     * language's version, else the first. Empty when there are no versions.
     */
    static Map<String, String> withXDefault(Map<String, String> versions, RenderContext context) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String lang : context.languages()) {
            if (versions.containsKey(lang)) {
                result.put(lang, versions.get(lang));
            }
        }
        if (!result.isEmpty()) {
            String preferred = versions.get(context.defaultLanguage());
            result.put("x-default", preferred != null ? preferred : result.values().iterator().next());
        }
        return result;
    }

    private List<String> localeAlternates(PageMeta meta) {
        List<String> result = new ArrayList<>();
        for (String lang : context.languages()) {
            if (!lang.equals(meta.lang()) && meta.alternates().containsKey(lang)) {
                result.add(context.messages(lang).text("meta.ogLocale"));
            }
        }
        return List.copyOf(result);
    }

    private List<LanguageLink> languages(PageMeta meta) {
        Messages t = context.messages(meta.lang());
        List<LanguageLink> result = new ArrayList<>();
        for (var language : context.config().languages()) {
            String code = language.code();
            String url = meta.switcher().get(code);
            if (code.equals(meta.lang())) {
                result.add(new LanguageLink(code, language.name(), null, true, false, false, null));
            } else if (url != null) {
                result.add(new LanguageLink(code, language.name(), context.href(url), false, true, false, null));
            } else {
                String unavailable = t.find("lang.unavailable." + code)
                        .orElseGet(() -> t.text("lang.unavailable") + " (" + language.name() + ")");
                result.add(new LanguageLink(code, language.name(), null, false, false, true, unavailable));
            }
        }
        return List.copyOf(result);
    }

    private List<MenuLink> menu(String lang, String pageUrl) {
        List<MenuItem> items = context.config().menu(lang);
        if (items.isEmpty()) {
            items = new ArrayList<>();
            for (PageType type : MENU_ORDER) {
                items.add(new MenuItem(context.sectionLabel(type.section(), lang), "/" + lang + "/" + type.section() + "/"));
            }
        }
        String home = homeUrl(lang);
        List<MenuLink> result = new ArrayList<>();
        for (MenuItem item : items) {
            boolean external = item.url().contains("://") || item.url().startsWith("mailto:");
            boolean current = !external && (pageUrl.equals(item.url())
                    || (!item.url().equals(home) && item.url().endsWith("/") && pageUrl.startsWith(item.url())));
            result.add(new MenuLink(item.name(), external ? item.url() : context.href(item.url()), current));
        }
        return List.copyOf(result);
    }

    /** Home › parts…; the last part is the current page (no link). */
    Breadcrumbs breadcrumbs(String lang, List<Crumb> parts) {
        List<Crumb> items = new ArrayList<>();
        items.add(new Crumb(context.messages(lang).text("site.home"), context.href(homeUrl(lang))));
        for (Crumb part : parts) {
            items.add(part.url() == null ? part : new Crumb(part.name(), context.href(part.url())));
        }
        return new Breadcrumbs(List.copyOf(items));
    }

    /** Every language's version of a page that exists in all of them (home, lists, search). */
    Map<String, String> everyLanguage(Function<String, String> urlOf) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String lang : context.languages()) {
            result.put(lang, urlOf.apply(lang));
        }
        return result;
    }
}
