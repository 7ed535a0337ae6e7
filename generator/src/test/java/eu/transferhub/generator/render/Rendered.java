package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The test site rendered with the default theme, once per test class that asks for it. */
final class Rendered {

    /** The repository's themes folder (tests run in the generator module's folder). */
    static final Path THEMES = Path.of("..", "themes");

    private static Theme defaultTheme;

    private Rendered() {
    }

    static synchronized Theme defaultTheme() {
        if (defaultTheme == null) {
            try {
                defaultTheme = Theme.load(THEMES, "default");
            } catch (ThemeException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return defaultTheme;
    }

    static Result render(Site site) {
        MemorySink sink = new MemorySink();
        try {
            RenderResult result = SiteRenderer.create(defaultTheme()).render(site, sink);
            return new Result(sink, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(MemorySink sink, RenderResult result) {
        String text(String path) {
            return sink.text(path);
        }

        Document html(String path) {
            return Jsoup.parse(text(path), "https://transferhub.eu/" + path);
        }
    }
}
