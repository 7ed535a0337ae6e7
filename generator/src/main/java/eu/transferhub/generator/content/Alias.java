package eu.transferhub.generator.content;

/**
 * An old URL of a page, with the front-matter line it was written on.
 *
 * @param path site path, e.g. {@code /en/old-path/}
 */
public record Alias(String path, int line) {
}
