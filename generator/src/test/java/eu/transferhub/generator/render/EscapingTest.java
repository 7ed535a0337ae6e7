package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.NoDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values a template prints with double braces are escaped: the five characters that matter in
 * HTML text and quoted attributes become entities, and everything else is written as it is.
 */
class EscapingTest {

    private static final String TITLE = "Bilbao's \"AS\" & <Fabrik> façade ș";
    /** Titles with one of the five each, alone: a shortcut for values without them must see every one. */
    private static final List<String> SINGLES = List.of("Tartu's plan", "The \"plan\"", "R&D", "a < b", "b > a");
    private static Rendered.Result site;
    private static String html;

    @BeforeAll
    static void render() {
        List<Page> pages = new ArrayList<>(TestSite.pages());
        pages.add(TestSite.page("articles", "escaping", "en", PageType.ARTICLE,
                TestSite.meta(TITLE, LocalDate.of(2021, 1, 1), "Plain summary = 1 + 1 `code`", new NoDetails()),
                "<p>Body.</p>", List.of()));
        for (int i = 0; i < SINGLES.size(); i++) {
            pages.add(TestSite.page("articles", "single-" + i, "en", PageType.ARTICLE,
                    TestSite.meta(SINGLES.get(i), LocalDate.of(2021, 1, 1), "S.", new NoDetails()), "<p>B.</p>", List.of()));
        }
        site = Rendered.render(new Site(TestSite.config(2), pages, TestSite.intros(), false));
        html = site.text("en/articles/escaping/index.html");
    }

    @Test
    void theFiveCharactersBecomeEntitiesInTextAndAttributes() {
        String escaped = "Bilbao&#39;s &quot;AS&quot; &amp; &lt;Fabrik&gt; façade ș";
        assertTrue(html.contains("<title>" + escaped + " – Transfer Hub</title>"), html);
        assertTrue(html.contains("content=\"" + escaped + "\""), html);
        assertFalse(html.contains("<Fabrik>"), html);
    }

    @Test
    void eachCharacterIsEscapedAlsoWhenItIsTheOnlyOne() {
        List<String> escaped = List.of("Tartu&#39;s plan", "The &quot;plan&quot;", "R&amp;D", "a &lt; b", "b &gt; a");
        for (int i = 0; i < SINGLES.size(); i++) {
            String page = site.text("en/articles/single-" + i + "/index.html");
            assertTrue(page.contains("<title>" + escaped.get(i) + " – Transfer Hub</title>"), page);
        }
    }

    @Test
    void aValueWithoutThemIsWrittenAsItIs() {
        // Mustache's own escaper would also have rewritten '=' and the backticks.
        assertEquals(1, html.split("<meta name=\"description\" content=\"Plain summary = 1 \\+ 1 `code`\"", -1).length - 1,
                html);
    }
}
