package eu.transferhub.generator.build;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.html.SiteLinks;
import eu.transferhub.generator.markdown.LinkTarget;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds internal links that lead nowhere: a site path under a language ({@code /en/…}) that
 * is no page, resource, alias or generated page of the site. Links elsewhere (assets, other
 * hosts) are not checked. Immutable once built; thread-safe.
 */
final class LinkCheck {

    private final Set<String> paths = new HashSet<>();
    private final Set<String> languages = new HashSet<>();

    LinkCheck(Site site) {
        paths.add("/");
        paths.add("/index.html");
        paths.add("/sitemap.xml");
        paths.add("/robots.txt");
        paths.add("/404.html");
        for (Language language : site.config().languages()) {
            String lang = "/" + language.code() + "/";
            languages.add(language.code());
            addPage(lang);
            addPage(lang + "search/");
            paths.add(lang + "index.xml");
            paths.add(lang + "404.html");
            for (PageType type : PageType.values()) {
                if (type != PageType.PAGE) {
                    addPage(lang + type.section() + "/");
                }
            }
            for (String taxonomy : site.config().taxonomies()) {
                for (String term : site.terms(taxonomy)) {
                    addPage(lang + taxonomy + "/" + term + "/");
                    paths.add(lang + taxonomy + "/" + term + "/index.xml");
                }
            }
        }
        for (Page page : site.pages()) {
            addPage(page.url());
            page.meta().aliases().forEach(this::addPage);
            Path bundle = page.source().file().getParent();
            for (Path resource : page.source().resources()) {
                paths.add(page.url() + bundle.relativize(resource).toString().replace('\\', '/'));
            }
        }
    }

    private void addPage(String url) {
        paths.add(url);
        if (url.endsWith("/")) {
            paths.add(url + "index.html");
            if (url.length() > 1) {
                paths.add(url.substring(0, url.length() - 1));
            }
        }
    }

    /** Warnings for the links of one file. */
    void check(Path file, String pageUrl, List<LinkTarget> links, List<Diagnostic> out) {
        for (LinkTarget link : links) {
            SiteLinks.sitePath(pageUrl, link.destination()).ifPresent(path -> {
                if (!paths.contains(path) && isUnderLanguage(path)) {
                    out.add(Diagnostic.warning(file, link.line(), "broken link: " + link.destination()
                            + (path.equals(link.destination()) ? "" : " (" + path + ")")
                            + " is no page, resource or alias of the site"));
                }
            });
        }
    }

    /** Whether the path's first segment is a language, or climbs above the site root. */
    private boolean isUnderLanguage(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        String first = path.substring(1, end > 0 ? end : path.length());
        return languages.contains(first) || first.equals("..");
    }
}
