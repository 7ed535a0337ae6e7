package eu.transferhub.generator.html;

import java.util.Set;

/**
 * Ids a page body must not give its own elements, because the theme's layouts and scripts
 * give them to theirs: a heading {@code ## Main} with {@code id="main"} beside the layout's
 * {@code <main id="main">} would make the skip link land on the heading in some browsers and
 * the page invalid. A heading that would take one gets the next free {@code -1}, {@code -2}….
 * The list is the default theme's; a site theme that adds ids should keep to them or prefix
 * its own (documented in docs/theme.md), since bodies are rendered before a theme is chosen.
 */
public final class ReservedIds {

    /** The ids of the default theme's layouts, partials and search script. */
    public static final Set<String> THEME = Set.of("main", "header-search-q", "header-search-suggestions",
            "search-q", "search-results", "search-results-count", "search-sort", "search-filters-title");

    private ReservedIds() {
    }

    /** {@code base}, or the first of {@code base-1}, {@code base-2}… that {@code taken} does not hold. */
    public static String free(String base, Set<String> taken) {
        String id = base;
        for (int n = 1; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
