package eu.transferhub.generator.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one Markdown file and its front matter. Stateless and thread-safe: the build calls
 * it for many files at once.
 */
public final class PageReader {

    private final Path contentDir;

    /** @param contentDir the folder the files' relative paths start from */
    public PageReader(Path contentDir) {
        this.contentDir = contentDir;
    }

    /**
     * Reads a bundle's page. Diagnostics name the file relative to the content dir. The page is
     * returned even when some fields had errors (check {@link Checked#diagnostics()}), so that
     * the site-wide checks can still use its bundle and references; it is empty only when
     * the file or its front matter could not be read at all.
     */
    public Checked<LoadedPage> read(PageFile page) {
        Problems problems = new Problems(page.file(), 2);
        Optional<String> text = text(page.file(), problems);
        Optional<ParsedFile> parsed = text.flatMap(t -> FrontMatterParser.parse(t, page.type(), false, problems));
        if (parsed.isEmpty()) {
            return Checked.failed(problems.diagnostics());
        }
        ParsedFile file = parsed.get();
        HugoShortcodes.check(file.body(), file.bodyLine(), problems);
        SourcePage source = new SourcePage(page.key(), page.lang(), page.type(), file.meta(), page.file(),
                file.body(), file.bodyLine(), page.resources());
        String url = url(page.lang(), page.type(), file.meta().slug().orElse(page.key().bundle()));
        List<Alias> aliases = file.aliases().stream().map(a -> new Alias(a.value(), a.line())).toList();
        return new Checked<>(Optional.of(new LoadedPage(source, url, file.references(), aliases, file.urlLine())),
                problems.diagnostics());
    }

    /** Reads an {@code _index.<lang>.md} intro; its front matter may only have the common fields. */
    public Checked<LoadedIntro> read(IntroFile intro) {
        Problems problems = new Problems(intro.file(), 2);
        Optional<String> text = text(intro.file(), problems);
        Optional<ParsedFile> parsed = text.flatMap(t -> t.startsWith("---")
                ? FrontMatterParser.parse(t, PageType.PAGE, true, problems)
                : Optional.of(new ParsedFile(FrontMatter.titled(""), t, 1, List.of(), List.of(), 1)));
        if (parsed.isEmpty() || problems.hasErrors()) {
            return Checked.failed(problems.diagnostics());
        }
        ParsedFile file = parsed.get();
        HugoShortcodes.check(file.body(), file.bodyLine(), problems);
        String url = intro.section().isEmpty() ? "/" + intro.lang() + "/"
                : "/" + intro.lang() + "/" + intro.section() + "/";
        return Checked.of(new LoadedIntro(intro.section(), intro.lang(), file.meta().title(),
                file.meta().summary().orElse(""), file.body(), file.bodyLine(), intro.file(), url),
                problems.diagnostics());
    }

    /** The URL of a page: {@code /<lang>/<section>/<slug>/}, or {@code /<lang>/<slug>/} for plain pages. */
    public static String url(String lang, PageType type, String slug) {
        return type == PageType.PAGE ? "/" + lang + "/" + slug + "/" : "/" + lang + "/" + type.section() + "/" + slug + "/";
    }

    private Optional<String> text(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(contentDir.resolve(file));
        } catch (IOException e) {
            problems.error(0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        if (decoded.problem() != null) {
            problems.error(decoded.line(), decoded.problem());
            return Optional.empty();
        }
        return Optional.of(decoded.text());
    }
}
