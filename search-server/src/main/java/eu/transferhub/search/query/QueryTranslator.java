package eu.transferhub.search.query;

import eu.transferhub.search.index.Language;
import eu.transferhub.search.index.LanguageAnalyzers;
import eu.transferhub.search.index.TextPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link PeopleQuery} into a Lucene query over every language's fields and the folded
 * fields, so one query finds pages in all languages (which the language facet then counts).
 *
 * <p>Each clause becomes a disjunction-max over the fields, weighted by {@link TextPart}. A word
 * of five letters or more that the index does not contain as typed also matches words within
 * one edit (two from eight letters), at a much lower weight: typo tolerance.
 * Several clauses are OR-ed, plus a large constant for pages that match all of them: those rank
 * first, and pages matching only some still appear after them. Thread-safe.
 */
final class QueryTranslator {

    /** Added to pages matching every clause; larger than any clause's own score can reach. */
    static final float ALL_CLAUSES_BONUS = 1_000f;
    /** Words this long or longer also match with typos. */
    static final int FUZZY_MIN_LENGTH = 5;
    /** A typo match is worth much less than an exact one. */
    private static final float FUZZY_WEIGHT = 0.3f;
    /** Bounds how many index terms one fuzzy word rewrites to. */
    private static final int FUZZY_EXPANSIONS = 10;
    /** Shorter prefixes are searched as words: "a*" would match most of the index. */
    static final int MIN_PREFIX_LENGTH = 2;
    private static final float TIE_BREAKER = 0.1f;

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
    Query translate(PeopleQuery query, IndexReader reader) throws IOException {
        List<Query> positive = new ArrayList<>();
        List<Query> negative = new ArrayList<>();
        for (PeopleQuery.Clause clause : query.clauses()) {
            Query translated = clause(clause, reader);
            if (translated != null) {
                (clause.negated() ? negative : positive).add(translated);
            }
        }
        if (positive.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (positive.size() == 1) {
            top.add(positive.getFirst(), Occur.MUST);
        } else {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (Query q : positive) {
                top.add(q, Occur.SHOULD);
                all.add(q, Occur.FILTER);
            }
            top.add(new BoostQuery(new ConstantScoreQuery(all.build()), ALL_CLAUSES_BONUS), Occur.SHOULD);
        }
        negative.forEach(q -> top.add(q, Occur.MUST_NOT));
        return top.build();
    }

    /** The clause alone, without typo tolerance: does the word itself occur (stemmed or folded)? */
    Query exactly(PeopleQuery.Clause clause) throws IOException {
        Query query = clause(clause, null);
        return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    }

    /** @param reader the index, to decide on typo tolerance; null for none */
    private Query clause(PeopleQuery.Clause clause, IndexReader reader) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        if (clause.kind() == PeopleQuery.Kind.PREFIX) {
            String prefix = normalizeFolded(clause.text());
            if (prefix.length() >= MIN_PREFIX_LENGTH) {
                for (TextPart part : TextPart.values()) {
                    alternatives.add(new BoostQuery(new PrefixQuery(new Term(part.foldedField(), prefix)),
                            part.weight()));
                }
                return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
            }
        }
        for (Language language : Language.all()) {
            addTextQueries(alternatives, analyze(analyzers.of(language), clause.text()), part -> part.field(language));
        }
        List<Token> folded = analyze(analyzers.folding(), clause.text());
        addTextQueries(alternatives, folded, TextPart::foldedField);
        if (reader != null && clause.kind() == PeopleQuery.Kind.WORD && !clause.negated() && folded.size() == 1
                && folded.getFirst().term().length() >= FUZZY_MIN_LENGTH && absent(reader, folded.getFirst().term())) {
            String word = folded.getFirst().term();
            int edits = word.length() >= 8 ? 2 : 1;
            for (TextPart part : List.of(TextPart.TITLE, TextPart.BODY)) {
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(part.foldedField(), word), edits, 1,
                        FUZZY_EXPANSIONS, true), part.weight() * FUZZY_WEIGHT));
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** Whether the folded word occurs in no title and no body. */
    private static boolean absent(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(TextPart.BODY.foldedField(), word)) == 0
                && reader.docFreq(new Term(TextPart.TITLE.foldedField(), word)) == 0;
    }

    private static void addTextQueries(List<Query> into, List<Token> tokens, Function<TextPart, String> field) {
        if (tokens.isEmpty()) {
            return;
        }
        for (TextPart part : TextPart.values()) {
            into.add(new BoostQuery(textQuery(field.apply(part), tokens), part.weight()));
        }
    }

    /**
     * One term, or a phrase when the text analyses to several positions ("Bielsko-Biała").
     * Several terms at one position (a Polish form with two lemmas) are synonyms.
     */
    private static Query textQuery(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            Token token = tokens.getFirst();
            if (token.terms().size() == 1) {
                return new TermQuery(new Term(field, token.terms().getFirst()));
            }
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            token.terms().forEach(t -> synonyms.addTerm(new Term(field, t)));
            return synonyms.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(token.terms().stream().map(t -> new Term(field, t)).toArray(Term[]::new), token.position());
        }
        return phrase.build();
    }

    private String normalizeFolded(String text) {
        BytesRef normalized = analyzers.folding().normalize(TextPart.BODY.foldedField(), text);
        return normalized.utf8ToString();
    }

    /** The folded single term of a word, or null when it does not analyse to exactly one. */
    String foldedTerm(String word) {
        List<Token> tokens = analyze(analyzers.folding(), word);
        return tokens.size() == 1 ? tokens.getFirst().term() : null;
    }

    /** The terms at one position of the analysed text. */
    private record Token(List<String> terms, int position) {

        String term() {
            return terms.getFirst();
        }
    }

    /**
     * The first word of {@code text} whose folded form is {@code foldedTerm}, as the text
     * writes it ("Timișoara" for "timisoara"), or empty when there is none.
     */
    Optional<String> writtenForm(String text, String foldedTerm) {
        try (TokenStream stream = analyzers.folding().tokenStream(TextPart.BODY.foldedField(), text)) {
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

    private static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (!tokens.isEmpty() && tokens.getLast().position() == position) {
                    tokens.getLast().terms().add(term.toString());
                } else {
                    List<String> terms = new ArrayList<>(1);
                    terms.add(term.toString());
                    tokens.add(new Token(terms, position));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        return tokens;
    }
}
