package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Checked;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.IntroFile;
import eu.transferhub.generator.content.LoadedIntro;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.PageFile;
import eu.transferhub.generator.content.PageReader;
import eu.transferhub.generator.content.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * Each page and intro file of a load, read and transformed into a {@link Result}. A caching
 * instance (the live preview's) keeps the last result per file with what it was made from, and
 * returns it again while the file's bytes, bundle and the site settings are unchanged.
 * Thread-safe: the loader reads many files at once.
 */
final class ParsedFiles {

    /** Per file, the last result and what it was made from; null when not caching. */
    private final Map<Path, Cached> cache;
    /** Per intro file, the last result and the settings it was made with; null when not caching. */
    private final Map<Path, CachedIntro> introCache;

    ParsedFiles(boolean caching) {
        this.cache = caching ? new ConcurrentHashMap<>() : null;
        this.introCache = caching ? new ConcurrentHashMap<>() : null;
    }

    /** The outcome for one file: {@code value} when it has no errors; {@code loaded} whenever it could be read. */
    record Result<T>(Optional<T> value, Optional<LoadedPage> loaded, List<Diagnostic> diagnostics) {
    }

    private record CachedIntro(IntroFile file, SiteConfig config, Result<PageTransformer.TransformedIntro> result) {
    }

    /** What a cached result was made from: equal keys give equal results. */
    private record Key(PageFile file, SiteConfig config, long length, long checksum) {
    }

    /**
     * A result, what it was made from, and the file's modification time and size when it was
     * read: a file whose stamp is unchanged is not read again, unless it was modified so
     * shortly before it was read that a second change could share its time stamp on a file
     * system with coarse times ({@link #RACY}).
     */
    private record Cached(Key key, Result<PageTransformer.Transformed> result, FileTime modified, long size,
            Instant readAt) {

        boolean unchanged(BasicFileAttributes now) {
            return now.size() == size && now.lastModifiedTime().equals(modified)
                    && modified.toInstant().plus(RACY).isBefore(readAt);
        }
    }

    /** The coarsest modification-time resolution in common use (FAT's two seconds). */
    private static final Duration RACY = Duration.ofSeconds(2);

    /** @param changed when not null, the only files that can have changed (relative to the content folder) */
    Result<PageTransformer.Transformed> page(PageFile file, SiteConfig config, PageReader reader,
            PageTransformer transformer, Function<Path, Instant> lastmod, Path contentDir, Set<Path> changed) {
        if (cache == null) {
            return read(file, reader, transformer, lastmod, contentDir);
        }
        Path path = contentDir.resolve(file.file());
        Cached cached = cache.get(file.file());
        if (changed != null && cached != null && cached.key().file().equals(file) && cached.key().config().equals(config)
                && !changed.contains(file.file())) {
            return cached.result();
        }
        Key key;
        BasicFileAttributes stamp;
        Instant readAt = Instant.now();
        try {
            stamp = Files.readAttributes(path, BasicFileAttributes.class);
            if (cached != null && cached.key().file().equals(file) && cached.key().config().equals(config)
                    && cached.unchanged(stamp)) {
                return cached.result();
            }
            byte[] bytes = Files.readAllBytes(path);
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            key = new Key(file, config, bytes.length, crc.getValue());
        } catch (IOException e) {
            return read(file, reader, transformer, lastmod, contentDir); // the reader reports the problem
        }
        Result<PageTransformer.Transformed> result = cached != null && cached.key().equals(key)
                ? cached.result()
                : read(file, reader, transformer, lastmod, contentDir);
        cache.put(file.file(), new Cached(key, result, stamp.lastModifiedTime(), stamp.size(), readAt));
        return result;
    }

    private static Result<PageTransformer.Transformed> read(PageFile file, PageReader reader,
            PageTransformer transformer, Function<Path, Instant> history, Path contentDir) {
        Checked<LoadedPage> loaded = reader.read(file);
        boolean ok = loaded.diagnostics().stream().noneMatch(Diagnostic::isError);
        // A page with errors is not rendered, but its bundle and references still take part in the checks.
        Optional<PageTransformer.Transformed> transformed = loaded.value().filter(page -> ok).map(page -> {
            Optional<Instant> lastmod = Optional.of(history.apply(contentDir.resolve(file.file())));
            return transformer.page(page, lastmod);
        });
        // Keep the page for the site-wide checks without its Markdown, which is done with by now.
        Optional<LoadedPage> kept = transformed.isPresent()
                ? loaded.value().map(p -> new LoadedPage(transformed.get().page().source(), p.url(), p.references(),
                        p.aliases(), p.urlLine()))
                : loaded.value();
        return new Result<>(transformed, kept, loaded.diagnostics());
    }

    /** @param changed when not null, the only files that can have changed (relative to the content folder) */
    Result<PageTransformer.TransformedIntro> intro(IntroFile file, SiteConfig config, PageReader reader,
            PageTransformer transformer, Set<Path> changed) {
        if (introCache == null) {
            return read(file, reader, transformer);
        }
        CachedIntro cached = introCache.get(file.file());
        if (changed != null && cached != null && cached.file().equals(file) && cached.config().equals(config)
                && !changed.contains(file.file())) {
            return cached.result();
        }
        Result<PageTransformer.TransformedIntro> result = read(file, reader, transformer);
        introCache.put(file.file(), new CachedIntro(file, config, result));
        return result;
    }

    private static Result<PageTransformer.TransformedIntro> read(IntroFile file, PageReader reader,
            PageTransformer transformer) {
        Checked<LoadedIntro> loaded = reader.read(file);
        return new Result<>(loaded.value().map(transformer::intro), Optional.empty(), loaded.diagnostics());
    }
}
