package eu.transferhub.generator.content;

import java.util.Optional;

/**
 * A Markdown file split at its front-matter fences: a first line {@code ---} and the next
 * line {@code ---}. Lines may end in CRLF; trailing spaces after a fence are allowed.
 *
 * @param yaml          the text between the fences
 * @param yamlFirstLine 1-based file line of the first YAML line (2)
 * @param body          everything after the closing fence
 * @param bodyLine      1-based file line where {@code body} starts
 */
record FrontMatterBlock(String yaml, int yamlFirstLine, String body, int bodyLine) {

    /**
     * Splits {@code text}; reports and returns empty when the fences are missing.
     * A leading byte-order mark is ignored.
     */
    static Optional<FrontMatterBlock> split(String text, Problems problems) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstEnd = lineEnd(source, 0);
        if (!isFence(source, 0, firstEnd)) {
            String first = source.substring(0, firstEnd).strip();
            problems.error(1, "missing front matter: the file must start with a line '---'" + switch (first) {
                case "+++" -> " (this is TOML front matter, as Hugo allows; write it as YAML between '---' lines)";
                case "{" -> " (this is JSON front matter, as Hugo allows; write it as YAML between '---' lines)";
                default -> "";
            });
            return Optional.empty();
        }
        int line = 2;
        int start = next(source, firstEnd);
        int yamlStart = start;
        while (start < source.length()) {
            int end = lineEnd(source, start);
            if (isFence(source, start, end)) {
                String yaml = source.substring(yamlStart, start);
                int bodyStart = next(source, end);
                return Optional.of(new FrontMatterBlock(yaml, 2, source.substring(bodyStart), line + 1));
            }
            start = next(source, end);
            line++;
        }
        problems.error(1, "front matter is not closed: no second line '---'");
        return Optional.empty();
    }

    /** Index of the line break (or text end) of the line starting at {@code start}. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }

    private static boolean isFence(String text, int start, int end) {
        if (!text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
