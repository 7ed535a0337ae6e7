package eu.transferhub.search.query;

import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.LanguageAnalyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A handful of pages published into a folder of their own and searched as the server does, for
 * ranking and snippet tests:
 * {@code @RegisterExtension static final SmallArchive ARCHIVE = new SmallArchive(List.of(page(…), …));}
 */
final class SmallArchive implements BeforeAllCallback, AfterAllCallback {

    private final List<SearchDocument> pages;
    private Path root;
    private LiveIndex index;
    private ArchiveSearcher searcher;

    SmallArchive(List<SearchDocument> pages) {
        this.pages = List.copyOf(pages);
    }

    /** A page of {@code type} at {@code /<id>/}, with a title and a body and nothing else. */
    static SearchDocument page(String id, String lang, String type, String title, String body) {
        return new SearchDocument(id, "/" + id + "/", lang, type, title, List.of(), "", body, "2026-01-01",
                List.of(), List.of(), List.of(), null, Map.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("small-archive-");
        index = new LiveIndex();
        index.switchTo(IndexPublisher.publish(root, pages));
        searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    ArchiveSearcher searcher() {
        return searcher;
    }

    /** A search of every language, ranked for {@code visitorLang} (null: no preference), labels in English. */
    SearchResponse search(String query, String visitorLang) throws IOException {
        return searcher.search(new SearchRequest(query, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                SearchRequest.Sort.RELEVANCE, 0, 10, visitorLang), "en");
    }
}
