package eu.transferhub.search.http;

import eu.transferhub.search.query.InvalidQueryException;

/**
 * Checks of the raw query string that the decoded parameters can no longer show: Jetty decodes
 * a malformed escape ({@code lang=%zz}) to an empty value, which the parameters then treat
 * as absent, so a filter the visitor asked for was silently dropped.
 */
final class QueryString {

    private QueryString() {
    }

    /** @throws InvalidQueryException naming the first parameter with a '%' not followed by two hex digits */
    static void requireWellFormed(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        for (String pair : raw.split("&")) {
            for (int i = pair.indexOf('%'); i >= 0; i = pair.indexOf('%', i + 1)) {
                if (i + 2 >= pair.length() || !hex(pair.charAt(i + 1)) || !hex(pair.charAt(i + 2))) {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    throw new InvalidQueryException(name, name + " has a malformed %-escape (write a % sign as %25).");
                }
            }
        }
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
