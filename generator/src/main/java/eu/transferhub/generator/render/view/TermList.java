package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * A non-empty list of terms with its count text.
 */
public record TermList(
        String countText,
        List<TermItem> items) {
}
