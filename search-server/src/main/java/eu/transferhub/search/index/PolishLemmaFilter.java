package eu.transferhub.search.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private final PolishStemmer stemmer = new PolishStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
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
        List<WordData> forms = stemmer.lookup(term);
        if (forms.isEmpty()) {
            return true;
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (WordData form : forms) {
            if (lemmas.size() == MAX_LEMMAS) {
                break;
            }
            lemmas.add(form.getStem().toString().toLowerCase(Locale.ROOT));
        }
        var iterator = lemmas.iterator();
        term.setEmpty().append(iterator.next());
        iterator.forEachRemaining(pending::add);
        current = pending.isEmpty() ? null : captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
