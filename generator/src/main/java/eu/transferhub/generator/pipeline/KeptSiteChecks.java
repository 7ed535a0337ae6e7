package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Alias;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Reference;
import eu.transferhub.generator.content.ReferenceCheck;
import eu.transferhub.generator.content.SiteChecks;
import eu.transferhub.generator.content.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site-wide checks of a caching loader ({@link SiteChecks#check}): their answer is reused
 * while no page's URL, references, aliases, bundle files or draft flag changed, which a save of
 * text or of a title changes none of. When only references changed (a page tagged with another
 * theme), only those pages' references are checked again ({@link ReferenceCheck}), and the
 * clashes of aliases with plain term pages, which come and go with the terms pages name. Unchanged pages are recognised by identity first, since the loader's
 * cache hands out the same objects for them. Thread-safe.
 */
final class KeptSiteChecks {

    /** What the site-wide checks read of a page: equal inputs give equal diagnostics. */
    private record CheckedPage(PageKey key, String lang, Path file, boolean draft, String url,
            List<Reference> references, List<Alias> aliases, int urlLine, List<Path> resources) {

        static CheckedPage of(LoadedPage page) {
            return new CheckedPage(page.source().key(), page.source().lang(), page.source().file(),
                    page.source().meta().draft(), page.url(), page.references(), page.aliases(), page.urlLine(),
                    page.source().resources());
        }

        /** What the checks other than the reference and term-page checks read. */
        CheckedPage withoutReferences() {
            return new CheckedPage(key, lang, file, draft, url, List.of(), aliases, urlLine, resources);
        }
    }

    /** The inputs of the last checks that ran, and their answer. */
    private record Checks(SiteConfig config, List<LoadedPage> included, List<LoadedPage> excluded,
            List<PageKey> discovered, List<Diagnostic> diagnostics) {
    }

    private volatile Checks last;

    /** {@link SiteChecks#check}, or its last answer when it would be the same. */
    List<Diagnostic> check(SiteConfig settings, List<LoadedPage> included, List<LoadedPage> excluded,
            List<PageKey> discovered) {
        Checks before = last;
        if (before != null && before.config() == settings && sameChecked(before.included(), included)
                && sameChecked(before.excluded(), excluded) && before.discovered().equals(discovered)) {
            return before.diagnostics();
        }
        List<Diagnostic> diagnostics = before != null && before.config() == settings
                && before.discovered().equals(discovered) && sameChecked(before.excluded(), excluded)
                ? newReferences(before, settings, included, excluded, discovered)
                : null;
        if (diagnostics == null) {
            diagnostics = List.copyOf(SiteChecks.check(settings, included, excluded, discovered));
        }
        last = new Checks(settings, List.copyOf(included), List.copyOf(excluded), discovered, diagnostics);
        return diagnostics;
    }

    /**
     * The last answer with the reference problems of the pages whose references alone changed
     * checked again, or null when anything else changed.
     */
    private static List<Diagnostic> newReferences(Checks before, SiteConfig settings, List<LoadedPage> included,
            List<LoadedPage> excluded, List<PageKey> discovered) {
        List<LoadedPage> old = before.included();
        if (old.size() != included.size()) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != included.get(i)) {
                CheckedPage was = CheckedPage.of(old.get(i));
                CheckedPage is = CheckedPage.of(included.get(i));
                if (!was.withoutReferences().equals(is.withoutReferences())) {
                    return null;
                }
                if (!was.equals(is)) {
                    changed.add(i);
                }
            }
        }
        ReferenceCheck references = ReferenceCheck.of(settings, excluded, discovered);
        List<Diagnostic> diagnostics = new ArrayList<>(before.diagnostics());
        for (int i : changed) {
            List<Diagnostic> gone = new ArrayList<>();
            references.check(old.get(i), gone);
            gone.forEach(diagnostics::remove);
            references.check(included.get(i), diagnostics);
        }
        // A page that names a new term makes its plain term page, which an alias may already claim.
        SiteChecks.termPageClashes(settings, old, before.excluded()).forEach(diagnostics::remove);
        diagnostics.addAll(SiteChecks.termPageClashes(settings, included, excluded));
        return List.copyOf(diagnostics);
    }

    /** Whether the checks read the same of both lists. */
    private static boolean sameChecked(List<LoadedPage> before, List<LoadedPage> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != now.get(i) && !CheckedPage.of(before.get(i)).equals(CheckedPage.of(now.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
