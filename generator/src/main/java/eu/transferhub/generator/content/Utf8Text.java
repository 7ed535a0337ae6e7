package eu.transferhub.generator.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A content file's bytes as text, strictly UTF-8: a file saved in Latin-1 or Windows-1250
 * would otherwise turn into mojibake silently. The problem names the line of the first byte
 * that is not UTF-8, so an editor finds the "é" their editor saved wrongly.
 */
final class Utf8Text {

    /** The text, or where it stops being UTF-8. Exactly one of {@code text} and {@code problem} is set. */
    record Decoded(String text, int line, String problem) {
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
        // The lenient decoder is the JDK's fast path and marks every malformed byte with U+FFFD:
        // text without one was valid. Only a file with U+FFFD in it is decoded again, strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, 0, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return new Decoded(text, 0, null); // U+FFFD written as such, in valid UTF-8
        }
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new Decoded(null, line, String.format("not valid UTF-8: byte 0x%02X cannot start or continue a"
                + " character here (save the file as UTF-8)", bytes[at] & 0xFF));
    }
}
