package eu.transferhub.generator.content;

import java.util.Objects;

/**
 * One entry of a language's menu.
 *
 * @param name the label shown
 * @param url  site-relative URL, e.g. {@code /en/good-practices/}
 * @param line its line in hub.yaml, for the link check; 0 for an entry the theme makes
 */
public record MenuItem(String name, String url, int line) {
    public MenuItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** An entry that is not from hub.yaml. */
    public MenuItem(String name, String url) {
        this(name, url, 0);
    }
}
