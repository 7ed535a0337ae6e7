package eu.transferhub.generator.render;

import eu.transferhub.generator.content.PageKey;
import java.util.Set;

/**
 * What a save changed, as far as a preview render must know, in bundles.
 *
 * @param pages    whose single pages are rendered again
 * @param shown    whose data other outputs show changed (title, summary, date, terms, details): every
 *                 list, term page and feed that shows one of them is rendered again
 * @param redated  whose body or last-change time changed and nothing else: only the outputs that show
 *                 the time of a change (feeds) are rendered again, besides the page itself
 */
public record Affected(Set<PageKey> pages, Set<PageKey> shown, Set<PageKey> redated) {

    public Affected {
        pages = Set.copyOf(pages);
        shown = Set.copyOf(shown);
        redated = Set.copyOf(redated);
    }

    /** Every change shows everywhere: the pages are rendered again, and every output that shows them. */
    public static Affected everywhere(Set<PageKey> pages) {
        return new Affected(pages, pages, Set.of());
    }
}
