package eu.transferhub.search.http;

import eu.transferhub.search.index.Language;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;

/** {@code GET} of any other path: a file of the site, its 404 page, or the rendered search page. */
final class SiteRoutes {

    private final StaticSite site;
    private final SearchPage searchPage;

    SiteRoutes(StaticSite site, SearchPage searchPage) {
        this.site = site;
        this.searchPage = searchPage;
    }

    void handle(Context ctx) throws IOException {
        ctx.attribute(ApiRoutes.ROUTE, "site");
        switch (site.resolve(ctx.req().getRequestURI())) {
            case StaticSite.Target.Redirect redirect -> {
                String query = ctx.queryString();
                ctx.header("Cache-Control", StaticSite.SHORT);
                ctx.redirect(query == null ? redirect.location() : redirect.location() + "?" + query,
                        HttpStatus.MOVED_PERMANENTLY);
            }
            case StaticSite.Target.Missing missing -> site.serveNotFound(ctx, missing.sitePath());
            case StaticSite.Target.File file -> {
                String lang = searchPageLanguage(file.sitePath().segments());
                if (lang != null && SearchParams.asksForSearch(ctx.queryParamMap(), ctx.queryString())) {
                    ctx.attribute(ApiRoutes.ROUTE, "search_page");
                    SearchPage.Rendered page = searchPage.render(file.path(), lang, ctx.queryParamMap(), ctx.queryString());
                    ctx.status(page.status());
                    if (page.status() == 503) {
                        ctx.header("Retry-After", "1");
                    }
                    ctx.header("Cache-Control", StaticSite.NO_CACHE);
                    ctx.contentType(ContentTypes.of("index.html"));
                    ctx.result(page.html());
                } else {
                    site.serveFile(ctx, file.path());
                }
            }
        }
    }

    /** The language of {@code /<lang>/search/} (or its index.html), else null. */
    private static String searchPageLanguage(List<String> segments) {
        boolean searchPage = segments.size() == 2 && segments.get(1).equals("search")
                || segments.size() == 3 && segments.get(1).equals("search") && segments.get(2).equals("index.html");
        return searchPage ? Language.byCode(segments.getFirst()).map(Language::code).orElse(null) : null;
    }
}
