package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks that need the whole site: references between bundles, taxonomy terms, URLs claimed
 * twice, and translations missing in a required language. Operates on the pages that are
 * part of this build (drafts only with {@code --drafts}).
 */
public final class SiteChecks {

    private SiteChecks() {
    }

    /** Every site-wide problem of a site whose pages are all part of the build. */
    public static List<Diagnostic> check(SiteConfig config, List<LoadedPage> pages) {
        return check(config, pages, List.of(), pages.stream().map(p -> p.source().key()).toList());
    }

    /**
     * Every site-wide problem, in no particular order (the build sorts them).
     *
     * @param included   the pages of this build
     * @param excluded   pages read but left out: drafts (without {@code --drafts}) and pages with
     *                   errors of their own; their references are checked too
     * @param discovered the bundle of every Markdown file found, one entry per file (also
     *                   files that could not be read). A bundle exists unless all its files
     *                   are drafts left out: a broken file's own errors say what is wrong with it.
     */
    public static List<Diagnostic> check(SiteConfig config, List<LoadedPage> included, List<LoadedPage> excluded,
            List<PageKey> discovered) {
        // Paths compare without building their strings: this runs on every preview save of a large site.
        Comparator<LoadedPage> byFile = Comparator.comparing(p -> p.source().file());
        List<LoadedPage> sorted = included.stream().sorted(byFile).toList();
        List<LoadedPage> all = java.util.stream.Stream.concat(included.stream(), excluded.stream()).toList();
        Map<PageKey, Integer> files = new HashMap<>();
        discovered.forEach(key -> files.merge(key, 1, Integer::sum));
        List<Diagnostic> diagnostics = new ArrayList<>();
        ReferenceCheck references = ReferenceCheck.of(config, excluded, discovered);
        for (LoadedPage page : all) {
            references.check(page, diagnostics);
        }
        urls(config, sorted, diagnostics);
        // A bundle with a file that could not be read at all: that file's own error says what is
        // wrong, and "missing translation" for it would only mislead.
        Map<PageKey, Integer> read = new HashMap<>();
        all.forEach(p -> read.merge(p.source().key(), 1, Integer::sum));
        Set<PageKey> unreadable = new HashSet<>();
        files.forEach((key, count) -> {
            if (count > read.getOrDefault(key, 0)) {
                unreadable.add(key);
            }
        });
        translations(config, sorted.stream().filter(p -> !unreadable.contains(p.source().key())).toList(), diagnostics);
        return diagnostics;
    }

    /** Pages, aliases and the generated list pages must not share a URL. */
    private static void urls(SiteConfig config, List<LoadedPage> pages, List<Diagnostic> diagnostics) {
        // What claimed a URL first: a generated page's name, or a page (named only for a clash,
        // not for each of thousands of pages).
        Map<String, Object> claimed = new HashMap<>();
        for (Language language : config.languages()) {
            String lang = language.code();
            claimed.put("/" + lang + "/", "the " + lang + " home page");
            claimed.put("/" + lang + "/search/", "the " + lang + " search page");
            for (PageType type : PageType.values()) {
                if (type != PageType.PAGE) {
                    claimed.put("/" + lang + "/" + type.section() + "/", "the " + lang + " " + type.section()
                            + " list page");
                }
            }
        }
        for (LoadedPage page : pages) {
            Object previous = claimed.putIfAbsent(page.url(), page);
            if (previous != null) {
                diagnostics.add(Diagnostic.error(page.source().file(), page.urlLine(), "URL " + page.url()
                        + " is also the URL of " + owner(previous)));
            }
        }
        for (LoadedPage page : pages) {
            for (Alias alias : page.aliases()) {
                Object previous = claimed.putIfAbsent(alias.path(), new AliasOf(page));
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(page.source().file(), alias.line(), "alias " + alias.path()
                            + " is also the URL of " + owner(previous)));
                }
            }
        }
    }

    /** A page claiming a URL through one of its aliases. */
    private record AliasOf(LoadedPage page) {
    }

    /** How a clash names what claimed the URL first: a generated page, {@code file:line}, or {@code file (alias)}. */
    private static String owner(Object claimant) {
        return switch (claimant) {
            case LoadedPage page -> slashed(page) + ":" + page.urlLine();
            case AliasOf alias -> slashed(alias.page()) + " (alias)";
            default -> claimant.toString();
        };
    }

    private static String slashed(LoadedPage page) {
        return page.source().file().toString().replace('\\', '/');
    }

    private static void translations(SiteConfig config, List<LoadedPage> pages, List<Diagnostic> diagnostics) {
        if (config.requiredLanguages().isEmpty()) {
            return;
        }
        Map<PageKey, Map<String, Path>> files = new TreeMap<>();
        for (LoadedPage page : pages) {
            files.computeIfAbsent(page.source().key(), k -> new TreeMap<>())
                    .put(page.source().lang(), page.source().file());
        }
        files.forEach((key, perLang) -> {
            Path first = perLang.getOrDefault(config.defaultLanguage(), perLang.values().iterator().next());
            for (String lang : config.requiredLanguages()) {
                if (!perLang.containsKey(lang)) {
                    diagnostics.add(Diagnostic.warning(first, 0, "missing translation: no index." + lang
                            + ".md in this bundle (" + lang + " is a required language)"));
                }
            }
        });
    }
}
