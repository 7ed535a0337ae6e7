package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A translated query cut down to the terms that can match in a page of one language, for that
 * page's snippet: its own marked stems, the words as typed, and its own stems as written words.
 * The query holds every language's stems, which in another language's page match only by
 * chance ("fab", the Basque stem of "fabrik", in the "Fab Lab" of a Spanish page), and each term
 * costs the highlighter a look-up per page. The query is cut, not only its term list: for a query
 * with phrases, Lucene's highlighter takes the words outside them from the query itself.
 */
final class HighlightQuery {

    private HighlightQuery() {
    }

    /** Whether {@code term} of the query can match in a page of {@code language}. */
    static boolean matches(Term term, Language language, WrittenTerms written) {
        BytesRef bytes = term.bytes();
        boolean marked = bytes.length > 0 && bytes.bytes[bytes.offset] == Language.STEM_MARK;
        return marked ? StringHelper.startsWith(bytes, language.stemPrefixBytes())
                : !written.onlyAnotherLanguagesStem(language, term.text());
    }

    /**
     * {@code query} with only the terms that can match in a page of {@code language}, or null
     * when none can. Prefixes and typo-tolerant words, which reach written words only, stay.
     */
    static Query of(Query query, Language language, WrittenTerms written) {
        return switch (query) {
            case TermQuery term -> matches(term.getTerm(), language, written) ? term : null;
            case SynonymQuery synonyms -> synonyms(synonyms, language, written);
            case PhraseQuery phrase -> Arrays.stream(phrase.getTerms()).allMatch(t -> matches(t, language, written))
                    ? phrase : null;
            case MultiPhraseQuery phrase -> multiPhrase(phrase, language, written);
            case BoostQuery boost -> {
                Query inner = of(boost.getQuery(), language, written);
                yield inner == null ? null : new BoostQuery(inner, boost.getBoost());
            }
            case ConstantScoreQuery constant -> {
                Query inner = of(constant.getQuery(), language, written);
                yield inner == null ? null : new ConstantScoreQuery(inner);
            }
            case DisjunctionMaxQuery max -> {
                List<Query> kept = new ArrayList<>();
                for (Query disjunct : max.getDisjuncts()) {
                    Query inner = of(disjunct, language, written);
                    if (inner != null) {
                        kept.add(inner);
                    }
                }
                yield kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, max.getTieBreakerMultiplier());
            }
            case BooleanQuery bool -> bool(bool, language, written);
            default -> query;
        };
    }

    private static Query synonyms(SynonymQuery synonyms, Language language, WrittenTerms written) {
        List<Term> kept = synonyms.getTerms().stream().filter(t -> matches(t, language, written)).toList();
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == 1) {
            return new TermQuery(kept.getFirst());
        }
        // The weights rank pages, not passages: the highlighter scores passages by its own rules.
        SynonymQuery.Builder builder = new SynonymQuery.Builder(synonyms.getField());
        kept.forEach(builder::addTerm);
        return builder.build();
    }

    private static Query multiPhrase(MultiPhraseQuery phrase, Language language, WrittenTerms written) {
        MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[][] arrays = phrase.getTermArrays();
        int[] positions = phrase.getPositions();
        for (int i = 0; i < arrays.length; i++) {
            Term[] kept = Arrays.stream(arrays[i]).filter(t -> matches(t, language, written)).toArray(Term[]::new);
            if (kept.length == 0) {
                return null;
            }
            builder.add(kept, positions[i]);
        }
        return builder.build();
    }

    private static Query bool(BooleanQuery bool, Language language, WrittenTerms written) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                bool.getMinimumNumberShouldMatch());
        boolean any = false;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = of(clause.query(), language, written);
            if (inner != null) {
                builder.add(inner, clause.occur());
                any |= clause.occur() != BooleanClause.Occur.MUST_NOT;
            }
        }
        return any ? builder.build() : null;
    }
}
