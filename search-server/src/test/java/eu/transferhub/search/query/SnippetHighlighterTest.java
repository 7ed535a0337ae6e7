package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.transferhub.search.index.Language;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Which of a query's terms a page's snippet is highlighted with ({@link HighlightQuery}). */
class SnippetHighlighterTest {

    private static final Term ENGLISH = new Term("body", Language.EN.stemPrefix() + "industri");
    private static final Term POLISH = new Term("body", Language.PL.stemPrefix() + "przemysł");
    private static final Term WRITTEN = new Term("body", "industry");

    @Test
    void aPageIsHighlightedWithItsOwnLanguagesStemsAndTheWrittenWords() {
        Query query = synonyms(ENGLISH, POLISH, WRITTEN);
        WrittenTerms origins = new WrittenTerms();
        origins.typed("industry");

        assertEquals(Set.of(POLISH, WRITTEN), terms(HighlightQuery.of(query, Language.PL, origins)));
        assertEquals(Set.of(ENGLISH, WRITTEN), terms(HighlightQuery.of(query, Language.EN, origins)));
        assertEquals(Set.of(WRITTEN), terms(HighlightQuery.of(query, Language.ES, origins)));
    }

    @Test
    void aStemLookedUpAsAWrittenWordCountsOnlyInItsOwnLanguagesPages() {
        // "fabrik": the Basque stem is "fab", looked up marked and as the word "fab" (a Basque
        // page holds a stem that is its word unmarked); Spanish leaves "fabrik" as it is.
        Term typed = new Term("body", "fabrik");
        Term basqueMarked = new Term("body", Language.EU.stemPrefix() + "fab");
        Term basqueWord = new Term("body", "fab");
        Query query = synonyms(typed, basqueMarked, basqueWord);
        WrittenTerms origins = new WrittenTerms();
        origins.typed("fabrik");
        origins.stem(Language.ES, "fabrik");
        origins.stem(Language.EU, "fab");

        assertEquals(Set.of(typed, basqueMarked, basqueWord), terms(HighlightQuery.of(query, Language.EU, origins)));
        assertEquals(Set.of(typed), terms(HighlightQuery.of(query, Language.ES, origins)));

        // Typed, "fab" is a word of every page.
        origins.typed("fab");
        assertEquals(Set.of(typed, basqueWord), terms(HighlightQuery.of(query, Language.ES, origins)));
    }

    @Test
    void aPhraseWithAPositionNoTermOfWhichCanMatchIsDroppedAndTheRestStays() {
        MultiPhraseQuery phrase = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term("body", "bielsko")}, 0)
                .add(new Term[] {ENGLISH}, 1)
                .build();
        Query query = new BooleanQuery.Builder()
                .add(phrase, Occur.SHOULD)
                .add(new TermQuery(POLISH), Occur.SHOULD)
                .add(new TermQuery(WRITTEN), Occur.MUST_NOT)
                .build();
        WrittenTerms origins = new WrittenTerms();

        assertEquals(Set.of(new Term("body", "bielsko"), ENGLISH, WRITTEN),
                terms(HighlightQuery.of(query, Language.EN, origins)));
        assertEquals(Set.of(POLISH, WRITTEN), terms(HighlightQuery.of(query, Language.PL, origins)));
        assertNull(HighlightQuery.of(query, Language.ES, origins), "only an excluded word is left: nothing to mark");
    }

    private static Query synonyms(Term... terms) {
        SynonymQuery.Builder builder = new SynonymQuery.Builder("body");
        for (Term term : terms) {
            builder.addTerm(term, 0.5f);
        }
        return builder.build();
    }

    /** Every term in the query, excluded ones too. */
    private static Set<Term> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                terms.addAll(Set.of(found));
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
