package eu.transferhub.search.http;

import eu.transferhub.search.query.InvalidQueryException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks of the raw query string that the decoded parameters can no longer show: Jetty decodes
 * a malformed escape ({@code lang=%zz}) to an empty value, which the parameters then treat
 * as absent, so a filter the visitor asked for was silently dropped; and escapes of bytes
 * that are not UTF-8 ({@code q=caf%E9}) to U+FFFD, a search for a character nobody typed.
 */
final class QueryString {

    private QueryString() {
    }

    /**
     * @param names the parameters the endpoint reads: only those are checked
     * @throws InvalidQueryException naming the first parameter with a '%' not followed by two
     *                               hex digits, or whose escapes are not UTF-8 (Jetty would
     *                               turn those into U+FFFD and search for that)
     */
    static void requireWellFormed(String raw, Set<String> names) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.indexOf('%') < 0) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = name(equals < 0 ? pair : pair.substring(0, equals));
            if (!names.contains(name)) {
                continue; // a parameter nobody reads cannot mislead: it is ignored like any other
            }
            for (int i = pair.indexOf('%'); i >= 0; i = pair.indexOf('%', i + 1)) {
                if (i + 2 >= pair.length() || !hex(pair.charAt(i + 1)) || !hex(pair.charAt(i + 2))) {
                    throw new InvalidQueryException(name, name + " has a malformed %-escape (write a % sign as %25).");
                }
            }
            if (!utf8(pair)) {
                throw new InvalidQueryException(name, name + " has %-escapes that are not UTF-8 text (é is %C3%A9,"
                        + " not the Latin-1 %E9).");
            }
        }
    }

    /** Whether {@link #requireWellFormed} would accept {@code raw}. */
    static boolean isWellFormed(String raw, Set<String> names) {
        try {
            requireWellFormed(raw, names);
            return true;
        } catch (InvalidQueryException e) {
            return false;
        }
    }

    /** A parameter's name as Jetty decodes it ({@code %71} is {@code q}); "" when it cannot be decoded. */
    private static String name(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether the bytes the escapes of a well-formed pair stand for are UTF-8. */
    private static boolean utf8(String pair) {
        byte[] bytes = new byte[pair.length()];
        int n = 0;
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            if (c == '%') {
                bytes[n++] = (byte) Integer.parseInt(pair, i + 1, i + 3, 16);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                return true; // raw non-ASCII: already text, decoded by Jetty
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
