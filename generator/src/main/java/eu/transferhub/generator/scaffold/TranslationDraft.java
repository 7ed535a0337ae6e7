package eu.transferhub.generator.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * The first text of a new translation: the source file, front matter and body, for the
 * translator to translate in place, marked {@code draft: true} so that it is not published
 * half-translated.
 */
final class TranslationDraft {

    private TranslationDraft() {
    }

    static String of(String source) {
        List<String> lines = new ArrayList<>(source.lines().toList());
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            lines.add(0, "---");
            lines.add(1, "---");
        }
        int close = 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---")) {
            close++;
        }
        // Only a top-level key counts: "draft:" inside a nested map is another field.
        for (int i = close - 1; i >= 1; i--) {
            if (lines.get(i).startsWith("draft:")) {
                lines.remove(i);
            }
        }
        lines.add(1, "draft: true                # remove this line when the translation is done");
        return String.join("\n", lines) + "\n";
    }
}
