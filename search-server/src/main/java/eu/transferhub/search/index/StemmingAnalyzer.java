package eu.transferhub.search.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * A language's analysis as Lucene's own analyzer for it builds it (standard tokenizer, lower
 * case, stop words, the language's normalisation), with its stemmer behind a
 * {@link CachedStemFilter}. {@code StemmingAnalyzerTest} checks that the terms are the same.
 */
final class StemmingAnalyzer extends Analyzer {

    private final UnaryOperator<TokenStream> beforeLowerCase;
    private final UnaryOperator<TokenStream> beforeStemming;
    private final UnaryOperator<TokenStream> stemmer;

    /**
     * @param beforeLowerCase filters between the tokenizer and lower-casing (English possessives)
     * @param beforeStemming  filters between lower-casing and the stemmer (stop words, normalisation)
     * @param stemmer         builds the stemming filter over its input
     */
    StemmingAnalyzer(UnaryOperator<TokenStream> beforeLowerCase, UnaryOperator<TokenStream> beforeStemming,
            UnaryOperator<TokenStream> stemmer) {
        this.beforeLowerCase = beforeLowerCase;
        this.beforeStemming = beforeStemming;
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = beforeStemming.apply(new LowerCaseFilter(beforeLowerCase.apply(source)));
        return new TokenStreamComponents(source, new CachedStemFilter(stream, stemmer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
