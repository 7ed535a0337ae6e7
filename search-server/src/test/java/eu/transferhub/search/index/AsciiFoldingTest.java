package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class AsciiFoldingTest {

    @Test
    void everyCharFoldsAsLucenesFilterFoldsIt() {
        char[] one = new char[1];
        char[] expected = new char[4];
        char[] actual = new char[4];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            int expectedLength = ASCIIFoldingFilter.foldToASCII(one, 0, expected, 0, 1);
            int actualLength = AsciiFolding.fold(one, 1, actual);
            assertEquals(new String(expected, 0, expectedLength), new String(actual, 0, actualLength),
                    "char U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aWordFoldsCharByChar() {
        char[] word = "ŞtiinţăĲsselmeerÆrø".toCharArray();
        char[] out = new char[4 * word.length];
        assertEquals("StiintaIJsselmeerAEro", new String(out, 0, AsciiFolding.fold(word, word.length, out)));
    }
}
