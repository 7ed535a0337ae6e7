package eu.transferhub.search.query;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Passage boundaries for snippets: after a full stop, question or exclamation mark that ends a
 * sentence — one followed by white space or the end of the text — so "Industry 4.0" or
 * "bilbao.eus" stay whole. Cheaper than the JDK's sentence instance, whose rules cost more than the
 * rest of the highlighting. Boundaries are the offset just after the mark, plus the text's
 * start and end. Not thread-safe (one per highlighting call, as UnifiedHighlighter expects).
 */
final class SentenceBreakIterator extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int current;

    @Override
    public int first() {
        current = text.getBeginIndex();
        return current;
    }

    @Override
    public int last() {
        current = text.getEndIndex();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
            result = n > 0 ? next() : previous();
        }
        return result;
    }

    /** The first boundary after {@code offset}, or DONE at the end. */
    @Override
    public int following(int offset) {
        int end = text.getEndIndex();
        if (offset < text.getBeginIndex() || offset > end) {
            throw new IllegalArgumentException("offset " + offset + " outside the text");
        }
        if (offset == end) {
            current = end;
            return DONE;
        }
        for (int i = offset + 1; i < end; i++) {
            if (endsSentenceBefore(i)) {
                current = i;
                return current;
            }
        }
        current = end;
        return current;
    }

    /** The last boundary before {@code offset}, or DONE at the start. */
    @Override
    public int preceding(int offset) {
        int begin = text.getBeginIndex();
        if (offset < begin || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text");
        }
        if (offset == begin) {
            current = begin;
            return DONE;
        }
        for (int i = offset - 1; i > begin; i--) {
            if (endsSentenceBefore(i)) {
                current = i;
                return current;
            }
        }
        current = begin;
        return current;
    }

    /** Whether a sentence ends just before {@code offset}. */
    private boolean endsSentenceBefore(int offset) {
        char mark = text.setIndex(offset - 1);
        if (mark != '.' && mark != '?' && mark != '!') {
            return false;
        }
        char next = text.setIndex(offset);
        return next == CharacterIterator.DONE || Character.isWhitespace(next);
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        current = newText.getBeginIndex();
    }
}
