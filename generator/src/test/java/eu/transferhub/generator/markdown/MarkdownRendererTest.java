package eu.transferhub.generator.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();

    @Test
    void gitHubTablesStrikethroughAndAutolinksAreRendered() {
        RenderedMarkdown rendered = MARKDOWN.render("""
                | City | Country |
                |:-----|--------:|
                | Tartu | EE |

                ~~old~~ new, see https://transferhub.eu
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
                <p><del>old</del> new, see <a href="https://transferhub.eu">https://transferhub.eu</a></p>
                """, rendered.html());
        assertFalse(rendered.rawHtml());
    }

    @Test
    void footnotesAndHeadingAnchorsAreRendered() {
        assertEquals("""
                <h2 id="results">Results</h2>
                <p>Done<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>In 2022. <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>
                """, MARKDOWN.render("## Results\n\nDone[^1]\n\n[^1]: In 2022.\n", 1).html());
    }

    @Test
    void linksAndImagesCarryTheirLineInTheFile() {
        RenderedMarkdown rendered = MARKDOWN.render("""
                Intro with [a link](../tartu/).

                - item ![pic](map.png)
                - see <https://example.org>

                [ref]: /en/cities/bilbao/
                A [reference][ref] link and www.example.com.
                """, 8);
        assertEquals(List.of(
                new LinkTarget("../tartu/", 8, false),
                new LinkTarget("map.png", 10, true),
                new LinkTarget("https://example.org", 11, false),
                new LinkTarget("/en/cities/bilbao/", 14, false),
                new LinkTarget("http://www.example.com", 14, false)), rendered.links());
    }

    @Test
    void rawHtmlIsPassedOnAndFlaggedForTheSanitiser() {
        RenderedMarkdown rendered = MARKDOWN.render("Text <b onclick=\"x()\">bold</b>\n", 1);
        assertTrue(rendered.rawHtml());
        assertEquals("<p>Text <b onclick=\"x()\">bold</b></p>\n", rendered.html());
    }
}
