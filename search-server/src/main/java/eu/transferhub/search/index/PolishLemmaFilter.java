package eu.transferhub.search.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each Polish word by its lemmas from the morfologik-polish dictionary. An ambiguous
 * form ("miasta": miasto) yields every distinct lemma at the same position, so a query for any
 * reading matches; a word the dictionary does not know passes through unchanged.
 *
 * <p>Not thread-safe, like every token filter; the analyzer gives each thread its own. The
 * dictionary itself is loaded once by morfologik and shared.
 */
final class PolishLemmaFilter extends TokenFilter {

    /** Enough for real ambiguity; caps the cost of pathological forms. */
    private static final int MAX_LEMMAS = 4;
    /** Forms remembered per filter; word frequencies are skewed, so most lookups hit. */
    private static final int CACHE_SIZE = 50_000;

    private final PolishStemmer stemmer = new PolishStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    // The filter lives as long as its thread's analyzer components, across documents.
    private final Map<String, List<String>> cache = new HashMap<>();
    private State current;

    PolishLemmaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> lemmas = lemmas(term.toString());
        if (lemmas.isEmpty()) {
            return true;
        }
        var iterator = lemmas.iterator();
        term.setEmpty().append(iterator.next());
        iterator.forEachRemaining(pending::add);
        current = pending.isEmpty() ? null : captureState();
        return true;
    }

    /** The distinct lemmas of {@code word}, most likely first; empty when the dictionary lacks it. */
    private List<String> lemmas(String word) {
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (WordData form : stemmer.lookup(word)) {
            if (lemmas.size() == MAX_LEMMAS) {
                break;
            }
            lemmas.add(form.getStem().toString().toLowerCase(Locale.ROOT));
        }
        List<String> result = List.copyOf(lemmas);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(word, result);
        return result;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
