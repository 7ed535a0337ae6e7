package eu.transferhub.generator.render;

import eu.transferhub.search.document.SearchDocument;
import java.util.List;
import java.util.Map;

/**
 * What a render produced.
 *
 * @param searchDocuments  one per content page, sorted by id
 * @param files            every file written or copied
 * @param pagesPerLanguage content pages rendered, by language code (every site language present)
 * @param listFamilies     by {@link ListFamily#id()}, what each list family showed, for the next
 *                         {@link SiteRenderer#renderChanged}
 * @param sitemap          the sitemap's elements, for the next {@link SiteRenderer#renderChanged}
 */
public record RenderResult(List<SearchDocument> searchDocuments, int files, Map<String, Integer> pagesPerLanguage,
        Map<String, ListFamily.Rendered> listFamilies, Sitemap.Written sitemap) {
    public RenderResult {
        searchDocuments = List.copyOf(searchDocuments);
        pagesPerLanguage = Map.copyOf(pagesPerLanguage);
        listFamilies = Map.copyOf(listFamilies);
    }
}
