package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

    private static final String[] WORDS = {"tartu", "industry", "\u0001enindustri", "bilbao", "timisoara", "city"};

    /** The same float as Lucene's own scorer, for passages with repeated and distinct terms. */
    @Test
    void scoresEveryPassageExactlyAsLucenesDefaultScorer() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int length = 1 + random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                int at = start + random.nextInt(length);
                // A fresh BytesRef for each match, as the highlighter may hand over: equal bytes, not the same object.
                BytesRef term = new BytesRef(WORDS[random.nextInt(WORDS.length)]);
                passage.addMatch(at, Math.min(start + length, at + 3), term, 1 + random.nextInt(30));
            }
            int contentLength = start + length + random.nextInt(10_000);

            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(lean.score(passage, contentLength)), passage.toString());
        }
    }
}
