package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One Markdown file of a bundle, its front matter parsed, its body not yet rendered.
 *
 * @param file      relative to the content dir, e.g. {@code cities/bilbao/index.es.md}
 * @param markdown  the body after the front matter
 * @param bodyLine  1-based line in {@code file} where {@code markdown} starts
 * @param resources the bundle's other files, relative to the content dir, sorted
 */
public record SourcePage(PageKey key, String lang, PageType type, FrontMatter meta, Path file,
        String markdown, int bodyLine, List<Path> resources) {
    public SourcePage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdown, "markdown");
        resources = List.copyOf(resources);
    }
}
