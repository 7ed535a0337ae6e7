package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * What a text field indexes: marked stems and folded written words, position by position; a
 * stem that is the written word only as the word.
 */
class SurfaceFormFilterTest {

    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    @Test
    void eachPositionHasTheMarkedStemAndTheFoldedWord() throws IOException {
        assertEquals(List.of("^entimișoara 0-9 @0", "timisoara 0-9 @0", "^enindustri 10-20 @1", "industries 10-20 @1"),
                tokens(Language.EN, "Timișoara industries"));
    }

    @Test
    void stopWordsComeBackAsWordsAtThePositionsTheyLeft() throws IOException {
        // "of" and "the" are English stop words: no stem, but the written word at its position.
        assertEquals(List.of("^enciti 0-4 @0", "city 0-4 @0", "of 5-7 @1", "the 8-11 @2", "^enarch 12-18 @3",
                "arches 12-18 @3", "in 19-21 @4"), tokens(Language.EN, "City of the Arches in"));
    }

    @Test
    void aWordWithTwoLemmasHasItsWrittenFormOnce() throws IOException {
        assertEquals(List.of("^plusługa 0-8 @0", "uslugami 0-8 @0", "^plusługi 0-8 @0"),
                tokens(Language.PL, "usługami"));
    }

    @Test
    void punctuationBetweenWordsIsNoGap() throws IOException {
        assertEquals(List.of("bielsko 0-7 @0", "^plbielski 0-7 @0", "^plbiała 8-13 @1",
                "biala 8-13 @1", "^plbiały 8-13 @1", "w 15-16 @2", "polsce 17-23 @3"),
                tokens(Language.PL, "Bielsko-Biała, w Polsce"));
    }

    @Test
    void aStemThatIsTheWrittenWordIsIndexedOnceAsTheWord() throws IOException {
        // "plan" stems to itself; "plans" does not; "Plan" is the same word lower-cased.
        assertEquals(List.of("plan 0-4 @0", "^enplan 5-10 @1", "plans 5-10 @1", "plan 11-15 @2"),
                tokens(Language.EN, "plan plans Plan"));
    }

    @Test
    void aStemWithDiacriticsIsKeptBesideItsFoldedWord() throws IOException {
        // The folded word differs from the stem, so the stem is no duplicate.
        assertEquals(List.of("^entimișoara 0-9 @0", "timisoara 0-9 @0"), tokens(Language.EN, "Timișoara"));
    }

    @Test
    void aStemAfterPutBackStopWordsKeepsItsWordOnlyWhenTheyDiffer() throws IOException {
        assertEquals(List.of("plan 0-4 @0", "of 5-7 @1", "the 8-11 @2", "citi 12-16 @3", "and 17-20 @4",
                "^enciti 21-27 @5", "cities 21-27 @5"), tokens(Language.EN, "plan of the citi and cities"));
    }

    private static List<String> tokens(Language language, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZERS.indexTokens(language, "body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString().replace('\u0001', '^') + " " + offset.startOffset() + "-"
                        + offset.endOffset() + " @" + position);
            }
            stream.end();
        }
        return tokens;
    }
}
