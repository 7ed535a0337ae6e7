package eu.transferhub.generator.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.TocEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();

    private static RenderedMarkdown render(String markdown, int firstLine) {
        return MARKDOWN.render(markdown, firstLine, "/en/cities/bilbao/", "transferhub.eu");
    }

    @Test
    void gitHubTablesStrikethroughAndAutolinksAreRendered() {
        RenderedMarkdown rendered = render("""
                | City | Country |
                |:-----|--------:|
                | Tartu | EE |

                ~~old~~ new, see https://example.org
                """, 1);
        assertEquals("""
                <table>
                <thead>
                <tr>
                <th align="left">City</th>
                <th align="right">Country</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">Tartu</td>
                <td align="right">EE</td>
                </tr>
                </tbody>
                </table>
                <p><del>old</del> new, see <a href="https://example.org" rel="noopener noreferrer">https://example.org</a></p>
                """, rendered.html());
        assertFalse(rendered.rawHtml());
        assertEquals("City Country Tartu EE old new, see https://example.org", rendered.plainText());
    }

    @Test
    void headingsGetAsciiIdsAndFootnotesKeepTheirMarkup() {
        RenderedMarkdown rendered = render("## Résultats à Timișoara\n\nDone[^1]\n\n## Résultats à Timișoara\n\n[^1]: In 2022.\n", 1);
        assertEquals("""
                <h2 id="resultats-a-timisoara">Résultats à Timișoara</h2>
                <p>Done<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
                <h2 id="resultats-a-timisoara-1">Résultats à Timișoara</h2>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>In 2022. <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>
                """, rendered.html());
        assertEquals(List.of(new TocEntry(2, "resultats-a-timisoara", "Résultats à Timișoara"),
                new TocEntry(2, "resultats-a-timisoara-1", "Résultats à Timișoara")), rendered.toc());
        assertEquals("Done", rendered.firstParagraph());
    }

    @Test
    void linksResolveAgainstThePageAndUnsafeUrlsLoseTheirTarget() {
        assertEquals("<p><a href=\"/en/cities/tartu/\">t</a> <img src=\"/en/cities/bilbao/map%20big.png\" alt=\"m\""
                + " loading=\"lazy\" decoding=\"async\" /> <a>x</a> <a href=\"#top\">top</a>"
                + " <a href=\"//cdn.example.org/a\" rel=\"noopener noreferrer\">c</a>"
                + " <a href=\"https://transferhub.eu/en/\">home</a></p>\n",
                render("[t](../tartu/) ![m](<map big.png>) [x](javascript:alert(1)) [top](#top) [c](//cdn.example.org/a)"
                        + " [home](https://transferhub.eu/en/)\n", 1).html());
    }

    @Test
    void linksAndImagesCarryTheirLineInTheFile() {
        RenderedMarkdown rendered = render("""
                Intro with [a link](../tartu/).

                - item ![pic](map.png)
                - see <https://example.org>

                [ref]: /en/cities/bilbao/
                A [reference][ref] link and www.example.com.
                """, 8);
        assertEquals(List.of(
                new LinkTarget("../tartu/", 8, false, "a link"),
                new LinkTarget("map.png", 10, true, "pic"),
                new LinkTarget("https://example.org", 11, false, "https://example.org"),
                new LinkTarget("/en/cities/bilbao/", 14, false, "reference"),
                new LinkTarget("http://www.example.com", 14, false, "www.example.com")), rendered.links());
    }

    @Test
    void rawHtmlIsPassedOnAndFlaggedForTheSanitiser() {
        RenderedMarkdown rendered = render("Text <b onclick=\"x()\">bold</b>\n", 1);
        assertTrue(rendered.rawHtml());
        assertEquals("<p>Text <b onclick=\"x()\">bold</b></p>\n", rendered.html());
    }

    @Test
    void skippingTheAutolinkPassWhereNothingCanMatchChangesNoPage() {
        MarkdownRenderer always = MarkdownRenderer.create(true);
        String[] pieces = {"word", " ", "\n", "\n\n", ":", "/", "//", "w", "ww", ".", "@", "&", "#", "64", ";", "x",
            "http", "https", "mailto", "[", "]", "(", ")", "<", ">", "`", "*", "\\", "org", "-", "|", "# ", "> ",
            "&commat;", "&#64;", "&#x40;", "&colon;", "&sol;", "www", "ana", "example", "ana@example.org",
            "https://example.org/a", "www.example.org", "ana&#64;example.org", "https&colon;//example.org",
            "www\\.example.org", "https:\\//example.org/a"};
        java.util.Random random = new java.util.Random(20261204);
        int skipped = 0;
        int autolinked = 0;
        for (int round = 0; round < 10_000; round++) {
            StringBuilder markdown = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = markdown.toString();
            skipped += MarkdownRenderer.mayHoldAutolink(text) ? 0 : 1;

            RenderedMarkdown expected = always.render(text, 1, "/en/cities/bilbao/", "transferhub.eu");
            RenderedMarkdown actual = MARKDOWN.render(text, 1, "/en/cities/bilbao/", "transferhub.eu");
            autolinked += expected.html().contains("href=\"mailto:") || expected.html().contains("href=\"https://example.org/a")
                    && !text.contains("(https://example.org/a") ? 1 : 0;
            assertEquals(expected.html(), actual.html(), text);
            assertEquals(expected.links(), actual.links(), text);
            assertEquals(expected.plainText(), actual.plainText(), text);
        }
        assertTrue(skipped > 500, "the skipping path ran " + skipped + " times");
        assertTrue(autolinked > 500, "texts with autolinks: " + autolinked);
    }

    @Test
    void anAddressWrittenWithAnEntityIsStillLinked() {
        assertTrue(render("Write to ana&#64;example.org.", 1).html().contains("<a href=\"mailto:ana@example.org\""));
        assertFalse(MarkdownRenderer.mayHoldAutolink("Bilbao, Tartu and Timișoara: a network."));
    }
}
