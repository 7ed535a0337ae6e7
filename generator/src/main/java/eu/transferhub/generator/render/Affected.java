package eu.transferhub.generator.render;

import eu.transferhub.generator.content.PageKey;
import java.util.Set;

/**
 * What a save changed, as far as a preview render must know, in bundles.
 *
 * @param pages   whose single pages are rendered again
 * @param shown   whose cards may have changed (title, summary, date, tags): every list and term
 *                page that shows one of them is rendered again. A renamed city changes the cards
 *                of the pages tagged with it.
 * @param changed whose own files changed: every feed that has an entry for one of them is rendered
 *                again. An entry shows its page's own data and time, not its tags; so a save that
 *                changes only a body changes feeds and no card.
 * @param joined  whose lists may have gained or lost a page, or changed its place (the terms and
 *                cities a changed page named before and after): their list families are listed,
 *                and each of their outputs kept only if its items are as before
 */
public record Affected(Set<PageKey> pages, Set<PageKey> shown, Set<PageKey> changed, Set<PageKey> joined) {

    public Affected {
        pages = Set.copyOf(pages);
        shown = Set.copyOf(shown);
        changed = Set.copyOf(changed);
        joined = Set.copyOf(joined);
    }

    /** Every change shows everywhere: the pages are rendered again, and every output that shows them. */
    public static Affected everywhere(Set<PageKey> pages) {
        return new Affected(pages, pages, pages, pages);
    }
}
