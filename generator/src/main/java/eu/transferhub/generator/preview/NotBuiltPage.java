package eu.transferhub.generator.preview;

import eu.transferhub.generator.content.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The page the preview serves for every path while no build has succeeded since it started:
 * there is no last good site to keep, and a plain "Not found" would neither say why nor reload
 * when the editor's fix lands. Served as the site's 404 page, so the reload script comes with
 * it and shows the problems over it too; the first good build replaces it.
 */
final class NotBuiltPage {

    /** Where the page goes in the preview's site folder: what the server answers for a missing file. */
    static final String FILE = "404.html";

    private NotBuiltPage() {
    }

    static byte[] html(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(512)
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>The site did not build – hub serve</title>\n</head>\n<body>\n<main>\n")
                .append("<h1>The site did not build</h1>\n")
                .append("<p>Fix ").append(errors.size() == 1 ? "this problem" : "these problems")
                .append(" and save: this page reloads by itself.</p>\n<ul>\n");
        for (Diagnostic error : errors) {
            html.append("<li>").append(Entities.escape(error.toString())).append("</li>\n");
        }
        return html.append("</ul>\n</main>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
