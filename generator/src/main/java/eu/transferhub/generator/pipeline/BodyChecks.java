package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.MenuItem;
import eu.transferhub.generator.content.PageFile;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SiteConfigLoader;
import eu.transferhub.generator.markdown.LinkTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * The warnings about what page and intro bodies contain: their links and images
 * ({@link LinkCheck}) and their heading outline ({@link OutlineCheck}); and the links of
 * hub.yaml's menus, which every page shows. The loader runs them
 * once it has a site model; a caching loader's instance keeps what it can between saves
 * ({@link KeptLinkCheck}). One check at a time.
 */
final class BodyChecks {

    private static final Path HUB_YAML = Path.of(SiteConfigLoader.FILE);

    /** Null for a loader that parses everything each time. */
    private final KeptLinkCheck kept;

    BodyChecks(boolean caching) {
        this.kept = caching ? new KeptLinkCheck() : null;
    }

    /**
     * The checks of a site that has errors, so that mending them does not reveal a second
     * round of warnings: pages left out for their own errors exist for links.
     *
     * @param excluded   the pages left out, for their errors or as drafts
     * @param unreadable the files left out because their front matter could not be read
     */
    static void checkWithErrors(Site partial, List<PageTransformer.Transformed> pages,
            List<PageTransformer.TransformedIntro> intros, List<LoadedPage> excluded, List<PageFile> unreadable,
            List<Diagnostic> out) {
        LinkCheck links = new LinkCheck(partial);
        excluded.stream().filter(p -> !p.source().meta().draft()).forEach(links::leftOut);
        unreadable.forEach(links::unreadable);
        links.drafts(drafts(excluded));
        check(links, partial.config(), pages, intros, out);
    }

    /** @param excluded the pages left out as drafts (a site without errors has no others) */
    void check(Site site, List<PageTransformer.Transformed> pages, List<PageTransformer.TransformedIntro> intros,
            List<LoadedPage> excluded, List<Diagnostic> out) {
        if (kept != null) {
            kept.check(site, pages, intros, drafts(excluded), out);
            return;
        }
        LinkCheck links = new LinkCheck(site);
        links.drafts(drafts(excluded));
        check(links, site.config(), pages, intros, out);
    }

    /** The menus' site paths, at their lines in hub.yaml: a dead entry is a dead link on every page. */
    static void checkMenus(LinkCheck links, SiteConfig config, List<Diagnostic> out) {
        config.menus().forEach((lang, items) -> {
            for (MenuItem item : items) {
                links.check(HUB_YAML, "/" + lang + "/", List.of(new LinkTarget(item.url(), item.line(), false,
                        item.name())), out);
            }
        });
    }

    private static void check(LinkCheck links, SiteConfig config, List<PageTransformer.Transformed> pages,
            List<PageTransformer.TransformedIntro> intros, List<Diagnostic> out) {
        for (PageTransformer.Transformed t : pages) {
            links.check(t.page().source().file(), t.page().url(), t.links(), out);
            OutlineCheck.check(t.page().source().file(), t.outline(), out);
        }
        for (PageTransformer.TransformedIntro i : intros) {
            links.check(i.file(), i.url(), i.links(), out);
            OutlineCheck.check(i.file(), i.outline(), out);
        }
        checkMenus(links, config, out);
    }

    private static List<LoadedPage> drafts(List<LoadedPage> excluded) {
        return excluded.stream().filter(p -> p.source().meta().draft()).toList();
    }
}
