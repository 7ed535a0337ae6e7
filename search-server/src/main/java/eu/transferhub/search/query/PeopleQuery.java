package eu.transferhub.search.query;

import java.util.List;

/**
 * A visitor's query in the people's query language, split into clauses. Parsed by
 * {@link PeopleQueryParser}; there is no nesting, so every query is one flat list.
 *
 * @param text    the query as typed
 * @param clauses the clauses in typing order; at least one is not negated
 */
public record PeopleQuery(String text, List<Clause> clauses) {

    public PeopleQuery {
        clauses = List.copyOf(clauses);
    }

    /** What a clause asks for. */
    public enum Kind {
        /** A plain word: stemmed per language, folded, and typo-tolerant from 5 letters. */
        WORD,
        /** Words that must appear in this order: {@code "digital services"}. */
        PHRASE,
        /** A word beginning: {@code digit*}. */
        PREFIX
    }

    /**
     * One clause.
     *
     * @param kind    word, phrase or prefix
     * @param text    the clause's text without quotes, minus sign or star
     * @param negated true for {@code -word}: pages containing it are excluded
     * @param start   offset of the clause's text in the query (for "did you mean" rewrites)
     * @param end     offset just past the clause's text
     */
    public record Clause(Kind kind, String text, boolean negated, int start, int end) {
    }

    /** The clauses that are not negated. */
    public List<Clause> positive() {
        return clauses.stream().filter(c -> !c.negated()).toList();
    }
}
