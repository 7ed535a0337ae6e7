package eu.transferhub.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.TocEntry;
import eu.transferhub.generator.markdown.MarkdownRenderer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlPostProcessorTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();
    private static final HtmlPostProcessor HTML = new HtmlPostProcessor(URI.create("https://transferhub.eu/"));

    private static PageContent process(String markdown) {
        return HTML.process(MARKDOWN.render(markdown, 1, "/en/cities/bilbao/", "transferhub.eu").html(), "/en/cities/bilbao/", Optional.empty());
    }

    @Test
    void scriptsEventHandlersAndDangerousUrlsAreRemoved() {
        assertEquals("<p>Hi <b>there</b></p>\n"
                + "<div><img src=\"/en/cities/bilbao/x.png\" loading=\"lazy\" decoding=\"async\">"
                + "<a>js</a><a>vb</a><a>data</a>"
                + "<img src=\"data:image/png;base64,iVBOR\" loading=\"lazy\" decoding=\"async\">"
                + "<img loading=\"lazy\" decoding=\"async\">"
                + "<span>styled</span></div>\n",
                process("""
                        Hi <b onmouseover="steal()">there</b><script>alert(1)</script>

                        <div onclick="x()"><img src="x.png" onerror="alert(1)"><a href="javascript:alert(1)">js</a><a href=" VBScript:msgbox">vb</a><a href="data:text/html;base64,PHNjcmlwdD4=">data</a><img src="data:image/png;base64,iVBOR"><img src="data:text/html,x"><iframe src="https://evil.example"></iframe><style>body{display:none}</style><span style="position:fixed">styled</span></div>
                        """).html());
    }

    @Test
    void markdownWithoutRawHtmlSkipsTheAllowListButNotTheUrlCheck() {
        String markdown = "[js](javascript:alert(1)) [vb](VBSCRIPT:x) ![i](data:text/html,x) ![ok](data:image/gif;base64,R0)"
                + " [mail](mailto:a@b.c)\n";
        var rendered = MARKDOWN.render(markdown, 1, "/en/cities/bilbao/", "transferhub.eu");
        assertEquals(false, rendered.rawHtml());
        String expected = "<p><a>js</a> <a>vb</a> <img alt=\"i\" loading=\"lazy\" decoding=\"async\">"
                + " <img src=\"data:image/gif;base64,R0\" alt=\"ok\" loading=\"lazy\" decoding=\"async\">"
                + " <a href=\"mailto:a@b.c\">mail</a></p>\n";
        assertEquals(expected, HTML.process(rendered.html(), false, "/en/x/", Optional.empty()).html());
        assertEquals(expected, HTML.process(rendered.html(), true, "/en/x/", Optional.empty()).html());
    }

    @Test
    void urlSchemesAreReadAsBrowsersReadThem() {
        assertEquals(false, HtmlPostProcessor.safeUrl("java\tscript:alert(1)", false));
        assertEquals(false, HtmlPostProcessor.safeUrl(" \u0001JavaScript:alert(1)", false));
        assertEquals(false, HtmlPostProcessor.safeUrl("mailto:a@b.c", true));
        assertEquals(true, HtmlPostProcessor.safeUrl("../tartu/", false));
        assertEquals(true, HtmlPostProcessor.safeUrl("tel:+34944204200", false));
        assertEquals(true, HtmlPostProcessor.safeUrl("data:image/png;base64,AA", true));
    }

    @Test
    void headingsGetUniqueTransliteratedIdsAndH2H3FormTheToc() {
        PageContent content = process("""
                # Timișoara

                ## Łódź & Gdańsk

                ### Straße

                ## Łódź & Gdańsk

                #### Deep

                <h2 id="Custom Anchor">Raw</h2>
                """);
        assertEquals("""
                <h1 id="timisoara">Timișoara</h1>
                <h2 id="lodz-gdansk">Łódź &amp; Gdańsk</h2>
                <h3 id="strasse">Straße</h3>
                <h2 id="lodz-gdansk-1">Łódź &amp; Gdańsk</h2>
                <h4 id="deep">Deep</h4>
                <h2 id="custom-anchor">Raw</h2>
                """, content.html());
        assertEquals(List.of(new TocEntry(2, "lodz-gdansk", "Łódź & Gdańsk"), new TocEntry(3, "strasse", "Straße"),
                new TocEntry(2, "lodz-gdansk-1", "Łódź & Gdańsk"), new TocEntry(2, "custom-anchor", "Raw")),
                content.toc());
        assertEquals(List.of("Timișoara", "Łódź & Gdańsk", "Straße", "Łódź & Gdańsk", "Deep", "Raw"), content.headings());
    }

    @Test
    void relativeLinksResolveAgainstThePageAndOthersStayAsWritten() {
        assertEquals("<p><a href=\"/en/cities/tartu/\">a</a> <a href=\"/en/cities/bilbao/plan.pdf\">b</a>"
                + " <a href=\"/en/networks/x/?q=1#top\">c</a> <a href=\"#economy\">d</a>"
                + " <a href=\"mailto:info@bilbao.eus\">e</a>"
                + " <a href=\"//cdn.example.org/x.js\" rel=\"noopener noreferrer\">f</a>"
                + " <a href=\"https://example.org/\" rel=\"noopener noreferrer\">g</a>"
                + " <a href=\"https://transferhub.eu/en/\">h</a> <a href=\"/en/about/\">i</a></p>\n",
                process("[a](../tartu/) [b](plan.pdf) [c](../../networks/x/?q=1#top) [d](#economy)"
                        + " [e](mailto:info@bilbao.eus) [f](//cdn.example.org/x.js) [g](https://example.org/)"
                        + " [h](https://transferhub.eu/en/) [i](/en/about/)\n").html());
    }

    @Test
    void onlyANewTabTargetIsKeptAndItGetsNoopener() {
        assertEquals("<p><a href=\"/en/a/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">a</a>"
                + " <a href=\"/en/b/\">b</a></p>\n",
                process("<a href=\"/en/a/\" target=\"_blank\" rel=\"nofollow\">a</a> <a href=\"/en/b/\" target=\"top\">b</a>\n").html());
    }

    @Test
    void theSummaryIsTheFirstParagraphUnlessTheFrontMatterHasOne() {
        String html = MARKDOWN.render("## Intro\n\nFirst *paragraph*.\n\nSecond.\n", 1, "/en/cities/bilbao/", "transferhub.eu").html();
        assertEquals("First paragraph.", HTML.process(html, "/en/x/", Optional.empty()).summary());
        assertEquals("Given.", HTML.process(html, "/en/x/", Optional.of("Given.")).summary());
        assertEquals("Intro First paragraph. Second.", HTML.process(html, "/en/x/", Optional.empty()).plainText());
    }

    @Test
    void footnotesKeepTheirIdsAndClasses() {
        assertEquals("""
                <p>Done<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref="">1</a></sup></p>
                <section class="footnotes" data-footnotes="">
                <ol>
                <li id="fn-1">
                <p>In 2022. <a href="#fnref-1" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>
                """, process("Done[^1]\n\n[^1]: In 2022.\n").html());
    }
}
