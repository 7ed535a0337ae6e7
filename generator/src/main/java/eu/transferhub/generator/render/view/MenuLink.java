package eu.transferhub.generator.render.view;

/**
 * One entry of the main menu; {@code current} when the page is at or below its URL.
 */
public record MenuLink(
        String name,
        String url,
        boolean current) {
}
