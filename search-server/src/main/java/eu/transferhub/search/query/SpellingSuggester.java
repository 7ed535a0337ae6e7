package eu.transferhub.search.query;

import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.search.TermQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word of a query that found little by a more frequent word of
 * the index within two edits, using the written words of titles and bodies (stems, behind their
 * three-character marker, are always further away), then writes it as a page
 * that has it does ("Timișoara", not "timisoara") in the case the visitor typed. Thread-safe.
 */
final class SpellingSuggester {

    private static final List<String> FIELDS = List.of(TextPart.BODY.field(), TextPart.TITLE.field());
    private static final int MIN_WORD_LENGTH = 3;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final QueryTranslator translator;

    SpellingSuggester(QueryTranslator translator) {
        this.translator = translator;
        checker.setMinQueryLength(MIN_WORD_LENGTH);
    }

    /**
     * The corrected query, or null when no word has a better-known neighbour. The first
     * {@link QueryTranslator#MAX_FUZZY_WORDS} words the index lacks are looked at, the same
     * words that get typo tolerance.
     */
    String suggest(PeopleQuery query, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<PeopleQuery.Clause> typos = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        int lookupsLeft = QueryTranslator.MAX_FUZZY_WORDS;
        for (PeopleQuery.Clause clause : query.clauses()) {
            if (lookupsLeft == 0) {
                break;
            }
            if (clause.kind() != PeopleQuery.Kind.WORD || clause.negated()) {
                continue;
            }
            String term = translator.foldedTerm(clause.text());
            // A word that occurs (perhaps inflected: "przedsiębiorstwami") is not a typo.
            if (term == null || term.length() < MIN_WORD_LENGTH || term.length() > QueryTranslator.FUZZY_MAX_LENGTH
                    || searcher.count(translator.exactly(clause)) > 0) {
                continue;
            }
            lookupsLeft--;
            Suggestion better = better(term, reader);
            if (better != null) {
                typos.add(clause);
                replacements.add(inCaseOf(clause.text(), written(better, searcher)));
            }
        }
        if (typos.isEmpty()) {
            return null;
        }
        // Right to left, so earlier offsets stay valid while replacing.
        StringBuilder corrected = new StringBuilder(query.text());
        for (int i = typos.size() - 1; i >= 0; i--) {
            corrected.replace(typos.get(i).start(), typos.get(i).end(), replacements.get(i));
        }
        return corrected.toString();
    }

    /** A folded word of the index and the field it was found in. */
    private record Suggestion(String folded, String field) {
    }

    private Suggestion better(String term, IndexReader reader) throws IOException {
        for (String field : FIELDS) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, term), 1, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            if (words.length > 0 && !words[0].string.equals(term)) {
                return new Suggestion(words[0].string, field);
            }
        }
        return null;
    }

    /** The suggested word with its accents, as the stored text of one page that has it writes it. */
    private String written(Suggestion suggestion, IndexSearcher searcher) throws IOException {
        return WrittenForm.onPage(searcher, new TermQuery(new Term(suggestion.field(), suggestion.folded())),
                suggestion.field(), translator.folding(), suggestion.folded());
    }

    /** {@code word} in the case pattern of what the visitor typed: "Timsoara" → "Timișoara". */
    static String inCaseOf(String typed, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))
                && !typed.equals(typed.toLowerCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))) {
            int first = lower.codePointAt(0);
            return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                    .append(lower.substring(Character.charCount(first))).toString();
        }
        return lower;
    }
}
