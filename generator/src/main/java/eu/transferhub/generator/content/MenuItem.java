package eu.transferhub.generator.content;

import java.util.Objects;

/**
 * One entry of a language's menu.
 *
 * @param name the label shown
 * @param url  site-relative URL, e.g. {@code /en/good-practices/}
 */
public record MenuItem(String name, String url) {
    public MenuItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
