package eu.transferhub.search.query;

import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.LanguageAnalyzers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A handful of pages published into a folder and searched as the server does: for ranking and snippet tests. */
final class SmallArchive implements AutoCloseable {

    private final LiveIndex index;
    private final ArchiveSearcher searcher;

    private SmallArchive(LiveIndex index) {
        this.index = index;
        this.searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5));
    }

    static SmallArchive publish(Path root, List<SearchDocument> pages) throws IOException {
        LiveIndex index = new LiveIndex();
        index.switchTo(IndexPublisher.publish(root, pages));
        return new SmallArchive(index);
    }

    /** A page of {@code type} at {@code /<id>/}, with a title and a body and nothing else. */
    static SearchDocument page(String id, String lang, String type, String title, String body) {
        return new SearchDocument(id, "/" + id + "/", lang, type, title, List.of(), "", body, "2026-01-01",
                List.of(), List.of(), List.of(), null, Map.of());
    }

    ArchiveSearcher searcher() {
        return searcher;
    }

    /** A search of every language, ranked for {@code visitorLang} (null: no preference), labels in English. */
    SearchResponse search(String query, String visitorLang) throws IOException {
        return searcher.search(new SearchRequest(query, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 0, 10, visitorLang), "en");
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
