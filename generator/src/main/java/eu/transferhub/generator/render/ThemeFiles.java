package eu.transferhub.generator.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a theme after overlaying: every file of {@code themes/default}, replaced or
 * extended by the files of the same relative path in {@code themes/<name>}. Immutable.
 *
 * <p>Keys are relative paths with {@code /} separators, e.g. {@code layouts/partials/card.mustache};
 * hidden files (a name starting with {@code .}) are ignored.
 */
final class ThemeFiles {

    static final String DEFAULT = "default";

    private final SortedMap<String, Path> files;
    private final SortedMap<String, Path> overrides;

    private ThemeFiles(SortedMap<String, Path> files, SortedMap<String, Path> overrides) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.overrides = Collections.unmodifiableSortedMap(overrides);
    }

    static ThemeFiles load(Path themesDir, String name) throws ThemeException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new ThemeException("theme name '" + name + "' is not a folder name under " + themesDir);
        }
        SortedMap<String, Path> files = list(themesDir.resolve(DEFAULT));
        SortedMap<String, Path> overrides = new TreeMap<>();
        if (!name.equals(DEFAULT)) {
            overrides = list(themesDir.resolve(name));
            files.putAll(overrides);
        }
        return new ThemeFiles(files, overrides);
    }

    private static SortedMap<String, Path> list(Path root) throws ThemeException {
        if (!Files.isDirectory(root)) {
            throw new ThemeException("theme folder " + root + " does not exist");
        }
        SortedMap<String, Path> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("."))
                    .forEach(p -> result.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException | UncheckedIOException e) {
            throw new ThemeException("cannot list theme folder " + root + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** Every file, by relative path, in path order. */
    SortedMap<String, Path> all() {
        return files;
    }

    /** The files whose relative path starts with {@code prefix}, e.g. {@code layouts/}. */
    SortedMap<String, Path> under(String prefix) {
        return files.subMap(prefix, prefix + Character.MAX_VALUE);
    }

    /** The files the site theme itself contributes (empty for the default theme). */
    Map<String, Path> overrides() {
        return overrides;
    }

    Path require(String relative) throws ThemeException {
        Path path = files.get(relative);
        if (path == null) {
            throw new ThemeException("theme has no " + relative + " (the default theme must provide it)");
        }
        return path;
    }

    static String read(Path file) throws ThemeException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ThemeException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    static byte[] readBytes(Path file) throws ThemeException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ThemeException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
