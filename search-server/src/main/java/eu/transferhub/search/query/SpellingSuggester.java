package eu.transferhub.search.query;

import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word of a query that found little by a more frequent word of
 * the index within two edits, using the folded title and body terms (so the suggestion is
 * lower case and without accents). Thread-safe.
 */
final class SpellingSuggester {

    private static final List<String> FIELDS = List.of(TextPart.BODY.foldedField(), TextPart.TITLE.foldedField());
    private static final int MIN_WORD_LENGTH = 3;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final QueryTranslator translator;

    SpellingSuggester(QueryTranslator translator) {
        this.translator = translator;
        checker.setMinQueryLength(MIN_WORD_LENGTH);
    }

    /** The corrected query, or null when no word has a better-known neighbour. */
    String suggest(PeopleQuery query, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        StringBuilder corrected = new StringBuilder(query.text());
        boolean changed = false;
        // Right to left, so earlier offsets stay valid while replacing.
        List<PeopleQuery.Clause> clauses = query.clauses();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            PeopleQuery.Clause clause = clauses.get(i);
            if (clause.kind() != PeopleQuery.Kind.WORD || clause.negated()) {
                continue;
            }
            String term = translator.foldedTerm(clause.text());
            // A word that occurs (perhaps inflected: "przedsiębiorstwami") is not a typo.
            if (term == null || term.length() < MIN_WORD_LENGTH || searcher.count(translator.exactly(clause)) > 0) {
                continue;
            }
            String better = better(term, reader);
            if (better != null) {
                corrected.replace(clause.start(), clause.end(), better);
                changed = true;
            }
        }
        return changed ? corrected.toString() : null;
    }

    private String better(String term, IndexReader reader) throws IOException {
        for (String field : FIELDS) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, term), 1, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            if (words.length > 0 && !words[0].string.equals(term)) {
                return words[0].string;
            }
        }
        return null;
    }
}
