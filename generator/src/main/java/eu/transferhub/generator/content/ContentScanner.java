package eu.transferhub.generator.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the bundles of a content dir: {@code <section>/<bundle>/index.<lang>.md},
 * top-level {@code <bundle>/index.<lang>.md}, and {@code _index.<lang>.md} intros. Any other
 * file inside a bundle is one of its resources. Reads folder listings only, no file content.
 */
public final class ContentScanner {

    private static final Pattern INDEX = Pattern.compile("index\\.([^.]+)\\.md");
    private static final Pattern SECTION_INDEX = Pattern.compile("_index\\.([^.]+)\\.md");

    private final Path contentDir;
    private final SiteConfig config;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<PageFile> pages = new ArrayList<>();
    private final List<IntroFile> intros = new ArrayList<>();

    private ContentScanner(Path contentDir, SiteConfig config) {
        this.contentDir = contentDir;
        this.config = config;
    }

    /**
     * Scans {@code contentDir}. Diagnostics name paths relative to it. The files found are
     * returned even when others had errors, so their own problems can be listed too.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static Checked<ContentFiles> scan(Path contentDir, SiteConfig config) throws IOException {
        ContentScanner scanner = new ContentScanner(contentDir, config);
        scanner.scanRoot();
        return new Checked<>(Optional.of(new ContentFiles(scanner.pages, scanner.intros)), scanner.diagnostics);
    }

    private void scanRoot() throws IOException {
        for (Path entry : list(contentDir)) {
            String name = entry.getFileName().toString();
            Path relative = contentDir.relativize(entry);
            if (Files.isDirectory(entry)) {
                if (hasIndexFiles(entry)) {
                    scanBundle(entry, PageType.PAGE, "");
                } else if (PageType.ofSection(name).filter(t -> t != PageType.PAGE).isPresent()) {
                    scanSection(entry, PageType.ofSection(name).orElseThrow());
                } else {
                    diagnostics.add(Diagnostic.error(relative, 0, "'" + name + "' is neither a section ("
                            + sectionNames() + ") nor a bundle (it has no index.<lang>.md)"));
                }
            } else if (name.equals(SiteConfigLoader.FILE)) {
                continue;
            } else if (SECTION_INDEX.matcher(name).matches()) {
                intro(entry, "");
            } else {
                diagnostics.add(Diagnostic.warning(relative, 0, "ignored: files directly in the content dir"
                        + " are neither pages nor resources (put them in a bundle)"));
            }
        }
    }

    private void scanSection(Path section, PageType type) throws IOException {
        for (Path entry : list(section)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                if (!scanBundle(entry, type, type.section())) {
                    diagnostics.add(Diagnostic.error(contentDir.relativize(entry), 0,
                            "bundle '" + name + "' has no index.<lang>.md file"));
                }
            } else if (SECTION_INDEX.matcher(name).matches()) {
                intro(entry, type.section());
            } else {
                diagnostics.add(Diagnostic.warning(contentDir.relativize(entry), 0,
                        "ignored: a section holds bundle folders and _index.<lang>.md only"));
            }
        }
    }

    /**
     * Adds the pages of {@code bundle}, in one walk of its folder (listing a bundle twice, once
     * to ask whether it is one, was a tenth of a large site's scan).
     *
     * @return false, adding nothing, when the folder has no index file: not a bundle
     */
    private boolean scanBundle(Path bundle, PageType type, String section) throws IOException {
        BundleFiles files = BundleFiles.walk(bundle);
        if (files.indexFiles().isEmpty()) {
            return false;
        }
        String name = bundle.getFileName().toString();
        if (!Slugs.valid(name)) {
            diagnostics.add(Diagnostic.error(contentDir.relativize(bundle), 0, "bundle folder name '" + name
                    + "' is not a valid slug (lower-case letters, digits and '-')"));
            return true;
        }
        List<Path> resources = files.resources().stream().map(contentDir::relativize).toList();
        PageKey key = new PageKey(section, name);
        for (Path file : files.indexFiles()) {
            Path relative = contentDir.relativize(file);
            language(file, INDEX).ifPresent(lang -> pages.add(new PageFile(key, lang, type, relative, resources)));
        }
        return true;
    }

    private void intro(Path file, String section) {
        language(file, SECTION_INDEX).ifPresent(lang ->
                intros.add(new IntroFile(section, lang, contentDir.relativize(file))));
    }

    /** The language of {@code index.<lang>.md}; reports an unknown or missing one. */
    private Optional<String> language(Path file, Pattern pattern) {
        String name = file.getFileName().toString();
        Matcher matcher = pattern.matcher(name);
        Path relative = contentDir.relativize(file);
        if (!matcher.matches()) {
            diagnostics.add(Diagnostic.error(relative, 0, "the file name needs a language, e.g. "
                    + name.replace(".md", "." + config.defaultLanguage() + ".md")));
            return Optional.empty();
        }
        String lang = matcher.group(1);
        if (!config.hasLanguage(lang)) {
            diagnostics.add(Diagnostic.error(relative, 0, "unknown language '" + lang + "' in the file name"
                    + " (hub.yaml lists " + String.join(", ", config.languages().stream()
                            .map(Language::code).toList()) + ")"));
            return Optional.empty();
        }
        return Optional.of(lang);
    }

    private static boolean hasIndexFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> isIndexFile(p.getFileName().toString()) && Files.isRegularFile(p));
        }
    }

    /** {@code index.<lang>.md}, or {@code index.md}, which is reported for its missing language. */
    static boolean isIndexFile(String name) {
        return INDEX.matcher(name).matches() || name.equals("index.md");
    }

    /** Sorted, without hidden entries such as {@code .DS_Store} or editor backups. */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String sectionNames() {
        List<String> names = new ArrayList<>();
        for (PageType type : PageType.values()) {
            if (type != PageType.PAGE) {
                names.add(type.section());
            }
        }
        return String.join(", ", names);
    }
}
