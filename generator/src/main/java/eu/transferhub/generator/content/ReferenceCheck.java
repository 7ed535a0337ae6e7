package eu.transferhub.generator.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference part of {@link SiteChecks}: whether the bundles a page names (owner city,
 * lead, partners, taxonomy terms) exist. One page at a time against the bundles of a site, so
 * that a caching loader can check again only the pages whose references changed.
 */
public final class ReferenceCheck {

    private final SiteConfig config;
    private final Set<PageKey> bundles;
    private final Set<PageKey> drafts;
    private final Map<String, Set<String>> bundlesBySection = new HashMap<>();

    private ReferenceCheck(SiteConfig config, Set<PageKey> bundles, Set<PageKey> drafts) {
        this.config = config;
        this.bundles = bundles;
        this.drafts = drafts;
        for (PageKey key : bundles) {
            bundlesBySection.computeIfAbsent(key.section(), s -> new TreeSet<>()).add(key.bundle());
        }
    }

    /**
     * The bundles of a site, as {@link SiteChecks#check} takes them.
     *
     * @param excluded   pages read but left out of the build
     * @param discovered the bundle of every Markdown file found, one entry per file. A bundle
     *                   exists unless all its files are drafts left out.
     */
    public static ReferenceCheck of(SiteConfig config, List<LoadedPage> excluded, List<PageKey> discovered) {
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
        return new ReferenceCheck(config, existing, drafts);
    }

    /** Adds the problems of the page's references to {@code diagnostics}. */
    public void check(LoadedPage page, List<Diagnostic> diagnostics) {
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
