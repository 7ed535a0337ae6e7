package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many pages each paginated list of a site has, counted as {@link ListPages} and
 * {@link TermPages} split them: section lists, taxonomy indexes and term pages. What the link
 * check needs to tell a link to {@code /en/articles/page/3/} that exists from one that does not.
 */
public final class ListPageCounts {

    private final Map<String, Integer> pages;

    private ListPageCounts(Map<String, Integer> pages) {
        this.pages = pages;
    }

    public static ListPageCounts of(Site site) {
        SiteConfig config = site.config();
        int size = config.pageSize();
        Map<String, Integer> pages = new HashMap<>();
        TermIndex terms = TermIndex.build(site);
        for (Language language : config.languages()) {
            String lang = language.code();
            for (PageType type : ListPages.listedSections(config)) {
                pages.put(ListPages.listUrl(lang, type.section()),
                        Paginator.split(site.section(type, lang), size).size());
            }
            for (String taxonomy : config.taxonomies()) {
                List<TermIndex.TermPage> termPages = terms.pages(taxonomy, site.terms(taxonomy), lang);
                pages.put(ListPages.listUrl(lang, taxonomy), Paginator.split(termPages, size).size());
                for (TermIndex.TermPage term : termPages) {
                    pages.put(term.url(), Paginator.split(Cards.byGroup(term.referencing()), size).size());
                }
            }
        }
        return new ListPageCounts(Map.copyOf(pages));
    }

    /** The number of pages of the list at {@code listUrl} ({@code /en/articles/}), 0 when there is no such list. */
    public int pages(String listUrl) {
        return pages.getOrDefault(listUrl, 0);
    }
}
