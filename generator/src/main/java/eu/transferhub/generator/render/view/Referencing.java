package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * Everything that refers to a term, grouped by type (one page of it).
 *
 * @param pagination null when everything fits on one page
 */
public record Referencing(
        List<Group> groups,
        Pagination pagination,
        String feedUrl) {
}
