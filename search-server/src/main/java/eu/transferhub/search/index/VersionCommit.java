package eu.transferhub.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;

/** The commit that ends the writing of every index version, full or updated. */
final class VersionCommit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VersionCommit() {
    }

    /** Commits with the version's document count, facet labels and schema, which readers take from the commit. */
    static void commit(IndexWriter writer, List<SearchDocument> documents) throws IOException {
        writer.setLiveCommitData(Map.of(
                SearchSchema.USER_DATA_COUNT, Integer.toString(documents.size()),
                SearchSchema.USER_DATA_LABELS, labelsJson(documents),
                SearchSchema.USER_DATA_SCHEMA, SearchSchema.SCHEMA).entrySet());
        writer.commit();
    }

    /** {lang: {value: label}} from every document's labels, sorted so the JSON is stable. */
    private static String labelsJson(List<SearchDocument> documents) {
        // Hash maps while collecting (every document repeats the same few labels), sorted once.
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (SearchDocument document : documents) {
            Map<String, String> ofLanguage = labels.computeIfAbsent(document.lang(), l -> new HashMap<>());
            document.labels().forEach(ofLanguage::putIfAbsent);
        }
        Map<String, Map<String, String>> sorted = new TreeMap<>();
        labels.forEach((lang, ofLanguage) -> sorted.put(lang, new TreeMap<>(ofLanguage)));
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
