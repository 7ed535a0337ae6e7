package eu.transferhub.generator.content;

import java.util.Objects;

/**
 * A language the site is published in, as declared in {@code hub.yaml}.
 *
 * @param code   language code used in file names and URLs, e.g. {@code en}
 * @param name   the language's own name, e.g. {@code Español}
 * @param weight ordering among languages, ascending
 */
public record Language(String code, String name, int weight) {
    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
