package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link PeopleQuery} into a Lucene query over the text fields, with the stems of every
 * language and the folded words, so one query finds pages in all languages (which the language
 * facet then counts).
 *
 * <p>Each clause becomes a disjunction-max over the parts, weighted by {@link TextPart}; in each
 * part, the stems and the folded word are one {@link SynonymQuery}, scored as one word. A word
 * of five letters or more that the index does not contain as typed also matches words within
 * one edit (two from eight letters), at a much lower weight: typo tolerance.
 * Several clauses are OR-ed, each with a large constant for the pages it matches: pages matching
 * all of them rank first, then those matching all but one, and so on. Thread-safe.
 */
final class QueryTranslator {

    /**
     * Added for each clause a page matches, in queries of several: larger than all clauses' own
     * scores together can reach (at most ten clauses), so a page matching more of the words
     * always ranks above one matching fewer.
     */
    static final float CLAUSE_BONUS = 1_000f;
    /** Words this long or longer also match with typos. */
    static final int FUZZY_MIN_LENGTH = 5;
    /**
     * Longer words get no typo tolerance and no "did you mean": the edit-distance automaton
     * grows with the word (a 160-letter word cost 100 ms, against 2 ms for a search), and no
     * word of the six languages is this long.
     */
    static final int FUZZY_MAX_LENGTH = 32;
    /**
     * At most this many words of one query get typo tolerance, and "did you mean" looks at as
     * many: ten long misspelt words would cost a hundred ordinary searches.
     */
    static final int MAX_FUZZY_WORDS = 3;
    /** A typo match is worth much less than an exact one. */
    private static final float FUZZY_WEIGHT = 0.3f;
    /** Bounds how many index terms one fuzzy word rewrites to. */
    private static final int FUZZY_EXPANSIONS = 10;
    /** Shorter prefixes are searched as words: "a*" would match most of the index. */
    static final int MIN_PREFIX_LENGTH = 2;
    private static final float TIE_BREAKER = 0.1f;
    /**
     * A stem's occurrences count half as much as the word as typed. A page with the typed word
     * has it as written (and, when its stem differs, as a stem as well); a page with another
     * inflection has only the stem: the typed form ranks first.
     */
    private static final float STEM_WEIGHT = 0.5f;

    private final LanguageAnalyzers analyzers;

    QueryTranslator(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The Lucene query; {@link MatchNoDocsQuery} when no clause has searchable text.
     *
     * @param reader the index searched, consulted for typo tolerance: a word that occurs as
     *               typed needs none, and building edit-distance automata is the costliest part
     *               of a query, so only words the index does not contain get them
     */
    Translation translate(PeopleQuery query, IndexReader reader) throws IOException {
        WrittenTerms written = new WrittenTerms();
        List<Query> positive = new ArrayList<>();
        List<Query> negative = new ArrayList<>();
        int fuzzyLeft = MAX_FUZZY_WORDS;
        for (PeopleQuery.Clause clause : query.clauses()) {
            boolean fuzzy = fuzzyLeft > 0 && reader != null && typoTolerant(clause, reader);
            if (fuzzy) {
                fuzzyLeft--;
            }
            Query translated = clause(clause, fuzzy, written);
            if (translated != null) {
                (clause.negated() ? negative : positive).add(translated);
            }
        }
        if (positive.isEmpty()) {
            return new Translation(new MatchNoDocsQuery("no searchable words"), written);
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (positive.size() == 1) {
            top.add(positive.getFirst(), Occur.MUST);
        } else {
            for (Query q : positive) {
                top.add(withBonus(q), Occur.SHOULD);
            }
        }
        negative.forEach(q -> top.add(q, Occur.MUST_NOT));
        return new Translation(top.build(), written);
    }

    /**
     * {@code clause} scoring {@link #CLAUSE_BONUS} more wherever it matches. The bonus comes from
     * an iterator over all documents that only ever steps to the clause's matches, so the clause
     * is evaluated once: a second conjunction of all clauses for "matches every word" cost as
     * much again as the disjunction itself.
     */
    private static Query withBonus(Query clause) {
        return new BooleanQuery.Builder()
                .add(clause, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), CLAUSE_BONUS), Occur.SHOULD)
                .build();
    }

    /** The clause alone, without typo tolerance: does the word itself occur (stemmed or folded)? */
    Query exactly(PeopleQuery.Clause clause) throws IOException {
        Query query = clause(clause, false, new WrittenTerms());
        return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    }

    /**
     * Whether a clause gets typo tolerance: one word, not excluded, {@link #FUZZY_MIN_LENGTH}
     * to {@link #FUZZY_MAX_LENGTH} long, that no title or body contains as typed.
     */
    private boolean typoTolerant(PeopleQuery.Clause clause, IndexReader reader) throws IOException {
        if (clause.kind() != PeopleQuery.Kind.WORD || clause.negated()) {
            return false;
        }
        String word = foldedTerm(clause.text());
        return word != null && word.length() >= FUZZY_MIN_LENGTH && word.length() <= FUZZY_MAX_LENGTH
                && absent(reader, word);
    }

    /**
     * @param fuzzy   whether the clause also matches words within one or two edits
     * @param written where the clause's unmarked terms come from, added to
     */
    private Query clause(PeopleQuery.Clause clause, boolean fuzzy, WrittenTerms written) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        if (clause.kind() == PeopleQuery.Kind.PREFIX) {
            String prefix = normalizeFolded(clause.text());
            if (prefix.length() >= MIN_PREFIX_LENGTH) {
                // Stems start with their marker, so a prefix of letters reaches written words only.
                for (TextPart part : TextPart.values()) {
                    alternatives.add(new BoostQuery(new PrefixQuery(new Term(part.field(), prefix)), part.weight()));
                }
                return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
            }
        }
        // Every language's stems of the text and its folded words: a page matches in its own
        // language's stems or in the words as written.
        Map<String, Float> oneWord = new LinkedHashMap<>();
        Set<List<Token>> phrases = new LinkedHashSet<>();
        for (Language language : Language.all()) {
            List<Token> stems = analyze(analyzers.of(language), clause.text(), language.stemPrefix());
            stems.forEach(token -> token.terms().stream().filter(t -> t.charAt(0) != Language.STEM_MARK)
                    .forEach(t -> written.stem(language, t)));
            collect(stems, STEM_WEIGHT, oneWord, phrases);
        }
        List<Token> folded = analyze(analyzers.folding(), clause.text(), "");
        folded.forEach(token -> token.terms().forEach(written::typed));
        collect(folded, 1f, oneWord, phrases);
        for (TextPart part : TextPart.values()) {
            if (!oneWord.isEmpty()) {
                alternatives.add(new BoostQuery(termsQuery(part.field(), oneWord), part.weight()));
            }
            for (List<Token> phrase : phrases) {
                alternatives.add(new BoostQuery(phraseQuery(part.field(), phrase), part.weight()));
            }
        }
        if (fuzzy) {
            String word = folded.getFirst().term();
            int edits = word.length() >= 8 ? 2 : 1;
            for (TextPart part : List.of(TextPart.TITLE, TextPart.BODY)) {
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(part.field(), word), edits, 1,
                        FUZZY_EXPANSIONS, true), part.weight() * FUZZY_WEIGHT));
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * Single-position analyses join {@code oneWord}'s alternatives, each at the highest weight
     * it is given; longer ones are phrases.
     */
    private static void collect(List<Token> tokens, float weight, Map<String, Float> oneWord,
            Set<List<Token>> phrases) {
        if (tokens.size() == 1) {
            tokens.getFirst().terms().forEach(t -> oneWord.merge(t, weight, Math::max));
        } else if (tokens.size() > 1) {
            phrases.add(tokens);
        }
    }

    /** Whether the folded word occurs in no title and no body. */
    private static boolean absent(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(TextPart.BODY.field(), word)) == 0
                && reader.docFreq(new Term(TextPart.TITLE.field(), word)) == 0;
    }

    /**
     * One term, or several that count as one word (stems of several languages, lemmas), each
     * occurrence counted at its term's weight.
     */
    private static Query termsQuery(String field, Map<String, Float> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.keySet().iterator().next()));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach((t, weight) -> synonyms.addTerm(new Term(field, t), weight));
        return synonyms.build();
    }

    /**
     * A phrase, when the text analyses to several positions ("Bielsko-Biała"). Several terms at
     * one position (a Polish form with two lemmas) are alternatives.
     */
    private static Query phraseQuery(String field, List<Token> tokens) {
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(token.terms().stream().map(t -> new Term(field, t)).toArray(Term[]::new), token.position());
        }
        return phrase.build();
    }

    private String normalizeFolded(String text) {
        BytesRef normalized = analyzers.folding().normalize(TextPart.BODY.field(), text);
        return normalized.utf8ToString();
    }

    /** The folded single term of a word, or null when it does not analyse to exactly one. */
    String foldedTerm(String word) {
        List<Token> tokens = analyze(analyzers.folding(), word, "");
        return tokens.size() == 1 ? tokens.getFirst().term() : null;
    }

    /** The terms at one position of the analysed text. */
    private record Token(List<String> terms, int position) {

        String term() {
            return terms.getFirst();
        }
    }

    /** The analyzer of the index's folded words. */
    Analyzer folding() {
        return analyzers.folding();
    }

    /**
     * The first word of {@code text} whose folded form is {@code foldedTerm}, as the text
     * writes it ("Timișoara" for "timisoara"), or empty when there is none.
     */
    static Optional<String> writtenForm(Analyzer folding, String text, String foldedTerm) {
        try (TokenStream stream = folding.tokenStream(TextPart.BODY.field(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.toString().equals(foldedTerm)) {
                    String written = text.substring(offsets.startOffset(), offsets.endOffset());
                    stream.end();
                    return Optional.of(written);
                }
            }
            stream.end();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param marker put before every term: a language's stem prefix, or "" for folded words. A
     *               marked stem comes with the stem as a written word, which is how the index
     *               holds a stem that is the word itself ({@code SurfaceFormFilter})
     */
    private static List<Token> analyze(Analyzer analyzer, String text, String marker) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                List<String> terms;
                if (!tokens.isEmpty() && tokens.getLast().position() == position) {
                    terms = tokens.getLast().terms();
                } else {
                    terms = new ArrayList<>(2);
                    tokens.add(new Token(terms, position));
                }
                terms.add(marker + term);
                if (!marker.isEmpty()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        return tokens;
    }
}
