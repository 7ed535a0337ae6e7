package eu.transferhub.search.index;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * One analyzer per language plus the folding analyzer. Thread-safe; build one and share it,
 * since each analyzer caches its token streams per thread and the Polish dictionary is costly
 * to open.
 *
 * <p>A text field holds, at each position, the page language's stem marked with
 * {@link Language#stemPrefix()} and the word as written, folded ({@link SurfaceFormFilter}).
 * Queries are analysed the same way: {@link #of} for the stems, {@link #folding} for the words.
 */
public final class LanguageAnalyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> indexed = new EnumMap<>(Language.class);
    private final Analyzer folding = new FoldingAnalyzer();

    public LanguageAnalyzers() {
        for (Language language : Language.all()) {
            Analyzer analyzer = language.newAnalyzer();
            byLanguage.put(language, analyzer);
            indexed.put(language, new IndexedTextAnalyzer(analyzer, language));
        }
    }

    /** The stemming (or lemmatising) analyzer of {@code language}; its terms are not yet marked. */
    public Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    /** The language-neutral analyzer: the written words as a text field holds them. */
    public Analyzer folding() {
        return folding;
    }

    /**
     * Text analysed as a text field holds it for a page in {@code language}: for the highlighter,
     * which re-analyses stored text when a query has prefixes or typos in it.
     */
    public Analyzer indexed(Language language) {
        return indexed.get(language);
    }

    /**
     * The tokens a text field indexes for {@code text} written in {@code language}: marked stems
     * and folded words. The stream is the analyzer's per-thread one: consume it before asking for
     * the next.
     */
    TokenStream indexTokens(Language language, String field, String text) {
        return new SurfaceFormFilter(of(language).tokenStream(field, text), () -> text, language);
    }
}
