package eu.transferhub.generator.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for Hugo shortcodes in a body ({@code {{< figure … >}}}, {@code {{% notice %}}}),
 * which Transfer Hub does not run: visitors would read them as text. Editors who bring pages
 * over from Hugo learn which lines to write in Markdown instead, each with its line. Code
 * blocks and code spans are skipped, since a page about Hugo may show a shortcode.
 */
final class HugoShortcodes {

    /** An opening or self-closing shortcode and its name; closing ones ({{< /x >}}) are not counted. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(/?)\\s*([\\w.-]+)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");

    private HugoShortcodes() {
    }

    /** @param bodyLine the file line of the body's first line */
    static void check(String body, int bodyLine, Problems problems) {
        if (!body.contains("{{")) {
            return;
        }
        String[] lines = body.split("\n", -1);
        boolean[] fenced = CodeFences.fenced(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fenced[i] || line.length() - line.stripLeading().length() >= 4) {
                continue; // code: fenced, or indented (a list item's continuation is rare here)
            }
            Matcher shortcode = SHORTCODE.matcher(CODE_SPAN.matcher(line).replaceAll(" "));
            while (shortcode.find()) {
                if (shortcode.group(1).isEmpty()) {
                    problems.warning(bodyLine + i, message(shortcode.group(2)));
                }
            }
        }
    }

    private static String message(String name) {
        String instead = switch (name) {
            case "figure" -> "write the image in Markdown: ![what it shows](file.jpg \"caption\")";
            case "ref", "relref" -> "link to the page's site path: [text](/en/cities/bilbao/)";
            case "youtube", "vimeo", "x", "twitter", "instagram" -> "link to it: [what it is](https://…)";
            case "highlight" -> "use a fenced code block (```)";
            default -> "write it in Markdown (or HTML) instead";
        };
        return "Hugo shortcode '" + name + "' is not run here, so visitors would read it as text: " + instead;
    }
}
