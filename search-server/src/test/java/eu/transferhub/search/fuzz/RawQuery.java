package eu.transferhub.search.fuzz;

import java.util.HexFormat;
import java.util.List;

/**
 * Builds query strings byte by byte, so tests can send what no well-behaved client would:
 * lone surrogates as their three "UTF-8" bytes (ED A0 80 for U+D800: invalid UTF-8), raw
 * bytes, repeated and empty parameters.
 */
final class RawQuery {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private RawQuery() {
    }

    /** A parameter: a name and its value, both to be percent-encoded. */
    record Param(String name, String value) {
    }

    static String of(List<Param> params) {
        StringBuilder query = new StringBuilder();
        for (Param param : params) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(param.name())).append('=').append(encode(param.value()));
        }
        return query.toString();
    }

    /**
     * Percent-encodes every code point's UTF-8 bytes; an unpaired surrogate is encoded as
     * if it were a code point (three bytes), which is exactly the invalid UTF-8 a broken
     * client sends.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 && UNRESERVED.indexOf(cp) >= 0) {
                out.append((char) cp);
            } else {
                for (byte b : utf8(cp)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            }
        });
        return out.toString();
    }

    /** Bytes as they are, percent-encoded: any byte sequence, valid UTF-8 or not. */
    static String bytes(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append('%').append(HEX.toHexDigits(b));
        }
        return out.toString();
    }

    private static byte[] utf8(int cp) {
        if (cp < 0x80) {
            return new byte[] {(byte) cp};
        }
        if (cp < 0x800) {
            return new byte[] {(byte) (0xC0 | cp >> 6), (byte) (0x80 | cp & 0x3F)};
        }
        if (cp < 0x10000) {
            return new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)};
        }
        return new byte[] {(byte) (0xF0 | cp >> 18), (byte) (0x80 | cp >> 12 & 0x3F), (byte) (0x80 | cp >> 6 & 0x3F),
            (byte) (0x80 | cp & 0x3F)};
    }
}
