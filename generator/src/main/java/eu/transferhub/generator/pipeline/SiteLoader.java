package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Checked;
import eu.transferhub.generator.content.ContentFiles;
import eu.transferhub.generator.content.ContentScanner;
import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.LoadedPage;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageFile;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageReader;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteChecks;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SiteConfigLoader;
import eu.transferhub.generator.history.LastModified;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.nio.file.Files;

/**
 * Reads a content dir into a checked {@link Site}: hub.yaml, bundle discovery, then every
 * page's front matter, Markdown and HTML in parallel, then the site-wide checks (references,
 * URLs, translations, links). Writes nothing. The Markdown renderer is built once per loader;
 * reuse one loader for repeated builds ({@code serve}). Thread-safe.
 */
public final class SiteLoader {

    private final MarkdownRenderer markdown = MarkdownRenderer.create();
    private final int threads;
    private final boolean caching;
    private final ParsedFiles parsed;
    private volatile ConfigLoad lastConfigLoad;
    private History history;
    private volatile Scan lastScan;
    private volatile SiteConfig lastConfig;
    private volatile Site lastSite;
    private final KeptSiteChecks keptChecks = new KeptSiteChecks();
    private final BodyChecks bodyChecks;

    /** @param threads worker threads for the per-page stages, at least 1 */
    public SiteLoader(int threads) {
        this(threads, false);
    }

    private SiteLoader(int threads, boolean caching) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.caching = caching;
        this.parsed = new ParsedFiles(caching);
        this.bodyChecks = new BodyChecks(caching);
    }

    /**
     * A loader for repeated loads of one content dir (the live preview): a page file whose
     * bytes, bundle and site settings are unchanged since the last load is not parsed again,
     * and git history is read once — a file changed after that gets its modification time.
     */
    public static SiteLoader caching(int threads) {
        return new SiteLoader(threads, true);
    }

    /** hub.yaml as last read, with what it was read for. */
    private record ConfigLoad(Path contentDir, Optional<String> baseUrl, Checked<SiteConfig> result) {
    }

    /** Git history as read at {@code readAt}. */
    private record History(Path contentDir, LastModified lastModified, Instant readAt) {
    }

    /**
     * Loads {@code contentDir}.
     *
     * @param baseUrl overrides hub.yaml's baseURL when present
     * @param drafts  whether draft pages are part of the site (they are parsed and checked anyway)
     * @throws IOException when a folder cannot be listed (unreadable files are diagnostics)
     */
    public LoadedSite load(Path contentDir, Optional<String> baseUrl, boolean drafts, BuildProgress progress)
            throws IOException {
        return load(contentDir, baseUrl, drafts, progress, Set.of());
    }

    /**
     * Loads {@code contentDir} again after a change of {@code changed} (absolute paths, as a
     * file watcher reports them; empty when unknown). A caching loader reuses its last scan
     * of the folder tree when every changed path is a file that scan found and still exists,
     * or no longer exists and was never found (an editor's temporary file): then no file
     * was added or removed.
     */
    public LoadedSite load(Path contentDir, Optional<String> baseUrl, boolean drafts, BuildProgress progress,
            Set<Path> changed) throws IOException {
        Checked<SiteConfig> config = config(contentDir, baseUrl, changed);
        if (config.value().isEmpty()) {
            return new LoadedSite(Optional.empty(), config.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(config.diagnostics());
        SiteConfig settings = sameAsLast(config.value().get());
        Scan scanBefore = lastScan;
        Checked<ContentFiles> scanned = scan(contentDir, settings, changed);
        // The watcher named every file that changed and none came or went: the others need
        // not even be looked at. (Lost events make it report the folder, and then a full scan.)
        Set<Path> onlyChanged = scanBefore != null && scanned == scanBefore.result() ? relative(contentDir, changed) : null;
        diagnostics.addAll(scanned.diagnostics());
        ContentFiles files = scanned.value().orElseGet(() -> new ContentFiles(List.of(), List.of()));

        PageReader reader = new PageReader(contentDir);
        Function<Path, Instant> lastmod = lastModified(contentDir);
        PageTransformer transformer = new PageTransformer(markdown, settings.baseUrl());

        List<ParsedFiles.Result<PageTransformer.Transformed>> pages = Parallel.map(threads, files.pages(),
                file -> parsed.page(file, settings, reader, transformer, lastmod, contentDir,
                        onlyChanged), "reading pages", progress);
        List<ParsedFiles.Result<PageTransformer.TransformedIntro>> intros = Parallel.map(threads, files.intros(),
                file -> parsed.intro(file, settings, reader, transformer, onlyChanged), "reading intros", progress);

        List<LoadedPage> included = new ArrayList<>();
        List<LoadedPage> excluded = new ArrayList<>();
        List<PageFile> unreadable = new ArrayList<>();
        List<PageTransformer.Transformed> transformed = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ParsedFiles.Result<PageTransformer.Transformed> result = pages.get(i);
            diagnostics.addAll(result.diagnostics());
            if (result.value().isPresent() && (drafts || !result.value().get().page().meta().draft())) {
                transformed.add(result.value().get());
                included.add(result.loaded().orElseThrow());
            } else if (result.loaded().isPresent()) {
                excluded.add(result.loaded().get());
            } else {
                unreadable.add(files.pages().get(i));
            }
        }
        List<Intro> introList = new ArrayList<>();
        for (ParsedFiles.Result<PageTransformer.TransformedIntro> result : intros) {
            diagnostics.addAll(result.diagnostics());
            result.value().ifPresent(i -> introList.add(i.intro()));
        }
        // The site model is built while the site-wide checks run; with errors it serves only the
        // link check, and may not even be buildable (e.g. two pages in one place).
        List<Page> built = transformed.stream().map(PageTransformer.Transformed::page).toList();
        CompletableFuture<Site> model = CompletableFuture.supplyAsync(() -> site(settings, built, introList, drafts));
        diagnostics.addAll(siteChecks(settings, included, excluded, files.pages().stream().map(PageFile::key).toList()));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            // The links are still checked when the model can be built, so that mending the
            // errors does not reveal a second round of warnings.
            Site partial = model.exceptionally(e -> null).join();
            if (partial != null) {
                BodyChecks.checkWithErrors(partial, transformed, introValues(intros), excluded, unreadable,
                        diagnostics);
            }
            return new LoadedSite(Optional.empty(), diagnostics);
        }

        Site site;
        try {
            site = model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        bodyChecks.check(site, transformed, introValues(intros), excluded, diagnostics);
        return new LoadedSite(Optional.of(site), diagnostics, onlyChanged != null);
    }

    private static List<PageTransformer.TransformedIntro> introValues(
            List<ParsedFiles.Result<PageTransformer.TransformedIntro>> intros) {
        List<PageTransformer.TransformedIntro> values = new ArrayList<>();
        intros.forEach(r -> r.value().ifPresent(values::add));
        return values;
    }

    /** The site-wide checks; a caching loader reuses their answer when it can ({@link KeptSiteChecks}). */
    private List<Diagnostic> siteChecks(SiteConfig settings, List<LoadedPage> included, List<LoadedPage> excluded,
            List<PageKey> discovered) {
        return !caching ? SiteChecks.check(settings, included, excluded, discovered)
                : keptChecks.check(settings, included, excluded, discovered);
    }

    /**
     * The site model of these pages. A caching loader reuses its last model when no page came
     * or went and every new version of a page is at its old address ({@link Site#sameAddress}):
     * the usual save, which changes text, a title, a date or terms, not a URL.
     */
    private Site site(SiteConfig settings, List<Page> pages, List<Intro> intros, boolean drafts) {
        if (!caching) {
            return new Site(settings, pages, intros, drafts);
        }
        Site last = lastSite;
        Site site = last == null ? null : replacing(last, settings, pages, intros, drafts);
        if (site == null) {
            site = new Site(settings, pages, intros, drafts);
        }
        lastSite = site;
        return site;
    }

    /** {@code last} with the changed pages swapped in, or null when that would not be the same site. */
    private static Site replacing(Site last, SiteConfig settings, List<Page> pages, List<Intro> intros,
            boolean drafts) {
        if (last.config() != settings || last.drafts() != drafts || last.pages().size() != pages.size()) {
            return null;
        }
        Map<Path, Page> before = new HashMap<>();
        last.pages().forEach(p -> before.put(p.source().file(), p));
        IdentityHashMap<Page, Page> swap = new IdentityHashMap<>();
        for (Page page : pages) {
            Page old = before.get(page.source().file());
            if (old == null) {
                return null;
            }
            if (old != page) {
                if (!Site.sameAddress(old, page)) {
                    return null;
                }
                swap.put(old, page);
            }
        }
        return last.replacing(swap, intros);
    }

    /**
     * For a caching loader, the settings of the last load when they are equal to these: the
     * per-file cache keys and the preview's comparisons then compare them by identity first.
     */
    private SiteConfig sameAsLast(SiteConfig settings) {
        if (!caching) {
            return settings;
        }
        SiteConfig last = lastConfig;
        if (settings.equals(last)) {
            return last;
        }
        lastConfig = settings;
        return settings;
    }

    /** A scan of the folder tree and the absolute paths of every file it found. */
    private record Scan(Path contentDir, SiteConfig config, Checked<ContentFiles> result, Set<Path> files) {
    }

    /**
     * hub.yaml's settings. A caching loader reads the file again only when a change may have
     * touched it: reading and parsing it is a fair part of a small site's save.
     */
    private Checked<SiteConfig> config(Path contentDir, Optional<String> baseUrl, Set<Path> changed) {
        Path root = contentDir.toAbsolutePath().normalize();
        ConfigLoad last = lastConfigLoad;
        if (last != null && last.contentDir().equals(root) && last.baseUrl().equals(baseUrl)
                && namesOnlyKnownFiles(root, changed)) {
            return last.result();
        }
        Checked<SiteConfig> result = SiteConfigLoader.load(contentDir, baseUrl);
        if (caching) {
            lastConfigLoad = new ConfigLoad(root, baseUrl, result);
        }
        return result;
    }

    /**
     * Whether {@code changed} names only files the last scan found and that are still files,
     * or paths that no longer exist and were never found (an editor's temporary files): then
     * no file came or went, and hub.yaml is as it was.
     */
    private boolean namesOnlyKnownFiles(Path root, Set<Path> changed) {
        Scan last = lastScan;
        Path settings = root.resolve(SiteConfigLoader.FILE);
        return caching && last != null && !changed.isEmpty() && last.contentDir().equals(root)
                && changed.stream().allMatch(p -> !p.equals(settings)
                        && (last.files().contains(p) ? Files.isRegularFile(p) : !Files.exists(p)));
    }

    private Checked<ContentFiles> scan(Path contentDir, SiteConfig config, Set<Path> changed) throws IOException {
        Path root = contentDir.toAbsolutePath().normalize();
        Scan last = lastScan;
        if (namesOnlyKnownFiles(root, changed) && last.config().equals(config)) {
            return last.result();
        }
        Checked<ContentFiles> result = ContentScanner.scan(contentDir, config);
        if (caching) {
            Set<Path> files = new HashSet<>();
            result.value().ifPresent(found -> {
                for (PageFile page : found.pages()) {
                    files.add(root.resolve(page.file()).normalize());
                    page.resources().forEach(r -> files.add(root.resolve(r).normalize()));
                }
                found.intros().forEach(i -> files.add(root.resolve(i.file()).normalize()));
            });
            lastScan = new Scan(root, config, result, Set.copyOf(files));
        }
        return result;
    }

    /** {@code paths} (absolute) relative to {@code contentDir}, as the scan names files. */
    private static Set<Path> relative(Path contentDir, Set<Path> paths) {
        Path root = contentDir.toAbsolutePath().normalize();
        Set<Path> result = new HashSet<>();
        for (Path path : paths) {
            result.add(root.relativize(path.toAbsolutePath().normalize()));
        }
        return result;
    }

    /** The last modification time of each file: git history, read once per load or once per caching loader. */
    private Function<Path, Instant> lastModified(Path contentDir) {
        if (!caching) {
            LastModified read = LastModified.read(contentDir);
            return read::of;
        }
        synchronized (this) {
            if (history == null || !history.contentDir().equals(contentDir)) {
                history = new History(contentDir, LastModified.read(contentDir), Instant.now());
            }
        }
        History known = history;
        return file -> {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                if (modified.isAfter(known.readAt())) {
                    return Instant.ofEpochSecond(modified.getEpochSecond());
                }
            } catch (IOException e) {
                // Unreadable now: the history's answer (or its own error) stands.
            }
            return known.lastModified().of(file);
        };
    }

}
