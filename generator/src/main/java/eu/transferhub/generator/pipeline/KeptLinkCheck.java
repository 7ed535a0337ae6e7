package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.markdown.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The body checks of a caching loader ({@link BodyChecks}: links, and the heading outline,
 * whose warnings are kept with a file's link warnings). It keeps its {@link LinkCheck} while
 * the link targets (URLs, aliases, resources, terms) are unchanged, and the warnings of each
 * file that was not
 * parsed again and has no link to a {@code #fragment} (whose target page may have new
 * headings) or to a list's page 2, 3… (which come and go with other pages).
 * When only terms came or went (a save that tags a page with a theme nothing had, or removes
 * the last use of one), the check gains or loses their paths; a kept file is checked again
 * only when it had warnings (a path was added) or links to a term that went.
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

    /**
     * A file's warnings, whether it has a link that must be checked on every save (to a
     * {@code #fragment}, or to a list's page 2, 3…, which come and go with other pages), and
     * the term paths it links to.
     */
    private record Checked(List<Diagnostic> warnings, boolean recheck, Set<String> toTerms) {
    }

    /** The last check and what it was made from. */
    private record Last(Site site, List<List<String>> terms, LinkCheck check,
            IdentityHashMap<PageTransformer.Transformed, Checked> byFile) {
    }

    private Last last;

    /** Adds the warnings of every page's and intro's links to {@code out}; {@code drafts} are the pages left out as drafts. */
    synchronized void check(Site site, List<PageTransformer.Transformed> transformed,
            List<PageTransformer.TransformedIntro> intros, List<LoadedPage> drafts, List<Diagnostic> out) {
        List<List<String>> terms = site.config().taxonomies().stream().map(site::terms).toList();
        Last before = last;
        boolean samePages = before != null && samePageTargets(before, site);
        boolean same = samePages && before.terms().equals(terms);
        boolean termsChanged = samePages && !same;
        LinkCheck links = same || termsChanged ? before.check() : new LinkCheck(site);
        links.drafts(drafts);
        Set<String> gone = new HashSet<>();
        boolean anyNew = false;
        if (termsChanged) {
            List<String> taxonomies = site.config().taxonomies();
            for (int i = 0; i < taxonomies.size(); i++) {
                List<String> fresh = new ArrayList<>(terms.get(i));
                fresh.removeAll(new HashSet<>(before.terms().get(i)));
                List<String> left = new ArrayList<>(before.terms().get(i));
                left.removeAll(new HashSet<>(terms.get(i)));
                links.addTerms(site.config(), taxonomies.get(i), fresh);
                gone.addAll(links.removeTerms(site.config(), taxonomies.get(i), left));
                anyNew |= !fresh.isEmpty();
            }
        }
        if (same || termsChanged) {
            links.listsOf(site);
            List<Page> old = before.site().pages();
            for (int i = 0; i < old.size(); i++) {
                if (old.get(i) != site.pages().get(i)) {
                    links.update(site.pages().get(i));
                }
            }
        }
        IdentityHashMap<PageTransformer.Transformed, Checked> byFile = new IdentityHashMap<>(2 * transformed.size());
        for (PageTransformer.Transformed t : transformed) {
            Checked kept = same || termsChanged ? before.byFile().get(t) : null;
            if (kept == null || kept.recheck() || anyNew && !kept.warnings().isEmpty()
                    || !gone.isEmpty() && !Collections.disjoint(kept.toTerms(), gone)) {
                List<Diagnostic> warnings = new ArrayList<>();
                Set<String> toTerms = new HashSet<>();
                links.check(t.page().source().file(), t.page().url(), t.links(), warnings, toTerms);
                OutlineCheck.check(t.page().source().file(), t.outline(), warnings);
                kept = new Checked(List.copyOf(warnings), mustRecheck(t.links()), Set.copyOf(toTerms));
            }
            byFile.put(t, kept);
            out.addAll(kept.warnings());
        }
        intros.forEach(i -> {
            links.check(i.file(), i.url(), i.links(), out);
            OutlineCheck.check(i.file(), i.outline(), out);
        });
        BodyChecks.checkMenus(links, site.config(), out);
        last = new Last(site, terms, links, byFile);
    }

    /** Whether the pages make the same paths exist: the same URLs, aliases and resources. */
    private static boolean samePageTargets(Last before, Site site) {
        List<Page> old = before.site().pages();
        List<Page> now = site.pages();
        if (!before.site().config().equals(site.config()) || old.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != now.get(i) && !Targets.of(old.get(i)).equals(Targets.of(now.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mustRecheck(List<LinkTarget> links) {
        for (LinkTarget link : links) {
            if (link.destination().contains("#") || link.destination().contains("/page/")) {
                return true;
            }
        }
        return false;
    }
}
