package eu.transferhub.generator.render.view;

/**
 * A taxonomy index: every term that has a page in this language.
 *
 * @param terms null when there are none
 */
public record TaxonomyView(
        String title,
        String introHtml,
        TermList terms,
        Pagination pagination) {
}
