package eu.transferhub.generator.render;

/**
 * Text safe for XML 1.0: characters the format forbids (most C0 controls, lone surrogates) are
 * dropped, and markup characters escaped as {@code XMLStreamWriter} escapes them. The feeds and
 * the sitemap are written by hand with these rather than through {@code XMLStreamWriter},
 * which wrote them a character at a time: a seventh of a large site's render time went to its
 * feeds.
 */
final class XmlText {

    private XmlText() {
    }

    /** Appends {@code text} as element content: {@code & < >} escaped. */
    static void appendText(String text, StringBuilder out) {
        escape(clean(text), false, out);
    }

    /** Appends {@code text} as a double-quoted attribute value: {@code & < > "} escaped. */
    static void appendAttribute(String text, StringBuilder out) {
        escape(clean(text), true, out);
    }

    private static void escape(String text, boolean quotes, StringBuilder out) {
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quotes ? "&quot;" : null;
                default -> null;
            };
            if (entity != null) {
                out.append(text, plain, i).append(entity);
                plain = i + 1;
            }
        }
        out.append(text, plain, text.length());
    }

    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text, i)) {
                return strip(text);
            }
        }
        return text;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (allowed(text, i)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
