package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * Open Graph tags; {@code description} may be null.
 */
public record OpenGraph(
        String type,
        String title,
        String description,
        String url,
        String siteName,
        String locale,
        List<String> localeAlternates) {
}
