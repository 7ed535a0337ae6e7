package eu.transferhub.generator.render;

/** Renders a layout of the theme to UTF-8 bytes. */
final class Html {

    private final Templates templates;

    Html(Templates templates) {
        this.templates = templates;
    }

    byte[] render(String layout, Object view) {
        return templates.render(layout, view);
    }
}
