package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.markdown.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The link check of a caching loader. It keeps its {@link LinkCheck} while the link targets
 * (URLs, aliases, resources, terms) are unchanged, and the warnings of each file that was not
 * parsed again and has no {@code #fragment} link (whose target page may have new headings).
 * Unchanged pages and files are recognised by identity, since the loader's cache hands out
 * the same objects for them: a save on a large site then costs a pointer comparison per page.
 * One check at a time.
 */
final class KeptLinkCheck {

    /** What the link check knows of a page besides its links: the paths it makes exist. */
    private record Targets(Path file, String url, List<String> aliases, List<Path> resources) {

        static Targets of(Page page) {
            return new Targets(page.source().file(), page.url(), page.meta().aliases(), page.source().resources());
        }
    }

    /** A file's warnings. */
    private record Checked(List<Diagnostic> warnings) {
    }

    /** The last check and what it was made from. */
    private record Last(Site site, List<List<String>> terms, LinkCheck check,
            IdentityHashMap<PageTransformer.Transformed, Checked> byFile) {
    }

    private Last last;

    /** Adds the warnings of every page's and intro's links to {@code out}. */
    synchronized void check(Site site, List<PageTransformer.Transformed> transformed,
            List<PageTransformer.TransformedIntro> intros, List<Diagnostic> out) {
        List<List<String>> terms = site.config().taxonomies().stream().map(site::terms).toList();
        Last before = last;
        boolean same = before != null && sameTargets(before, site, terms);
        LinkCheck links = same ? before.check() : new LinkCheck(site);
        if (same) {
            List<Page> old = before.site().pages();
            for (int i = 0; i < old.size(); i++) {
                if (old.get(i) != site.pages().get(i)) {
                    links.update(site.pages().get(i));
                }
            }
        }
        IdentityHashMap<PageTransformer.Transformed, Checked> byFile = new IdentityHashMap<>(2 * transformed.size());
        for (PageTransformer.Transformed t : transformed) {
            Checked kept = same ? before.byFile().get(t) : null;
            if (kept == null || hasFragment(t.links())) {
                List<Diagnostic> warnings = new ArrayList<>();
                links.check(t.page().source().file(), t.page().url(), t.links(), warnings);
                kept = new Checked(List.copyOf(warnings));
            }
            byFile.put(t, kept);
            out.addAll(kept.warnings());
        }
        intros.forEach(i -> links.check(i.file(), i.url(), i.links(), out));
        last = new Last(site, terms, links, byFile);
    }

    private static boolean sameTargets(Last before, Site site, List<List<String>> terms) {
        List<Page> old = before.site().pages();
        List<Page> now = site.pages();
        if (!before.site().config().equals(site.config()) || !before.terms().equals(terms) || old.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != now.get(i) && !Targets.of(old.get(i)).equals(Targets.of(now.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFragment(List<LinkTarget> links) {
        for (LinkTarget link : links) {
            if (link.destination().contains("#")) {
                return true;
            }
        }
        return false;
    }
}
