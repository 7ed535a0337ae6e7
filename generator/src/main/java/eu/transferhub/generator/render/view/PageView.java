package eu.transferhub.generator.render.view;

import java.util.List;
import java.util.Map;

/**
 * Top-level scope of every themed HTML page. {@code page} is the layout-specific part: a {@link SingleView}, {@link ListView}, {@link TaxonomyView}, {@link TermView}, {@link HomeView} or {@link ErrorView}; null on the search page.
 *
 * @param t            the UI strings of {@code lang}, as {@code {{t.key.path}}}
 * @param searchAction the search page URL the header form submits to
 * @param breadcrumbs  null on pages without breadcrumbs
 */
public record PageView(
        String lang,
        Map<String, Object> t,
        SiteView site,
        HeadView head,
        AssetUrls assets,
        List<LanguageLink> languages,
        String searchAction,
        Breadcrumbs breadcrumbs,
        Object page) {
}
