package eu.transferhub.generator.render.view;

/**
 * One language in the language switcher: the current language, a link to a translation, or a language the page is not available in (never a link).
 *
 * @param url             null unless {@code link}
 * @param unavailableText e.g. "Not available in Spanish", in the page's language; null unless {@code unavailable}
 */
public record LanguageLink(
        String code,
        String name,
        String url,
        boolean current,
        boolean link,
        boolean unavailable,
        String unavailableText) {
}
