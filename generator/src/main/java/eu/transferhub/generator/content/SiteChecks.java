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

    /** Every site-wide problem, in no particular order (the build sorts them). */
    public static List<Diagnostic> check(SiteConfig config, List<LoadedPage> pages) {
        List<LoadedPage> sorted = pages.stream()
                .sorted(Comparator.comparing(p -> p.source().file().toString())).toList();
        List<Diagnostic> diagnostics = new ArrayList<>();
        references(config, sorted, diagnostics);
        urls(config, sorted, diagnostics);
        translations(config, sorted, diagnostics);
        return diagnostics;
    }

    private static void references(SiteConfig config, List<LoadedPage> pages, List<Diagnostic> diagnostics) {
        Set<PageKey> bundles = new HashSet<>();
        Map<String, Set<String>> bundlesBySection = new HashMap<>();
        for (LoadedPage page : pages) {
            bundles.add(page.source().key());
            bundlesBySection.computeIfAbsent(page.source().key().section(), s -> new TreeSet<>())
                    .add(page.source().key().bundle());
        }
        for (LoadedPage page : pages) {
            Path file = page.source().file();
            for (Reference reference : page.references()) {
                if (bundles.contains(reference.target())) {
                    continue;
                }
                String section = reference.target().section();
                String bundle = reference.target().bundle();
                if (reference.required()) {
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
            String previous = owners.putIfAbsent(page.url(), file);
            if (previous != null) {
                diagnostics.add(Diagnostic.error(page.source().file(), 0, "URL " + page.url()
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
