package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's {@code <!--more-->}: pages brought over from Hugo keep the summaries their editors chose. */
class SummaryDividerTest {

    @TempDir
    Path content;

    @BeforeEach
    void aSite() throws IOException {
        write("hub.yaml", "title: { en: Hub }\nbaseURL: https://example.org/\ndefaultLanguage: en\n"
                + "languages:\n  - { code: en, name: English, weight: 1 }\ntaxonomies: [cities, networks, themes]\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String summaryOfFile(String file) throws IOException {
        write("articles/news/index.en.md", file);
        Site site = new SiteLoader(1).load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();
        return site.find(new PageKey("articles", "news"), "en").orElseThrow().content().summary();
    }

    @Test
    void theTextBeforeTheDividerIsTheSummary() throws IOException {
        assertEquals("Cities met in Tartu. They agreed on a plan.",
                summaryOfFile("---\ntitle: News\n---\nCities met in *Tartu*.\n\nThey agreed on [a plan](/en/).\n\n"
                        + "<!--more-->\n\nThe rest of the story.\n"));
    }

    @Test
    void theFrontMattersSummaryWinsAndADividerShownAsCodeIsNone() throws IOException {
        assertEquals("Chosen.", summaryOfFile("---\ntitle: News\nsummary: Chosen.\n---\nFirst.\n\n<!--more-->\n\nRest.\n"));
        assertEquals("How to mark a summary:", summaryOfFile("---\ntitle: News\n---\nHow to mark a summary:\n\n```\n"
                + "<!--more-->\n```\n\nThat is all.\n"));
    }

    @Test
    void theDividerItselfIsNotPublished() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\n---\nFirst.\n\n<!--more-->\n\nRest.\n");
        Site site = new SiteLoader(1).load(content, Optional.empty(), false, BuildProgress.SILENT).site().orElseThrow();
        String html = site.find(new PageKey("articles", "news"), "en").orElseThrow().content().html();
        assertFalse(html.contains("more"), html);
        assertEquals("<p>First.</p>\n<p>Rest.</p>", html.strip().replaceAll("\n+", "\n"));
    }
}
