package eu.transferhub.generator.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plain text of a page reads as a browser shows it: one space between words, none at the ends. */
class CollapseTest {

    @Test
    void runsOfWhitespaceBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertEquals("AS-Fabrik in Bilbao", PageWalker.collapse("  AS-Fabrik \n\t in\r\n\fBilbao \n"));
    }

    @Test
    void lettersBeyondLatin1AreKept() {
        StringBuilder text = new StringBuilder("Bielsko-Biała  ").append(" \n Timișoara ").append("Łódź\t");
        assertEquals("Bielsko-Biała Timișoara Łódź", PageWalker.collapse(text));
    }

    @Test
    void textWithoutWordsIsEmpty() {
        assertEquals("", PageWalker.collapse(""));
        assertEquals("", PageWalker.collapse(" \n\t "));
    }

    @Test
    void otherCharSequencesToo() {
        assertEquals("a b", PageWalker.collapse(java.nio.CharBuffer.wrap(" a \n b ")));
    }

    @Test
    void aTextWithoutSpacesIsUnchanged() {
        assertEquals("Zorrotzaurre", PageWalker.collapse("Zorrotzaurre"));
    }
}
