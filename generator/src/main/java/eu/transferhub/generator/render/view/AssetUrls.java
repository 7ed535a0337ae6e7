package eu.transferhub.generator.render.view;

/**
 * URLs of the theme's fingerprinted static files.
 */
public record AssetUrls(
        String css,
        String languageJs,
        String searchJs,
        String searchResultsJs,
        String suggestJs,
        String favicon,
        String logo) {
}
