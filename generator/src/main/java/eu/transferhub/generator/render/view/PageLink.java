package eu.transferhub.generator.render.view;

/**
 * One entry of the page numbers: the current page, a link, or a gap (…) between them.
 */
public record PageLink(
        int number,
        String url,
        boolean current,
        boolean link,
        boolean gap) {
}
