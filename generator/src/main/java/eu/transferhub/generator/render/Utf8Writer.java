package eu.transferhub.generator.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * An unsynchronised {@link Writer} that encodes to UTF-8 as it is written, for a page that is
 * wanted as bytes. A StringBuilder holds a page in two bytes per char as soon as one letter is
 * outside Latin-1 (ł, ș), and the page was then copied into a string and encoded again: a
 * sixth of a large site's rendering. Bytes are those of {@code String.getBytes(UTF_8)}: a lone
 * surrogate becomes {@code ?}, a pair split across two writes is joined.
 */
final class Utf8Writer extends Writer {

    /** Chars copied out of a string per step, so the encoding loop runs over an array. */
    private static final int CHUNK = 2048;

    private final char[] chars = new char[CHUNK];
    private byte[] bytes;
    private int size;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(String text, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(end - at, CHUNK);
            text.getChars(at, at + n, chars, 0);
            encode(chars, 0, n);
            at += n;
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] text, int offset, int length) {
        encode(text, offset, length);
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public Writer append(CharSequence text) {
        write(String.valueOf(text));
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            byte[] all = Arrays.copyOf(bytes, size + 1);
            all[size] = '?';
            return all;
        }
        return Arrays.copyOf(bytes, size);
    }

    private void encode(char[] text, int offset, int length) {
        if (size + 3L * length + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.max(2L * bytes.length, size + 3L * length + 4));
        }
        byte[] out = bytes;
        int n = size;
        int i = offset;
        int end = offset + length;
        if (pendingHigh != 0 && i < end) {
            if (Character.isLowSurrogate(text[i])) {
                n = putCodePoint(out, n, Character.toCodePoint(pendingHigh, text[i]));
                i++;
            } else {
                out[n++] = '?';
            }
            pendingHigh = 0;
        }
        for (; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                n = putCodePoint(out, n, Character.toCodePoint(c, text[++i]));
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c;
            } else {
                out[n++] = '?';
            }
        }
        size = n;
    }

    private static int putCodePoint(byte[] out, int at, int codePoint) {
        out[at] = (byte) (0xF0 | codePoint >> 18);
        out[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        out[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        out[at + 3] = (byte) (0x80 | codePoint & 0x3F);
        return at + 4;
    }
}
