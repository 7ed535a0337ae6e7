package eu.transferhub.generator.render.view;

/**
 * The home page of a language.
 *
 * @param introHtml null when the language has no home intro
 * @param latest    null when nothing is published yet
 * @param cities    null when the site has no city pages in this language
 */
public record HomeView(
        String title,
        String introHtml,
        CardList latest,
        CityList cities) {
}
