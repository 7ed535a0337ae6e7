package eu.transferhub.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage's distinct terms), without the
 * {@code BytesRefHash} that {@link PassageScorer#score} builds for every passage it scores: each
 * one allocates a 32 KB block, a quarter of everything an uncached search allocated. A passage
 * has a handful of matches, so its distinct terms are found by comparing them in a loop; they are
 * summed in the order they first occur, as the hash's ids are, so the score is the same float.
 * Thread-safe.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int at = 0;
            while (at < count && !distinct[at].bytesEquals(terms[i])) {
                at++;
            }
            if (at == count) {
                distinct[count] = terms[i];
                freqInDoc[count] = freqsInDoc[i];
                count++;
            }
            freqInPassage[at]++;
        }
        double score = 0d;
        for (int i = 0; i < count; i++) {
            score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
