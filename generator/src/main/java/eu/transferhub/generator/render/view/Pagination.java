package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * Links between the pages of a list; absent when there is one page.
 *
 * @param status   e.g. "Page 2 of 5"
 * @param previous null on the first page
 * @param next     null on the last page
 */
public record Pagination(
        String status,
        String previous,
        String next,
        List<PageLink> pages) {
}
