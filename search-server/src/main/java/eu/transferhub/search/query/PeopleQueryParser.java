package eu.transferhub.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query language visitors use: plain words, {@code "exact phrases"},
 * {@code -exclusion} and {@code prefix*}. Any other character is just text: there are no
 * operators, fields or parentheses, so no input is a syntax error. An unclosed quote runs to
 * the end; a lone {@code -}, {@code +} or {@code *} is ignored, so a query of only those is
 * refused like a query of no words. A colon separates words, as a space does: people who
 * type {@code title:industry} from other search tools mean the words, and the tokenizer
 * would otherwise keep "title:industry" as one word that no page has.
 *
 * <p>The limits bound the cost before anything runs: at most {@link #MAX_LENGTH} characters and
 * {@link #MAX_CLAUSES} clauses. Thread-safe (stateless).
 */
public final class PeopleQueryParser {

    /** Longest query accepted, in characters. */
    public static final int MAX_LENGTH = 500;
    /** Most words, phrases and prefixes in one query (each expands to one clause per field). */
    public static final int MAX_CLAUSES = 10;

    /**
     * @throws InvalidQueryException (param {@code q}) when the query is blank, too long, has too
     *                               many clauses, or only excludes
     */
    public PeopleQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("q", "Type something to search for.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("q", "The search is too long: at most " + MAX_LENGTH
                    + " characters, this one has " + text.length() + ".");
        }
        List<PeopleQuery.Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (separates(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if ((c == '-' || c == '+') && i + 1 < n && !separates(text.charAt(i + 1))) {
                negated = c == '-';
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                String phrase = text.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    int start = text.indexOf(phrase, i + 1);
                    clauses.add(new PeopleQuery.Clause(PeopleQuery.Kind.PHRASE, phrase, negated,
                            start, start + phrase.length()));
                }
                i = close < 0 ? n : close + 1;
                continue;
            }
            int start = i;
            while (i < n && !separates(text.charAt(i)) && text.charAt(i) != '"') {
                i++;
            }
            String word = text.substring(start, i);
            int stars = 0;
            while (stars < word.length() && word.charAt(word.length() - 1 - stars) == '*') {
                stars++;
            }
            String stem = word.substring(0, word.length() - stars);
            if (stem.isEmpty() || stem.equals("-") || stem.equals("+")) {
                continue; // a sign with no word after it
            }
            PeopleQuery.Kind kind = stars > 0 ? PeopleQuery.Kind.PREFIX : PeopleQuery.Kind.WORD;
            clauses.add(new PeopleQuery.Clause(kind, stem, negated, start, start + stem.length()));
        }
        if (clauses.size() > MAX_CLAUSES) {
            throw new InvalidQueryException("q", "The search has too many words: at most " + MAX_CLAUSES
                    + " words or phrases, this one has " + clauses.size() + ".");
        }
        if (clauses.stream().allMatch(PeopleQuery.Clause::negated)) {
            throw new InvalidQueryException("q", clauses.isEmpty()
                    ? "Type a word to search for."
                    : "Add a word to search for: a search cannot only exclude words.");
        }
        return new PeopleQuery(text, clauses);
    }

    /** Between words, outside quotes. */
    private static boolean separates(char c) {
        return Character.isWhitespace(c) || c == ':';
    }
}
