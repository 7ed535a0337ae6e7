package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Alias;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Reference;
import eu.transferhub.generator.content.SiteChecks;
import eu.transferhub.generator.content.SiteConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The site-wide checks of a caching loader ({@link SiteChecks#check}): their answer is reused
 * while no page's URL, references, aliases or draft flag changed, which a save of text or of a
 * title changes none of. Unchanged pages are recognised by identity first, since the loader's
 * cache hands out the same objects for them. Thread-safe.
 */
final class KeptSiteChecks {

    /** What the site-wide checks read of a page: equal inputs give equal diagnostics. */
    private record CheckedPage(PageKey key, String lang, Path file, boolean draft, String url,
            List<Reference> references, List<Alias> aliases, int urlLine) {

        static CheckedPage of(LoadedPage page) {
            return new CheckedPage(page.source().key(), page.source().lang(), page.source().file(),
                    page.source().meta().draft(), page.url(), page.references(), page.aliases(), page.urlLine());
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
        List<Diagnostic> diagnostics = List.copyOf(SiteChecks.check(settings, included, excluded, discovered));
        last = new Checks(settings, List.copyOf(included), List.copyOf(excluded), discovered, diagnostics);
        return diagnostics;
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
