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
 * @param listShapes       by output path, the shape of each list-like output, for the next
 *                         {@link SiteRenderer#renderChanged} (opaque values, compared with equals)
 */
public record RenderResult(List<SearchDocument> searchDocuments, int files, Map<String, Integer> pagesPerLanguage,
        Map<String, Object> listShapes) {
    public RenderResult {
        searchDocuments = List.copyOf(searchDocuments);
        pagesPerLanguage = Map.copyOf(pagesPerLanguage);
        listShapes = Map.copyOf(listShapes);
    }
}
