package eu.transferhub.search.query;

import java.util.List;

/**
 * Autocomplete for a partly typed query.
 *
 * @param pages titles of pages whose title words start with what was typed, best first
 * @param terms completions of the last word from the index's frequent words, the typed words
 *              before it kept, most frequent first
 */
public record Suggestions(List<Page> pages, List<String> terms) {

    public Suggestions {
        pages = List.copyOf(pages);
        terms = List.copyOf(terms);
    }

    /** A page to jump to. */
    public record Page(String title, String url, String lang) {
    }
}
