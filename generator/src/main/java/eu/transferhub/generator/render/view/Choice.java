package eu.transferhub.generator.render.view;

/**
 * One language on the root page; {@code text} is in that language, e.g. "Continuar en español".
 */
public record Choice(
        String code,
        String name,
        String url,
        String text,
        boolean preferred) {
}
