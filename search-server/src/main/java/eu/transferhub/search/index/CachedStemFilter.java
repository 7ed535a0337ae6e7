package eu.transferhub.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Runs a one-stem-per-word stemmer through a cache of the words it has already stemmed. Text
 * repeats its words, and the Snowball stemmers cost far more per word than a lookup: they were
 * a fifth of the indexing time.
 *
 * <p>The stemmer is built over a one-token stream that shares this filter's attributes, so it
 * stems the current token in place when asked. A filter belongs to one thread (analyzers reuse
 * token streams per thread), and so does its cache, which is cleared when it fills.
 */
final class CachedStemFilter extends TokenFilter {

    /** Distinct words kept; a page has a few hundred, the archive some hundred thousand. */
    static final int MAX_ENTRIES = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final TokenStream stemmer;
    private boolean fed;

    /** @param stemmer builds the stemming filter over the stream it is given */
    CachedStemFilter(TokenStream input, UnaryOperator<TokenStream> stemmer) {
        super(input);
        this.stemmer = stemmer.apply(new TokenStream(this) {
            @Override
            public boolean incrementToken() {
                boolean current = fed;
                fed = false;
                return current;
            }
        });
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] cached = stems.get(term.buffer(), 0, term.length());
        if (cached != null) {
            term.copyBuffer(cached, 0, cached.length);
            return true;
        }
        if (stems.size() >= MAX_ENTRIES) {
            stems.clear();
        }
        char[] word = Arrays.copyOf(term.buffer(), term.length());
        fed = true;
        stemmer.incrementToken();
        stems.put(word, Arrays.copyOf(term.buffer(), term.length()));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        // Resets the stemmer's own state, if it has any; its input (the one-token stream) has none.
        // Its end() is never called: that would reset the shared offset and position attributes.
        stemmer.reset();
        fed = false;
    }
}
