package eu.transferhub.generator.pipeline;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.markdown.HeadingMark;
import java.nio.file.Path;
import java.util.List;

/**
 * Warnings for a body's heading outline, which screen-reader users move through like a table of
 * contents: a level-1 heading beside the page title (the layout's one {@code h1}), and a level
 * skipped on the way down ({@code ##} then {@code ####}). Stateless.
 */
final class OutlineCheck {

    private OutlineCheck() {
    }

    static void check(Path file, List<HeadingMark> outline, List<Diagnostic> out) {
        // The page title is level 1: the body's first heading may be a 2.
        int previous = 1;
        for (HeadingMark heading : outline) {
            int level = heading.level();
            if (level == 1) {
                out.add(Diagnostic.warning(file, heading.line(), "a level-1 heading (# …) in the body: the page"
                        + " title is already its one h1; start the body's headings at ##"));
            } else if (level > previous + 1) {
                out.add(Diagnostic.warning(file, heading.line(), "heading level jumps from " + previous + " to "
                        + level + " (" + "#".repeat(previous) + " to " + "#".repeat(level) + "): use "
                        + "#".repeat(previous + 1) + " here, so the page's outline has no gap"));
            }
            previous = Math.max(level, 1);
        }
    }
}
