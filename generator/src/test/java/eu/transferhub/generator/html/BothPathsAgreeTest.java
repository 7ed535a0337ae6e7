package eu.transferhub.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import eu.transferhub.generator.markdown.RenderedMarkdown;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;
import eu.transferhub.generator.content.TocEntry;

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

    private static void bothAgree(String markdown, RenderedMarkdown rendered, PageContent viaJsoup) {
        assertEquals(normalised(viaJsoup.html()), normalised(rendered.html()), markdown);
        assertEquals(viaJsoup.toc(), rendered.toc());
        assertEquals(viaJsoup.summary(), rendered.firstParagraph());
    }

    @Test
    void headingsNeverTakeTheThemesIdsOrTheFootnotesIdsEvenWhenTheNotesComeLater() {
        String markdown = """
                ## Main

                ## fn-1

                ## fnref-1-2

                ## Search results

                Text[^1] and again[^1].

                ## Main

                [^1]: A note.
                """;
        String url = "/en/articles/a/";
        RenderedMarkdown rendered = MARKDOWN.render(markdown, 1, url, "transferhub.eu");
        assertEquals(List.of("main-1", "fn-1-1", "fnref-1-2-1", "search-results-1", "main-2"),
                rendered.toc().stream().map(TocEntry::id).toList());
        var ids = Jsoup.parseBodyFragment(rendered.html()).select("[id]").eachAttr("id");
        assertEquals(ids.size(), Set.copyOf(ids).size(), "every id once: " + ids);
        bothAgree(markdown, rendered, HTML.process(rendered.html(), true, url, Optional.empty()));
    }

    @Test
    void rawHtmlGivesUpATheme_sIdToTheLayout() {
        PageContent content = HTML.process("<div id=\"main\">Pasted</div><h2 id=\"main-1\">Main</h2>", true,
                "/en/articles/a/", Optional.empty());
        assertEquals("<div id=\"main-1\">Pasted</div><h2 id=\"main-1-1\">Main</h2>", content.html());
    }

    @Test
    void theSummaryIsTheFirstParagraphWithTextOfItsOwnNotAnImagesAltText() {
        String url = "/en/articles/a/";
        for (String markdown : List.of(
                "![The harbour at dusk](img/harbour.jpg)\n\nBilbao opened its port area to start-ups.\n",
                "![The harbour](a.jpg) ![The river](b.jpg)\n\n> A quote.\n\nBilbao opened its port area to start-ups.\n")) {
            RenderedMarkdown rendered = MARKDOWN.render(markdown, 1, url, "transferhub.eu");
            assertEquals("Bilbao opened its port area to start-ups.", rendered.firstParagraph(), markdown);
            bothAgree(markdown, rendered, HTML.process(rendered.html(), true, url, Optional.empty()));
        }
        RenderedMarkdown mixed = MARKDOWN.render("See ![the map](m.png) below.\n", 1, url, "transferhub.eu");
        assertEquals("See below.", mixed.firstParagraph());
        PageContent withRawHtml = HTML.process("<p><img src=\"a.jpg\" alt=\"Harbour\"></p><p><b>Bilbao</b> port.</p>", true,
                url, Optional.empty());
        assertEquals("Bilbao port.", withRawHtml.summary());
    }
}
