package eu.transferhub.generator.content;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The terms of each taxonomy: every term a page uses, and every bundle of the taxonomy's own
 * section (a city with a profile but no practice yet still has its term page).
 */
final class SiteTerms {

    private SiteTerms() {
    }

    /**
     * The terms after {@code swap}: the base's, with the new versions' terms added and the old
     * versions' terms that no page has any more removed. Only a removed term makes it look at
     * every page, and then for that term alone.
     */
    static Map<String, List<String>> updated(Map<String, List<String>> base,
            IdentityHashMap<Page, Page> swap, List<Page> pages) {
        Map<String, List<String>> result = new TreeMap<>();
        base.forEach((taxonomy, before) -> {
            Set<String> added = new HashSet<>();
            Set<String> dropped = new HashSet<>();
            swap.forEach((old, now) -> {
                added.addAll(now.meta().terms(taxonomy));
                dropped.addAll(old.meta().terms(taxonomy));
            });
            dropped.removeAll(added);
            Set<String> terms = new TreeSet<>(before);
            terms.addAll(added);
            for (String term : dropped) {
                if (pages.stream().noneMatch(p -> p.meta().terms(taxonomy).contains(term)
                        || p.key().section().equals(taxonomy) && p.key().bundle().equals(term))) {
                    terms.remove(term);
                }
            }
            result.put(taxonomy, List.copyOf(terms));
        });
        return Map.copyOf(result);
    }

    /** The terms of each of the config's taxonomies among {@code pages}, sorted. */
    static Map<String, List<String>> of(SiteConfig config, List<Page> pages) {
        Map<String, List<String>> result = new TreeMap<>();
        for (String taxonomy : config.taxonomies()) {
            Set<String> terms = new TreeSet<>();
            for (Page page : pages) {
                terms.addAll(page.meta().terms(taxonomy));
                if (page.key().section().equals(taxonomy)) {
                    terms.add(page.key().bundle());
                }
            }
            result.put(taxonomy, List.copyOf(terms));
        }
        return Map.copyOf(result);
    }
}
