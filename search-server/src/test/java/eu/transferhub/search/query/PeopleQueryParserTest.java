package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleQueryParserTest {

    private final PeopleQueryParser parser = new PeopleQueryParser();

    /** Clauses written compactly: WORD:x, PHRASE:x y, PREFIX:x, a leading ! for negated. */
    private String parsed(String query) {
        return parser.parse(query).clauses().stream()
                .map(c -> (c.negated() ? "!" : "") + c.kind() + ":" + c.text())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "[{0}] parses as [{1}]")
    @CsvSource(delimiter = ';', value = {
        "digital services; WORD:digital | WORD:services",
        "  spaced   out  ; WORD:spaced | WORD:out",
        "\"digital services\" Bilbao; PHRASE:digital services | WORD:Bilbao",
        "industry -city; WORD:industry | !WORD:city",
        "-\"western Romania\" city; !PHRASE:western Romania | WORD:city",
        "digit*; PREFIX:digit",
        "digit***; PREFIX:digit",
        "+required word; WORD:required | WORD:word",
        "\"unclosed phrase; PHRASE:unclosed phrase",
        "a \"\" b; WORD:a | WORD:b",
        "- * + lone marks -*; WORD:lone | WORD:marks",
        "title:foo AND (bar OR baz~2)^3; WORD:title | WORD:foo | WORD:AND | WORD:(bar | WORD:OR | WORD:baz~2)^3",
        "title:industry; WORD:title | WORD:industry",
        "-site:example.org city; !WORD:site | WORD:example.org | WORD:city",
        "\"re:invent\" summit; PHRASE:re:invent | WORD:summit",
        "Bielsko-Biała; WORD:Bielsko-Biała",
        "a-b -c; WORD:a-b | !WORD:c",
    })
    void parsesThePeoplesQueryLanguage(String query, String expected) {
        assertEquals(expected, parsed(query));
    }

    @Test
    void clauseOffsetsPointIntoTheQuery() {
        PeopleQuery query = parser.parse("one \"two three\" -four five*");

        assertEquals(List.of("one", "two three", "four", "five"),
                query.clauses().stream().map(c -> query.text().substring(c.start(), c.end())).toList());
    }

    @Test
    void luceneSyntaxIsNeverAnError() {
        for (String hostile : List.of("\\", "[", "{to}", "a:", "((((((", "AND", "\"", "*:*", "/regex/", "~", "^", "!")) {
            // Each parses into plain clauses or is refused with a message, never with a parse exception.
            try {
                parser.parse(hostile);
            } catch (InvalidQueryException e) {
                assertEquals("q", e.param());
            }
        }
        assertEquals("WORD:\\", parsed("\\"));
        assertEquals("Type a word to search for.",
                assertThrows(InvalidQueryException.class, () -> parser.parse("*:*")).getMessage());
    }

    @Test
    void aBlankQueryIsRefused() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> parser.parse("   "));
        assertEquals("q", error.param());
        assertEquals("Type something to search for.", error.getMessage());
    }

    @Test
    void onlyStarsAndSignsIsRefused() {
        for (String marks : List.of("** ***", "-", "- +", "-*")) {
            InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> parser.parse(marks));
            assertEquals("Type a word to search for.", error.getMessage(), marks);
        }
    }

    @Test
    void aQueryThatOnlyExcludesIsRefused() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> parser.parse("-city -\"x y\""));
        assertEquals("Add a word to search for: a search cannot only exclude words.", error.getMessage());
    }

    @Test
    void anOverlongQueryIsRefused() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class, () -> parser.parse("a".repeat(501)));
        assertEquals("The search is too long: at most 500 characters, this one has 501.", error.getMessage());
        assertEquals(1, parser.parse("a".repeat(500)).clauses().size());
    }

    @Test
    void tooManyClausesAreRefused() {
        assertEquals(10, parser.parse("a b c d e f g h i j").clauses().size());
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> parser.parse("a b c d e f g h i j k"));
        assertEquals("The search has too many words: at most 10 words or phrases, this one has 11.",
                error.getMessage());
    }
}
