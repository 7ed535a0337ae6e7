package eu.transferhub.search.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;

/**
 * Display names of facet values in each language, collected from the documents' {@code labels}
 * maps when the version was built (stored in its commit). Immutable and thread-safe.
 */
public final class FacetLabels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, String>> byLanguage;

    private FacetLabels(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The labels stored in the commit {@code reader} was opened on. */
    public static FacetLabels of(DirectoryReader reader) throws IOException {
        String json = reader.getIndexCommit().getUserData().get(SearchSchema.USER_DATA_LABELS);
        if (json == null) {
            return new FacetLabels(Map.of());
        }
        Map<String, Map<String, String>> parsed = JSON.readValue(json, new TypeReference<>() {
        });
        return new FacetLabels(Map.copyOf(parsed));
    }

    /**
     * The label of {@code value} in {@code dimension} for a visitor reading {@code lang}: the
     * language's autonym for the language facet, the year itself for years, else the label the
     * documents of that language give, else the English one, else any, else the value itself.
     *
     * @param lang the searched language, or null when searching all languages (English labels)
     */
    public String label(FacetDimension dimension, String value, String lang) {
        return switch (dimension) {
            case LANG -> Language.byCode(value).map(Language::autonym).orElse(value);
            case YEAR -> value;
            default -> lookup(value, lang == null ? Language.EN.code() : lang);
        };
    }

    private String lookup(String value, String lang) {
        String label = byLanguage.getOrDefault(lang, Map.of()).get(value);
        if (label == null) {
            label = byLanguage.getOrDefault(Language.EN.code(), Map.of()).get(value);
        }
        if (label == null) {
            label = byLanguage.values().stream().map(m -> m.get(value)).filter(l -> l != null)
                    .sorted().findFirst().orElse(value);
        }
        return label;
    }
}
