package eu.transferhub.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Turns a language analyzer's stream into the tokens of one text field: each stem marked with
 * its language ({@link Language#stemPrefix()}), and at the same position the word as written,
 * lower-cased and ASCII-folded ("timisoara" for "Timișoara"). Where the stem is the written word
 * itself ("plan" in English), only the word is indexed: the query looks for a stem both marked
 * and as a written word, and a second term at the same position would only double the postings
 * of most words. Stop words, which the language analysis drops, come back as folded words at
 * the positions they left empty, so a phrase or a title prefix with "of" or "de" in it still
 * matches.
 *
 * <p>This replaces a second, language-neutral copy of every text: the text is tokenized once
 * and indexed into one field, and the written words are read back from the offsets into it.
 * Stems and words cannot collide: the marker starts with a control character no word has.
 */
final class SurfaceFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Supplier<String> source;
    private final char[] marker;
    /** The text being analysed, from {@link #source} at each reset. */
    private String text;

    /** Where the last position's word ended: the start of the gap stop words may have left. */
    private int lastEnd;
    private boolean surfacePending;
    private boolean exhausted;
    /** Start and end offsets of the dropped words to emit before the held token. */
    private int[] gaps = new int[8];
    private int gapCount;
    private int gapNext;
    /** A stem waiting until the dropped words before it have been emitted. */
    private boolean held;
    private char[] heldTerm = new char[32];
    private int heldLength;
    private int heldStart;
    private int heldEnd;
    /** Whether the held token is a marked stem, which its written word follows. */
    private boolean heldHasWord;
    /** The written word of the last stem, emitted after it when the two differ. */
    private char[] word = new char[32];
    private int wordLength;
    private char[] lower = new char[32];

    /**
     * @param input the language analyzer's stream; its offsets must point into the text (no char
     *              filters)
     * @param text  the text {@code input} analyses, asked for at each {@link #reset()}
     */
    SurfaceFormFilter(TokenStream input, Supplier<String> text, Language language) {
        super(input);
        this.source = text;
        this.marker = language.stemPrefix().toCharArray();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (gapNext < gapCount) {
            emitWord(gaps[2 * gapNext], gaps[2 * gapNext + 1], 1);
            gapNext++;
            return true;
        }
        if (held) {
            held = false;
            clearAttributes();
            term.copyBuffer(heldTerm, 0, heldLength);
            offset.setOffset(heldStart, heldEnd);
            increment.setPositionIncrement(1);
            surfacePending = heldHasWord;
            return true;
        }
        if (surfacePending) {
            // The attributes still hold the stem just emitted: same offsets, same position.
            surfacePending = false;
            increment.setPositionIncrement(0);
            term.copyBuffer(word, 0, wordLength);
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (!input.incrementToken()) {
            exhausted = true;
            if (collectGaps(lastEnd, text.length(), -1)) {
                return incrementToken();
            }
            return false;
        }
        int positions = increment.getPositionIncrement();
        if (positions == 0) {
            // Another lemma of the word just emitted: its written form is already there.
            mark();
            return true;
        }
        int start = offset.startOffset();
        int end = offset.endOffset();
        wordLength = fold(start, end, word = ArrayUtil.grow(word, 4 * (end - start)));
        boolean hasWord = !stemIsWord();
        if (hasWord) {
            mark();
        }
        if (positions > 1 && collectGaps(lastEnd, start, positions - 1)) {
            hold(start, end);
            heldHasWord = hasWord;
            lastEnd = end;
            return incrementToken();
        }
        lastEnd = Math.max(lastEnd, end);
        surfacePending = hasWord;
        return true;
    }

    /** Whether the (unmarked) stem in the term attribute is the written word. */
    private boolean stemIsWord() {
        return term.length() == wordLength
                && Arrays.equals(term.buffer(), 0, wordLength, word, 0, wordLength);
    }

    /** Prefixes the stem in the term attribute with the language marker. */
    private void mark() {
        int length = term.length();
        char[] buffer = term.resizeBuffer(length + marker.length);
        System.arraycopy(buffer, 0, buffer, marker.length, length);
        System.arraycopy(marker, 0, buffer, 0, marker.length);
        term.setLength(length + marker.length);
    }

    private void hold(int start, int end) {
        heldLength = term.length();
        heldTerm = ArrayUtil.grow(heldTerm, heldLength);
        System.arraycopy(term.buffer(), 0, heldTerm, 0, heldLength);
        heldStart = start;
        heldEnd = end;
        held = true;
    }

    /** Emits {@code text[start, end)} lower-cased and folded: a stop word put back. */
    private void emitWord(int start, int end, int positionIncrement) {
        clearAttributes();
        offset.setOffset(start, end);
        increment.setPositionIncrement(positionIncrement);
        term.setLength(fold(start, end, term.resizeBuffer(4 * (end - start))));
    }

    /**
     * Writes {@code text[start, end)} lower-cased and folded into {@code into}, which holds at
     * least four chars per char of the text (folding's bound, as in ASCIIFoldingFilter).
     *
     * @return the folded length
     */
    private int fold(int start, int end, char[] into) {
        int length = end - start;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            if (c >= 0x80) {
                lower = ArrayUtil.grow(lower, length);
                text.getChars(start, end, lower, 0);
                CharacterUtils.toLowerCase(lower, 0, length);
                return AsciiFolding.fold(lower, length, into);
            }
            into[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return length;
    }

    /**
     * Queues the words of {@code text[from, to)}: runs of letters and digits. With {@code expected}
     * not negative, queues nothing unless there are exactly that many (the gap is then not just
     * dropped stop words, and positions would shift).
     *
     * @return whether words were queued
     */
    private boolean collectGaps(int from, int to, int expected) {
        gapCount = 0;
        gapNext = 0;
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < to && isWordChar(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            gaps = ArrayUtil.grow(gaps, 2 * gapCount + 2);
            gaps[2 * gapCount] = start;
            gaps[2 * gapCount + 1] = i;
            gapCount++;
        }
        if (expected >= 0 && gapCount != expected) {
            gapCount = 0;
        }
        return gapCount > 0;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = source.get();
        lastEnd = 0;
        surfacePending = false;
        exhausted = false;
        held = false;
        gapCount = 0;
        gapNext = 0;
    }
}
