package eu.transferhub.generator.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the bundles of a content dir: {@code <section>/<bundle>/index.<lang>.md},
 * top-level {@code <bundle>/index.<lang>.md}, and {@code _index.<lang>.md} intros. Any other
 * file inside a bundle is one of its resources. Reads folder listings only, no file content.
 *
 * <p>As in Hugo, {@code index.md} and {@code _index.md} are the default language's files: a
 * single-language site, or one moved from Hugo, needs no language in its file names. A bundle
 * with both {@code index.md} and {@code index.<default>.md} is an error on the first.
 */
public final class ContentScanner {

    private static final Pattern INDEX = Pattern.compile("index(?:\\.([^.]+))?\\.md");
    private static final Pattern SECTION_INDEX = Pattern.compile("_index(?:\\.([^.]+))?\\.md");

    private static final Set<String> LANGUAGE_LESS = Set.of("index.md", "_index.md");
    /**
     * By name, {@code index.md} and {@code _index.md} after the rest: the error of a language
     * given twice falls on the file without a language, whatever the default language is.
     */
    private static final Comparator<Path> LANGUAGE_LESS_LAST = Comparator
            .comparing((Path p) -> LANGUAGE_LESS.contains(p.getFileName().toString()))
            .thenComparing(Comparator.naturalOrder());

    private final Path contentDir;
    private final SiteConfig config;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<PageFile> pages = new ArrayList<>();
    private final List<IntroFile> intros = new ArrayList<>();
    /** Section and language of each intro found, as {@code <section>/<lang>}. */
    private final Set<String> introLanguages = new HashSet<>();

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
        Set<String> languages = new HashSet<>();
        for (Path file : withLanguageFirst(files.indexFiles())) {
            Path relative = contentDir.relativize(file);
            language(file, INDEX).filter(lang -> once(languages, lang, file))
                    .ifPresent(lang -> pages.add(new PageFile(key, lang, type, relative, resources)));
        }
        return true;
    }

    private void intro(Path file, String section) {
        language(file, SECTION_INDEX).filter(lang -> once(introLanguages, section + "/" + lang, file))
                .ifPresent(lang -> intros.add(new IntroFile(section, lang, contentDir.relativize(file))));
    }

    /** Adds {@code key}; reports the language-less {@code file} when its language already has a file. */
    private boolean once(Set<String> seen, String key, Path file) {
        if (seen.add(key)) {
            return true;
        }
        String name = file.getFileName().toString();
        String explicit = name.replace(".md", "." + config.defaultLanguage() + ".md");
        diagnostics.add(Diagnostic.error(contentDir.relativize(file), 0, name + " is the default language's ("
                + config.defaultLanguage() + ") file, and so is " + explicit + " beside it: keep one of them"));
        return false;
    }

    private static List<Path> withLanguageFirst(List<Path> files) {
        return files.stream().sorted(LANGUAGE_LESS_LAST).toList();
    }

    /** The language of {@code index.<lang>.md} (of {@code index.md}: the default one); reports an unknown one. */
    private Optional<String> language(Path file, Pattern pattern) {
        String name = file.getFileName().toString();
        Matcher matcher = pattern.matcher(name);
        Path relative = contentDir.relativize(file);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an index file: " + file);
        }
        String lang = matcher.group(1) == null ? config.defaultLanguage() : matcher.group(1);
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

    /** {@code index.<lang>.md} or {@code index.md}. */
    static boolean isIndexFile(String name) {
        return INDEX.matcher(name).matches();
    }

    /** Sorted ({@link #LANGUAGE_LESS_LAST}), without hidden entries such as {@code .DS_Store} or editor backups. */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(LANGUAGE_LESS_LAST).toList();
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
