package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The root {@code /index.html}: one link per language, the default first.
 */
public record ChooserView(
        String lang,
        String title,
        String canonical,
        AssetUrls assets,
        List<Choice> choices) {
}
