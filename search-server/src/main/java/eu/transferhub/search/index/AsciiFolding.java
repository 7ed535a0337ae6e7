package eu.transferhub.search.index;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Lucene's ASCII folding ({@link ASCIIFoldingFilter#foldToASCII}) as a table built once.
 * That method is one switch over a thousand characters, too large for the JIT compiler to
 * compile (HotSpot skips methods over 8,000 bytes), so every call is interpreted; it was a tenth
 * of the indexing time. It maps each char on its own, so a table per char gives the same result.
 */
final class AsciiFolding {

    /** What each char folds to, or null where it stays itself. */
    private static final char[][] FOLDED = table();

    private AsciiFolding() {
    }

    /**
     * Folds {@code input[0, length)} into {@code output} and returns the folded length.
     *
     * @param output at least {@code 4 * length} long, the most one char can fold to
     */
    static int fold(char[] input, int length, char[] output) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = input[i];
            char[] folded = c < 0x80 ? null : FOLDED[c];
            if (folded == null) {
                output[out++] = c;
            } else {
                System.arraycopy(folded, 0, output, out, folded.length);
                out += folded.length;
            }
        }
        return out;
    }

    private static char[][] table() {
        char[][] table = new char[Character.MAX_VALUE + 1][];
        char[] one = new char[1];
        char[] folded = new char[4];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
            if (length != 1 || folded[0] != c) {
                table[c] = java.util.Arrays.copyOf(folded, length);
            }
        }
        return table;
    }
}
