package eu.transferhub.generator.scaffold;

import eu.transferhub.generator.content.ClosestName;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates page bundles from archetypes, and translations of existing bundles pre-filled with
 * the source language's front matter. Never overwrites a file. Thread-safe.
 *
 * <pre>{@code
 * Scaffolder scaffolder = new Scaffolder(Path.of("content"), config, Clock.systemUTC());
 * Scaffolded page = scaffolder.create(new Scaffolder.Request(PageType.GOOD_PRACTICE,
 *         "Urban gardens", Optional.empty(), Optional.of("tartu"), Optional.empty()));
 * }</pre>
 */
public final class Scaffolder {

    private final Path contentDir;
    private final SiteConfig config;
    private final Clock clock;
    private final Archetypes archetypes = new Archetypes();

    public Scaffolder(Path contentDir, SiteConfig config, Clock clock) {
        this.contentDir = contentDir;
        this.config = config;
        this.clock = clock;
    }

    /**
     * What the editor asked for.
     *
     * @param type  page type
     * @param title page title; also gives the bundle's folder name unless {@code slug} is set
     * @param lang  language of the new file; the site's default language when empty. When the
     *              bundle already exists, the language of the translation to add.
     * @param city  city slug for the type's city field (owner city, lead city, …)
     * @param slug  folder name to use instead of one made from the title
     */
    public record Request(PageType type, String title, Optional<String> lang, Optional<String> city,
            Optional<String> slug) {
    }

    /**
     * Writes the new file.
     *
     * @throws ScaffoldException when the language or city is unknown, the title gives no slug,
     *                           or the file exists already
     * @throws IOException       when the file cannot be written
     */
    public Scaffolded create(Request request) throws ScaffoldException, IOException {
        String lang = request.lang().orElse(config.defaultLanguage());
        if (!config.hasLanguage(lang)) {
            throw new ScaffoldException("unknown language '" + lang + "'; the site's languages are "
                    + config.languages().stream().map(Language::code).collect(Collectors.joining(", ")));
        }
        String slug;
        try {
            slug = request.slug().orElseGet(() -> Slug.of(request.title()));
        } catch (IllegalArgumentException e) {
            throw new ScaffoldException(e.getMessage());
        }
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ScaffoldException("'" + slug + "' is not a valid folder name: use lower-case"
                    + " letters, digits and single hyphens");
        }
        if (request.city().isPresent()) {
            requireCity(request.city().get());
        }
        Path bundle = request.type().section().isEmpty()
                ? contentDir.resolve(slug)
                : contentDir.resolve(request.type().section()).resolve(slug);
        Path file = bundle.resolve("index." + lang + ".md");
        List<Path> existing = translations(bundle);
        if (!existing.isEmpty() && request.lang().isEmpty()) {
            throw new ScaffoldException(bundle + " already exists; to add a translation, name"
                    + " its language with --lang (the site's languages are "
                    + config.languages().stream().map(Language::code)
                            .collect(Collectors.joining(", ")) + ")");
        }
        Path languageLess = bundle.resolve("index.md");
        if (Files.exists(file)) {
            throw new ScaffoldException(file + " already exists; not overwriting it");
        }
        if (lang.equals(config.defaultLanguage()) && Files.exists(languageLess)) {
            throw new ScaffoldException(languageLess + " already exists, and is the default language's ("
                    + lang + ") page; not adding " + file.getFileName() + " beside it");
        }
        if (!existing.isEmpty()) {
            Path source = existing.get(0);
            write(file, TranslationDraft.of(Files.readString(source, StandardCharsets.UTF_8)));
            return new Scaffolded(file, true, source);
        }
        String text = archetypes.render(request.type(), new Archetypes.Values(request.title(),
                LocalDate.now(clock).toString(), request.city().orElse(null)));
        Files.createDirectories(bundle);
        write(file, text);
        return new Scaffolded(file, false, null);
    }

    private void requireCity(String city) throws ScaffoldException {
        Path cities = contentDir.resolve(PageType.CITY.section());
        if (Files.isDirectory(cities.resolve(city))) {
            return;
        }
        List<String> known = new ArrayList<>();
        if (Files.isDirectory(cities)) {
            try (Stream<Path> list = Files.list(cities)) {
                list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                        .forEach(known::add);
            } catch (IOException e) {
                throw new ScaffoldException("cannot list " + cities + ": " + e.getMessage());
            }
        }
        String hint = ClosestName.to(city, known).map(c -> " — did you mean '" + c + "'?")
                .orElse(known.isEmpty() ? " (there are no cities yet: create one with"
                        + " ./hub new city \"Name\")" : "");
        throw new ScaffoldException("unknown city '" + city + "'" + hint);
    }

    /**
     * The bundle's existing language files, the default language first (index.md is the
     * default language's, as in Hugo), then by weight.
     */
    private List<Path> translations(Path bundle) {
        List<Path> files = new ArrayList<>();
        Path preferred = bundle.resolve("index." + config.defaultLanguage() + ".md");
        if (Files.isRegularFile(preferred)) {
            files.add(preferred);
        } else if (Files.isRegularFile(bundle.resolve("index.md"))) {
            files.add(bundle.resolve("index.md"));
        }
        for (Language language : config.languages()) {
            Path file = bundle.resolve("index." + language.code() + ".md");
            if (!file.equals(preferred) && Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    private static void write(Path file, String text) throws ScaffoldException, IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(file + " already exists; not overwriting it");
        }
    }
}
