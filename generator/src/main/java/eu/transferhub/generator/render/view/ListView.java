package eu.transferhub.generator.render.view;

/**
 * A section list page.
 *
 * @param introHtml  the section intro, or null
 * @param cards      null when the section is empty in this language
 * @param pagination null when everything fits on one page
 */
public record ListView(
        String title,
        String introHtml,
        CardList cards,
        Pagination pagination) {
}
