package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A Markdown file of a bundle, found by {@link ContentScanner}, not yet read.
 *
 * @param file      relative to the content dir, e.g. {@code cities/bilbao/index.es.md}
 * @param resources the bundle's other files, relative to the content dir, sorted
 */
public record PageFile(PageKey key, String lang, PageType type, Path file, List<Path> resources) {
    public PageFile {
        resources = List.copyOf(resources);
    }
}
