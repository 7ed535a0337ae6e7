package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Intro text of the home page ({@code content/_index.<lang>.md}) or of a section list
 * ({@code content/<section>/_index.<lang>.md}).
 *
 * @param file relative to the content dir; its parent folder is the section, none for home
 */
public record Intro(String lang, String title, PageContent content, Path file) {
    public Intro {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(file, "file");
    }

    /** The section this intro belongs to; {@code ""} for the home page. */
    public String section() {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }
}
