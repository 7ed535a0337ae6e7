package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {

    private static final String TEXT = "Industry 4.0 came to Bilbao. See bilbao.eus! Why? End";

    private static BreakIterator over(String text) {
        BreakIterator iterator = new SentenceBreakIterator();
        iterator.setText(new StringCharacterIterator(text));
        return iterator;
    }

    @Test
    void breaksOnlyAfterMarksThatEndASentence() {
        BreakIterator iterator = over(TEXT);
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(iterator.first());
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            boundaries.add(b);
        }

        assertEquals(List.of(0, 28, 44, 49, TEXT.length()), boundaries);
        assertEquals("Industry 4.0 came to Bilbao.", TEXT.substring(0, 28));
        assertEquals(" See bilbao.eus!", TEXT.substring(28, 44));
    }

    @Test
    void precedingAndFollowingFindTheSentenceAroundAnOffset() {
        BreakIterator iterator = over(TEXT);
        int inFourPointZero = TEXT.indexOf("4.0") + 1;

        assertEquals(0, iterator.preceding(inFourPointZero));
        assertEquals(28, iterator.following(inFourPointZero));
        assertEquals(28, iterator.preceding(30));
        assertEquals(BreakIterator.DONE, iterator.preceding(0));
        assertEquals(BreakIterator.DONE, iterator.following(TEXT.length()));
        assertEquals(TEXT.length(), iterator.following(50));
    }
}
