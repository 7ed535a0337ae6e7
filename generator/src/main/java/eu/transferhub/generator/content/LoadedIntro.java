package eu.transferhub.generator.content;

import java.nio.file.Path;

/**
 * An intro file whose front matter is read, before Markdown.
 *
 * @param title    the front-matter title; empty when the file has none (the theme then uses
 *                 the site title or the section's label)
 * @param summary  the front-matter summary, empty when absent
 * @param url      URL of the page it introduces: {@code /en/} or {@code /en/good-practices/}
 * @param file     relative to the content dir
 */
public record LoadedIntro(String section, String lang, String title, String summary, String markdown,
        int bodyLine, Path file, String url) {
}
