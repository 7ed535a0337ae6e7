package eu.transferhub.generator.preview;

import eu.transferhub.generator.content.Details;
import eu.transferhub.generator.content.Meeting;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.render.Affected;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which outputs a rebuild must render again, comparing the site before and after a save.
 * A page shows its own content, the titles of the pages it refers to, and cards (title,
 * summary, date, tags) of the pages that refer to it. So a changed page P affects: P in every
 * language; the pages P refers to, before and after (they list P's card); the pages that refer
 * to P (they show P's title); and the pages those refer to (their cards show P's title as a
 * tag). All of these single pages are rendered again. The cards that change are P's and those
 * of the pages that refer to P ({@link Affected#shown()}): every list that shows one of them is
 * rendered again. The lists of the terms and cities P names, before and after, may gain or
 * lose P ({@link Affected#joined()}). Feeds show their entries' own data, so only the feeds
 * with an entry for P itself are rendered again ({@link Affected#changed()}).
 *
 * <p>The common save changes only a page's body (and so its last-change time). Other pages
 * show nothing of a body beyond the summary, so then only P itself is rendered again, with the
 * feeds that have an entry for it. That holds for the profile of a city, network or theme too:
 * its term's other pages and the taxonomy index show its title, summary and details, not its
 * body.
 *
 * <p>Empty when everything must be rendered: the first build, a change of settings or of the
 * set of pages.
 */
final class AffectedPages {

    private AffectedPages() {
    }

    /** What must be rendered again, or empty for "render everything". */
    static Optional<Affected> between(Site before, Site after) {
        if (before == null || !before.config().equals(after.config()) || before.drafts() != after.drafts()) {
            return Optional.empty();
        }
        Map<String, Page> old = new HashMap<>();
        before.pages().forEach(p -> old.put(p.url(), p));
        if (old.size() != after.pages().size()) {
            return Optional.empty();
        }
        Set<PageKey> pages = new HashSet<>();
        Set<PageKey> shown = new HashSet<>();
        Set<PageKey> changed = new HashSet<>();
        Set<PageKey> joined = new HashSet<>();
        for (Page page : after.pages()) {
            Page previous = old.get(page.url());
            if (previous == null) {
                return Optional.empty(); // a page moved or appeared: its neighbours' links change
            }
            if (previous == page || previous.equals(page)) {
                continue; // the loader hands out the same object for a file it did not parse again
            }
            changed.add(page.key());
            if (onlyBodyChanged(previous, page)) {
                continue;
            }
            shown.add(page.key());
            joined.addAll(references(previous, before));
            joined.addAll(references(page, after));
            pages.addAll(joined);
            for (Site site : List.of(before, after)) {
                for (Page referring : referring(site, page.key())) {
                    shown.add(referring.key()); // its card may carry the page's title as a tag
                    pages.addAll(references(referring, site));
                }
            }
        }
        pages.addAll(shown);
        pages.addAll(changed);
        return Optional.of(new Affected(pages, shown, changed, joined));
    }

    /** Whether a page differs only in what no other page shows: its body (besides the summary) and its last-change time. */
    static boolean onlyBodyChanged(Page before, Page after) {
        SourcePage was = before.source();
        SourcePage is = after.source();
        return before.url().equals(after.url())
                && before.content().summary().equals(after.content().summary())
                && was.meta().withLastmod(Optional.empty()).equals(is.meta().withLastmod(Optional.empty()))
                && was.key().equals(is.key()) && was.lang().equals(is.lang()) && was.type() == is.type()
                && was.file().equals(is.file()) && was.resources().equals(is.resources());
    }

    private static List<Page> referring(Site site, PageKey target) {
        return site.config().languages().stream().flatMap(l -> site.referencing(target, l.code()).stream()).toList();
    }

    /** The bundles a page names: its taxonomy terms (owner city included) and a network's cities. */
    static Set<PageKey> references(Page page, Site site) {
        Set<PageKey> keys = new HashSet<>();
        for (String taxonomy : site.config().taxonomies()) {
            for (String term : page.meta().terms(taxonomy)) {
                keys.add(new PageKey(taxonomy, term));
            }
        }
        Details details = page.meta().details();
        if (details instanceof NetworkDetails network) {
            network.lead().ifPresent(city -> keys.add(new PageKey("cities", city)));
            network.partners().forEach(city -> keys.add(new PageKey("cities", city)));
            for (Meeting meeting : network.meetings()) {
                keys.add(new PageKey("cities", meeting.city()));
            }
        }
        return keys;
    }
}
