package eu.transferhub.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Polish analysis: standard tokenizer, lower case, a short stop list, then every word replaced
 * by its dictionary lemmas ({@link PolishLemmaFilter}), so "przedsiębiorstwa" and
 * "przedsiębiorstwami" both become "przedsiębiorstwo". Lucene's own stempel and morfologik
 * modules are not on the class path, hence this small analyzer over morfologik-polish.
 */
final class MorfologikPolishAnalyzer extends Analyzer {

    // The most frequent function words; the dictionary would lemmatise them to themselves and
    // they would only dilute scores.
    private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            java.util.List.of("a", "aby", "ale", "bez", "bo", "by", "być", "czy", "dla", "do", "i",
                    "ich", "iż", "jak", "jest", "jego", "jej", "już", "lub", "na", "nad", "nie",
                    "o", "od", "oraz", "po", "pod", "przez", "przy", "się", "są", "ta", "tak",
                    "te", "to", "tym", "u", "w", "we", "z", "za", "ze", "że"),
            false));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PolishLemmaFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
