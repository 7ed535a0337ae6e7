package eu.transferhub.generator.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The references between bundles that make relations two-way: a good practice names its city,
 * so the city's page lists the practice.
 */
final class References {

    private References() {
    }

    /** Who refers to whom, across all languages. */
    static Map<PageKey, List<Page>> of(List<Page> pages) {
        Map<PageKey, List<Page>> result = new HashMap<>();
        for (Page page : pages) {
            for (PageKey target : targets(page)) {
                result.computeIfAbsent(target, t -> new ArrayList<>()).add(page);
            }
        }
        return result;
    }

    /** The bundles a page refers to: its terms, and a network's lead, partners and meeting cities. */
    static Set<PageKey> targets(Page page) {
        Set<PageKey> targets = new LinkedHashSet<>();
        for (String city : page.meta().terms("cities")) {
            targets.add(new PageKey(PageType.CITY.section(), city));
        }
        for (String network : page.meta().networks()) {
            targets.add(new PageKey(PageType.NETWORK.section(), network));
        }
        for (String theme : page.meta().themes()) {
            targets.add(new PageKey(PageType.THEME.section(), theme));
        }
        if (page.meta().details() instanceof NetworkDetails network) {
            network.lead().ifPresent(c -> targets.add(new PageKey(PageType.CITY.section(), c)));
            network.partners().forEach(c -> targets.add(new PageKey(PageType.CITY.section(), c)));
            network.meetings().forEach(m -> targets.add(new PageKey(PageType.CITY.section(), m.city())));
        }
        targets.remove(page.key());
        return targets;
    }
}
