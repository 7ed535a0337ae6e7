package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The URLs the sitemap lists: home pages, the first page of every list and taxonomy index,
 * every content page and every plain term page, each with its language versions. Search
 * and 404 pages (noindex), later list pages and aliases are left out.
 */
final class SitemapEntries {

    private SitemapEntries() {
    }

    /**
     * @param unchanged content pages whose element in the last sitemap is still right (a
     *                  preview rebuild's unaffected pages that {@code sitemap} knows)
     */
    static Sitemap.Entries collect(RenderContext context, SinglePages singles, ListPages lists,
            Predicate<Page> unchanged) {
        List<Sitemap.Entry> entries = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, String> homes = new LinkedHashMap<>();
        context.languages().forEach(l -> homes.put(l, Chrome.homeUrl(l)));
        homes.values().forEach(url -> entries.add(new Sitemap.Entry(url, Optional.empty(), homes)));
        List<String> sections = new ArrayList<>();
        lists.listedSections().stream().map(PageType::section).forEach(sections::add);
        sections.addAll(context.config().taxonomies());
        for (String section : sections) {
            Map<String, String> versions = new LinkedHashMap<>();
            context.languages().forEach(l -> versions.put(l, ListPages.listUrl(l, section)));
            versions.values().forEach(url -> entries.add(new Sitemap.Entry(url, Optional.empty(), versions)));
        }
        for (Page page : context.site().pages()) {
            if (unchanged.test(page)) {
                kept.add(page.url());
            } else {
                entries.add(new Sitemap.Entry(page.url(), RenderContext.updatedInstant(page), singles.versions(page)));
            }
        }
        for (String taxonomy : context.config().taxonomies()) {
            for (String term : context.site().terms(taxonomy)) {
                List<TermIndex.TermPage> translations = context.terms().translations(taxonomy, term);
                Map<String, String> versions = new LinkedHashMap<>();
                translations.forEach(t -> versions.put(t.lang(), t.url()));
                for (TermIndex.TermPage page : translations) {
                    if (page.profile().isEmpty()) {
                        entries.add(new Sitemap.Entry(page.url(), Optional.empty(), versions));
                    }
                }
            }
        }
        return new Sitemap.Entries(entries, kept);
    }
}
