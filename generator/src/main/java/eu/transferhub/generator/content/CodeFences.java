package eu.transferhub.generator.content;

/**
 * Which lines of a Markdown text belong to fenced code blocks (``` or ~~~, the fences
 * included), as CommonMark opens and closes them: what stands there is shown, not read, so
 * line-based checks of the source skip it.
 */
public final class CodeFences {

    private CodeFences() {
    }

    /** Per line of {@code lines}, whether it is a fence or inside a fenced block. */
    public static boolean[] fenced(String[] lines) {
        boolean[] fenced = new boolean[lines.length];
        String open = null;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            boolean fence = lines[i].length() - stripped.length() < 4
                    && (open != null ? stripped.startsWith(open) : stripped.startsWith("```") || stripped.startsWith("~~~"));
            if (open != null) {
                fenced[i] = true;
                if (fence) {
                    open = null;
                }
            } else if (fence) {
                fenced[i] = true;
                open = stripped.substring(0, 3);
            }
        }
        return fenced;
    }
}
