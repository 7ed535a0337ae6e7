package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import eu.transferhub.search.Fixtures;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.LanguageAnalyzers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    @Test
    void aRepeatedSearchReusesItsResponseUntilTheVersionChanges(@TempDir Path root) throws Exception {
        try (LiveIndex index = new LiveIndex()) {
            index.switchTo(Fixtures.publishFixture(root));
            ArchiveSearcher searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5), 16);

            SearchResponse first = searcher.search(SearchRequest.of("tartu", null));
            SearchResponse again = searcher.search(SearchRequest.of("tartu", null));
            assertEquals(1, first.total());
            assertSame(first.hits(), again.hits());

            List<SearchDocument> withoutTartu = Fixtures.documents().stream()
                    .filter(d -> !d.id().equals("et/cities/tartu")).toList();
            index.switchTo(IndexPublisher.publish(root, withoutTartu));

            assertEquals(0, searcher.search(SearchRequest.of("tartu", null)).total());
        }
    }

    @Test
    void theLabelLanguageIsPartOfTheKey(@TempDir Path root) throws Exception {
        try (LiveIndex index = new LiveIndex()) {
            index.switchTo(Fixtures.publishFixture(root));
            ArchiveSearcher searcher = new ArchiveSearcher(index, new LanguageAnalyzers(), Duration.ofSeconds(5), 16);

            String english = searcher.search(SearchRequest.of("bilbao", null), "en").facets().get("type").getFirst().label();
            String spanish = searcher.search(SearchRequest.of("bilbao", null), "es").facets().get("type").getFirst().label();

            assertEquals("Good practice", english);
            assertEquals("Buena práctica", spanish);
        }
    }

    @Test
    void repeatedSuggestionsAreReusedUntilTheVersionChanges(@TempDir Path root) throws Exception {
        try (LiveIndex index = new LiveIndex()) {
            index.switchTo(Fixtures.publishFixture(root));
            Autocomplete autocomplete = new Autocomplete(index, new LanguageAnalyzers(), 16);

            Suggestions first = autocomplete.suggest("Tart", null);
            assertTrue(first.pages().stream().anyMatch(p -> p.url().equals("/et/cities/tartu/")), first.toString());
            assertSame(first, autocomplete.suggest("Tart", null));
            assertNotSame(first, autocomplete.suggest("Tart", "et"), "the language is part of the key");

            List<SearchDocument> withoutTartu = Fixtures.documents().stream()
                    .filter(d -> !d.id().equals("et/cities/tartu")).toList();
            index.switchTo(IndexPublisher.publish(root, withoutTartu));

            assertFalse(autocomplete.suggest("Tart", null).pages().stream()
                    .anyMatch(p -> p.url().equals("/et/cities/tartu/")));
        }
    }
}
