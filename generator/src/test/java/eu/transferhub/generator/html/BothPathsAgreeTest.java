package eu.transferhub.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import eu.transferhub.generator.markdown.RenderedMarkdown;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Pages without raw HTML skip the Jsoup stage; these tests prove that skipping it changes
 * nothing a visitor could see: the same elements, attributes, ids, table of contents and summary.
 */
class BothPathsAgreeTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();
    private static final HtmlPostProcessor HTML = new HtmlPostProcessor(URI.create("https://transferhub.eu/"));

    /** Serialised by Jsoup, so entity and empty-attribute spelling and the final newline do not count. */
    private static String normalised(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html().replace("=\"\"", "").strip();
    }

    @Test
    void markdownOnlyOutputEqualsTheJsoupStagesOutput() {
        String markdown = """
                First paragraph with "quotes", [a link](../tartu/), [ext](https://example.org/x) and `code`.

                # Timișoara & Łódź

                ## Results

                | Figure | Label |
                |---:|:---|
                | 70+ | KIBS & partners |

                ### Results

                - one ![map](img/map.png)
                - [mail](mailto:info@bilbao.eus) [bad](javascript:alert(1)) [top](#results)

                ## Results

                Done[^1] ~~old~~ www.example.com

                [^1]: A note.
                """;
        String url = "/en/cities/bilbao/";
        RenderedMarkdown rendered = MARKDOWN.render(markdown, 1, url, "transferhub.eu");
        assertEquals(false, rendered.rawHtml());
        PageContent viaJsoup = HTML.process(rendered.html(), true, url, Optional.empty());
        assertEquals(normalised(viaJsoup.html()), normalised(rendered.html()));
        assertEquals(viaJsoup.toc(), rendered.toc());
        assertEquals(viaJsoup.headings(), rendered.headings());
        assertEquals(viaJsoup.summary(), rendered.firstParagraph());
    }
}
