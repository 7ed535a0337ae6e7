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
import java.util.TreeSet;

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
        Comparator<LoadedPage> byFile = Comparator.comparing(p -> p.source().file().toString());
        List<LoadedPage> sorted = included.stream().sorted(byFile).toList();
        List<LoadedPage> all = java.util.stream.Stream.concat(included.stream(), excluded.stream())
                .sorted(byFile).toList();
        Map<PageKey, Integer> files = new HashMap<>();
        discovered.forEach(key -> files.merge(key, 1, Integer::sum));
        Map<PageKey, Integer> draftFiles = new HashMap<>();
        excluded.stream().filter(p -> p.source().meta().draft())
                .forEach(p -> draftFiles.merge(p.source().key(), 1, Integer::sum));
        Set<PageKey> drafts = new HashSet<>();
        draftFiles.forEach((key, count) -> {
            if (count.equals(files.get(key))) {
                drafts.add(key);
            }
        });
        Set<PageKey> existing = new HashSet<>(files.keySet());
        existing.removeAll(drafts);
        List<Diagnostic> diagnostics = new ArrayList<>();
        references(config, all, existing, drafts, diagnostics);
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

    private static void references(SiteConfig config, List<LoadedPage> pages, Set<PageKey> bundles,
            Set<PageKey> drafts, List<Diagnostic> diagnostics) {
        Map<String, Set<String>> bundlesBySection = new HashMap<>();
        for (PageKey key : bundles) {
            bundlesBySection.computeIfAbsent(key.section(), s -> new TreeSet<>()).add(key.bundle());
        }
        for (LoadedPage page : pages) {
            Path file = page.source().file();
            for (Reference reference : page.references()) {
                if (bundles.contains(reference.target())) {
                    continue;
                }
                String section = reference.target().section();
                String bundle = reference.target().bundle();
                if (drafts.contains(reference.target())) {
                    if (reference.required()) {
                        diagnostics.add(Diagnostic.error(file, reference.line(), reference.field() + ": the city '"
                                + bundle + "' is a draft (build with --drafts, or publish it)"));
                    }
                } else if (reference.required()) {
                    String hint = ClosestName.to(bundle, bundlesBySection.getOrDefault(section, Set.of()))
                            .map(s -> " — did you mean '" + s + "'?")
                            .orElse(" (there is no " + section + "/" + bundle + "/ bundle)");
                    diagnostics.add(Diagnostic.error(file, reference.line(), reference.field()
                            + ": unknown city '" + bundle + "'" + hint));
                } else if (config.taxonomies().contains(reference.field())) {
                    diagnostics.add(Diagnostic.warning(file, reference.line(), reference.field() + ": '"
                            + bundle + "' has no profile page (" + section + "/" + bundle
                            + "/); it gets a plain term page"));
                }
            }
        }
    }

    /** Pages, aliases and the generated list pages must not share a URL. */
    private static void urls(SiteConfig config, List<LoadedPage> pages, List<Diagnostic> diagnostics) {
        Map<String, String> owners = new HashMap<>();
        for (Language language : config.languages()) {
            String lang = language.code();
            owners.put("/" + lang + "/", "the " + lang + " home page");
            owners.put("/" + lang + "/search/", "the " + lang + " search page");
            for (PageType type : PageType.values()) {
                if (type != PageType.PAGE) {
                    owners.put("/" + lang + "/" + type.section() + "/", "the " + lang + " " + type.section()
                            + " list page");
                }
            }
        }
        for (LoadedPage page : pages) {
            String file = page.source().file().toString().replace('\\', '/');
            String previous = owners.putIfAbsent(page.url(), file + ":" + page.urlLine());
            if (previous != null) {
                diagnostics.add(Diagnostic.error(page.source().file(), page.urlLine(), "URL " + page.url()
                        + " is also the URL of " + previous));
            }
        }
        for (LoadedPage page : pages) {
            String file = page.source().file().toString().replace('\\', '/');
            for (Alias alias : page.aliases()) {
                String previous = owners.putIfAbsent(alias.path(), file + " (alias)");
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(page.source().file(), alias.line(), "alias " + alias.path()
                            + " is also the URL of " + previous));
                }
            }
        }
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
