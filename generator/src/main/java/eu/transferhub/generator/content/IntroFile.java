package eu.transferhub.generator.content;

import java.nio.file.Path;

/**
 * An {@code _index.<lang>.md} file: the home page's text or a section's intro.
 *
 * @param section the section folder, {@code ""} for the home page
 * @param file    relative to the content dir
 */
public record IntroFile(String section, String lang, Path file) {
}
