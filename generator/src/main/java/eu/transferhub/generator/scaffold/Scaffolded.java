package eu.transferhub.generator.scaffold;

import java.nio.file.Path;

/**
 * A file {@link Scaffolder} wrote.
 *
 * @param file        the new Markdown file
 * @param translation true when it is a translation added to an existing bundle
 * @param source      for a translation, the file whose front matter it copies; otherwise null
 */
public record Scaffolded(Path file, boolean translation, Path source) {
}
