package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The table of contents of a long page.
 */
public record Toc(
        List<TocItem> items) {
}
