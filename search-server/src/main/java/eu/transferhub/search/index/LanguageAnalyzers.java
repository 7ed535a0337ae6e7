package eu.transferhub.search.index;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * One analyzer per language plus the folding analyzer, and the per-field wrapper the index
 * writer uses. Thread-safe; build one and share it, since each analyzer caches its token
 * streams per thread and the Polish dictionary is costly to open.
 */
public final class LanguageAnalyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer folding = new FoldingAnalyzer();
    private final Analyzer perField;

    public LanguageAnalyzers() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language language : Language.all()) {
            Analyzer analyzer = language.newAnalyzer();
            byLanguage.put(language, analyzer);
            for (TextPart part : TextPart.values()) {
                fields.put(part.field(language), analyzer);
            }
        }
        perField = new PerFieldAnalyzerWrapper(folding, fields);
    }

    /** The stemming (or lemmatising) analyzer of {@code language}. */
    public Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    /** The language-neutral analyzer of the {@code *.folded} fields. */
    public Analyzer folding() {
        return folding;
    }

    /** Picks the analyzer by field name: {@code body.pl} → Polish, anything else → folding. */
    public Analyzer perField() {
        return perField;
    }
}
