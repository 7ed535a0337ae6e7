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
 * Checks that need the whole site: references between bundles, taxonomy terms, output files
 * claimed twice ({@link UrlCheck}), and translations missing in a required language.
 * Operates on the pages that are part of this build (drafts only with {@code --drafts}) and
 * on those left out for errors of their own.
 */
public final class SiteChecks {

    private SiteChecks() {
    }

    /**
     * The clashes of aliases with plain term pages alone ({@link UrlCheck#termPages}): the part of
     * {@link #check} that a change of references alone can change besides the references.
     */
    public static List<Diagnostic> termPageClashes(SiteConfig config, List<LoadedPage> included,
            List<LoadedPage> excluded) {
        Comparator<LoadedPage> byFile = Comparator.comparing(p -> p.source().file());
        return UrlCheck.termPages(config, present(included.stream().sorted(byFile).toList(), excluded, byFile));
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
        // Pages left out for their errors are checked as the site will be once they are mended:
        // each error is then reported in one run, not one after another.
        List<LoadedPage> present = present(sorted, excluded, byFile);
        UrlCheck.check(config, present, diagnostics);
        diagnostics.addAll(UrlCheck.termPages(config, present));
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
        translations(config, present.stream().filter(p -> !unreadable.contains(p.source().key())).toList(),
                excluded.stream().filter(p -> p.source().meta().draft()).toList(), diagnostics);
        return diagnostics;
    }

    /** The pages of the build and those left out for errors of their own (not drafts), by file. */
    private static List<LoadedPage> present(List<LoadedPage> sortedIncluded, List<LoadedPage> excluded,
            Comparator<LoadedPage> byFile) {
        List<LoadedPage> broken = excluded.stream().filter(p -> !p.source().meta().draft()).toList();
        if (broken.isEmpty()) {
            return sortedIncluded;
        }
        return java.util.stream.Stream.concat(sortedIncluded.stream(), broken.stream()).sorted(byFile).toList();
    }

    /**
     * A warning for each bundle without a file in a required language. A file left out as a
     * draft is named as such; a file left out for its errors counts as there.
     */
    private static void translations(SiteConfig config, List<LoadedPage> pages, List<LoadedPage> drafts,
            List<Diagnostic> diagnostics) {
        if (config.requiredLanguages().isEmpty()) {
            return;
        }
        Map<PageKey, Map<String, Path>> files = new TreeMap<>();
        for (LoadedPage page : pages) {
            files.computeIfAbsent(page.source().key(), k -> new TreeMap<>())
                    .put(page.source().lang(), page.source().file());
        }
        // By key and language, the draft's file name: index.md is the default language's too.
        Map<String, String> draftFiles = new HashMap<>();
        drafts.forEach(d -> draftFiles.put(d.source().key() + "\0" + d.source().lang(),
                d.source().file().getFileName().toString()));
        files.forEach((key, perLang) -> {
            Path first = perLang.getOrDefault(config.defaultLanguage(), perLang.values().iterator().next());
            for (String lang : config.requiredLanguages()) {
                if (!perLang.containsKey(lang)) {
                    String draft = draftFiles.get(key + "\0" + lang);
                    String missing = draft != null ? draft + " is a draft"
                            : "no index." + lang + ".md in this bundle";
                    diagnostics.add(Diagnostic.warning(first, 0, "missing translation: " + missing + " (" + lang
                            + " is a required language)"));
                }
            }
        });
    }
}
