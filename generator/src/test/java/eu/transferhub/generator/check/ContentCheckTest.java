package eu.transferhub.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fixture per kind of mistake, each with the exact message an editor sees. */
class ContentCheckTest {

    private static final Path THEMES = Path.of("../themes");
    private static final ContentCheck CHECK = new ContentCheck(2);

    @TempDir
    Path work;
    Path content;

    @BeforeEach
    void aValidSite() throws IOException {
        content = work.resolve("content");
        write("hub.yaml", """
                title: { en: Hub, es: Hub }
                baseURL: https://example.org/
                defaultLanguage: en
                languages:
                  - { code: en, name: English, weight: 1 }
                  - { code: es, name: Español, weight: 2 }
                taxonomies: [cities, networks, themes]
                requiredLanguages: [en]
                """);
        write("cities/bilbao/index.en.md", "---\ntitle: Bilbao\ncountry: ES\nsummary: A city.\n---\n\n## Port area\n");
        write("good-practices/gardens/index.en.md",
                "---\ntitle: Gardens\ncity: bilbao\nsummary: Green.\n---\n\nSee [Bilbao](/en/cities/bilbao/).\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> problems() throws IOException {
        return CHECK.check(content, THEMES, false).problems().stream().map(Object::toString)
                .map(s -> s.replace(content.toString().replace('\\', '/') + "/", "")).toList();
    }

    @Test
    void aValidSiteHasNoProblemsAndWritesNothing() throws IOException {
        CheckResult result = CHECK.check(content, THEMES, false);

        assertEquals(List.of(), result.problems());
        assertEquals(2, result.pages());
        assertEquals("No problems in 2 pages.\n", CheckReport.TEXT.format(result, true));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(content), files.toList());
        }
    }

    @Test
    void malformedYamlNamesTheLineInTheMarkdownFile() throws IOException {
        write("articles/news/index.en.md", "---\nsummary: ok\ntitle: [unclosed\n---\nBody\n");

        assertEquals(List.of("articles/news/index.en.md:3: invalid YAML: expected ',' or ']', but got the end of the"
                + " YAML (a flow sequence that starts on this line is not closed)"),
                problems());
    }

    @Test
    void aMissingTitleIsAnError() throws IOException {
        write("articles/news/index.en.md", "---\nsummary: No title.\n---\nBody\n");

        assertEquals(List.of("articles/news/index.en.md:2: title is required"), problems());
    }

    @Test
    void aWrongTypeForAKnownFieldIsAnError() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\ndate: soon\n---\nBody\n");

        assertEquals(List.of("articles/news/index.en.md:3: date: expected a date YYYY-MM-DD, got 'soon'"), problems());
    }

    @Test
    void anUnknownFieldIsAWarningWithTheClosestKnownName() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsumary: Typo.\n---\nBody\n");

        assertEquals(List.of("articles/news/index.en.md:3: warning: unknown field 'sumary' — did you mean 'summary'?"),
                problems());
    }

    @Test
    void anUnknownCityIsAnErrorWithADidYouMean() throws IOException {
        write("good-practices/gardens/index.en.md", "---\ntitle: Gardens\nsummary: S.\ncity: bilboa\n---\nBody\n");

        assertEquals(List.of("good-practices/gardens/index.en.md:4: city: unknown city 'bilboa' — did you mean 'bilbao'?"),
                problems());
    }

    @Test
    void aTranslationThatCannotBeReadIsNotAlsoReportedMissing() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: &\n---\nBody\n");
        write("articles/news/index.es.md", "---\ntitle: Noticias\nsummary: S.\n---\nTexto\n");

        assertEquals(List.of("articles/news/index.en.md:2: invalid YAML: unexpected character found the end of the line"),
                problems());
    }

    @Test
    void deadLinksInRawHtmlAreWarningsOnTheirOwnLines() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n"
                + "<div class=\"box\">\n  <p>Partners:</p>\n  <a href=\"/en/cities/tartu/\">Tartu</a>\n"
                + "  <img src=\"map.png\" alt=\"Map\">\n</div>\n\n"
                + "Inline <a href=\"/en/cities/riga/\">Riga</a> and <a href=\"https://example.org/\">out</a>.\n");

        assertEquals(List.of(
                "articles/news/index.en.md:8: warning: broken link: /en/cities/tartu/ is no page,"
                        + " resource or alias of the site",
                "articles/news/index.en.md:9: warning: missing page resource: map.png is not in the bundle"
                        + " folder articles/news/",
                "articles/news/index.en.md:12: warning: broken link: /en/cities/riga/ is no page,"
                        + " resource or alias of the site"), problems());
    }

    @Test
    void anImageWithoutAltTextIsAWarningOnItsLineUnlessHtmlMarksItDecorative() throws IOException {
        write("articles/news/map.png", "png");
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n"
                + "![](map.png)\n\n![The port area of Bilbao](map.png)\n\n"
                + "<img src=\"map.png\">\n\n<img src=\"map.png\" alt=\"\">\n\n![ ](https://example.org/x.png)\n");

        String advice = " — say what it shows for people who cannot see it: ![what it shows](%s), or in HTML"
                + " alt=\"…\" (alt=\"\" if it is only decoration)";
        assertEquals(List.of(
                "articles/news/index.en.md:6: warning: image without alt text: map.png" + advice.formatted("map.png"),
                "articles/news/index.en.md:10: warning: image without alt text: map.png" + advice.formatted("map.png"),
                "articles/news/index.en.md:14: warning: image without alt text: https://example.org/x.png"
                        + advice.formatted("https://example.org/x.png")),
                problems());
    }

    @Test
    void aLinkWithoutTextIsAWarningUnlessAnImageOrAnAriaLabelSaysWhereItLeads() throws IOException {
        write("articles/news/map.png", "png");
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n"
                + "[](/en/cities/bilbao/) and [Bilbao](/en/cities/bilbao/)\n\n"
                + "[![Map of Bilbao](map.png)](/en/cities/bilbao/)\n\n"
                + "<a href=\"/en/cities/bilbao/\"></a>\n\n<a href=\"/en/cities/bilbao/\" aria-label=\"Bilbao\"></a>\n");

        assertEquals(List.of("articles/news/index.en.md:6: warning: link without text: /en/cities/bilbao/ — a screen"
                        + " reader would read out the address; write what it leads to: [what it leads to](/en/cities/bilbao/)",
                "articles/news/index.en.md:10: warning: link without text: /en/cities/bilbao/ — a screen reader would"
                        + " read out the address; write what it leads to: [what it leads to](/en/cities/bilbao/)"),
                problems());
    }

    @Test
    void aSecondH1AndASkippedHeadingLevelAreWarningsOnTheirLines() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n"
                + "# News again\n\n## Context\n\n#### Details\n\n### Fine\n\n## Next\n\n### Also fine\n");
        write("_index.en.md", "---\ntitle: Home\n---\n\n### Straight to three\n");

        assertEquals(List.of(
                "_index.en.md:5: warning: heading level jumps from 1 to 3 (# to ###): use ## here, so the page's"
                        + " outline has no gap",
                "articles/news/index.en.md:6: warning: a level-1 heading (# …) in the body: the page title is already"
                        + " its one h1; start the body's headings at ##",
                "articles/news/index.en.md:10: warning: heading level jumps from 2 to 4 (## to ####): use ### here,"
                        + " so the page's outline has no gap"), problems());
    }

    @Test
    void aLinkToADraftSaysItIsADraft() throws IOException {
        write("articles/secret/index.en.md", "---\ntitle: Secret\nsummary: S.\ndraft: true\n---\nText.\n");
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\nSee [the plan](/en/articles/secret/).\n");

        assertEquals(List.of("articles/news/index.en.md:6: warning: broken link: /en/articles/secret/ is the draft"
                + " articles/secret/index.en.md, which is not published until its 'draft: true' goes"), problems());
    }

    @Test
    void aMenuEntryThatLeadsNowhereIsAWarningOnItsLineInHubYaml() throws IOException {
        write("hub.yaml", Files.readString(content.resolve("hub.yaml")) + """
                menus:
                  en:
                    - { name: Cities, url: /en/cities/ }
                    - { name: Practices, url: /en/good-practice/ }
                    - { name: URBACT, url: https://urbact.eu/ }
                """);

        assertEquals(List.of("hub.yaml:12: warning: broken link: /en/good-practice/ is no page, resource or alias of"
                + " the site"), problems());
    }

    @Test
    void headingsInRawHtmlAreInTheOutlineToo() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n"
                + "## Context\n\n<div class=\"box\">\n  <h4>Figures</h4>\n  <p>Text</p>\n</div>\n\n"
                + "<section><h1>Again</h1></section>\n");

        assertEquals(List.of(
                "articles/news/index.en.md:9: warning: heading level jumps from 2 to 4 (## to ####): use ### here,"
                        + " so the page's outline has no gap",
                "articles/news/index.en.md:13: warning: a level-1 heading (# …) in the body: the page title is already"
                        + " its one h1; start the body's headings at ##"), problems());
    }

    @Test
    void aDeadInternalLinkIsAWarningOnTheLineOfTheLink() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\nFirst line.\n\nSee [Tartu](/en/cities/tartu/).\n");

        assertEquals(List.of("articles/news/index.en.md:8: warning: broken link: /en/cities/tartu/ is no page,"
                + " resource or alias of the site"), problems());
    }

    @Test
    void linksToLaterPagesOfListsAreRightWhileTheListHasThosePages() throws IOException {
        write("hub.yaml", Files.readString(content.resolve("hub.yaml")) + "pageSize: 1\n");
        write("articles/a/index.en.md", "---\ntitle: A\nsummary: S.\nthemes: [digital]\n---\nText.\n");
        write("articles/b/index.en.md", "---\ntitle: B\nsummary: S.\nthemes: [digital]\n---\nText.\n");
        write("articles/c/index.en.md", "---\ntitle: C\nsummary: S.\n---\n\n"
                + "[2](/en/articles/page/2/) [3](/en/articles/page/3/index.html) [digital 2](/en/themes/digital/page/2)\n\n"
                + "[4](/en/articles/page/4/) [1](/en/articles/page/1/) [es 2](/es/articles/page/2/)\n\n"
                + "[digital 3](/en/themes/digital/page/3/) [themes 2](/en/themes/page/2/) [no list](/en/nowhere/page/2/)\n");

        assertEquals(List.of(
                "articles/a/index.en.md:4: warning: themes: 'digital' has no profile page (themes/digital/); it gets"
                        + " a plain term page",
                "articles/b/index.en.md:4: warning: themes: 'digital' has no profile page (themes/digital/); it gets"
                        + " a plain term page",
                "articles/c/index.en.md:8: warning: broken link: /en/articles/page/1/ — the list /en/articles/ itself"
                        + " is its page 1",
                "articles/c/index.en.md:8: warning: broken link: /en/articles/page/4/ — the list /en/articles/ has 3 pages",
                "articles/c/index.en.md:8: warning: broken link: /es/articles/page/2/ — the list /es/articles/ has 1 page",
                "articles/c/index.en.md:10: warning: broken link: /en/nowhere/page/2/ is no page, resource or alias"
                        + " of the site",
                "articles/c/index.en.md:10: warning: broken link: /en/themes/digital/page/3/ — the list"
                        + " /en/themes/digital/ has 2 pages",
                "articles/c/index.en.md:10: warning: broken link: /en/themes/page/2/ — the list /en/themes/ has 1 page"),
                problems());
    }

    @Test
    void linksAreCheckedAndTranslationsCountedAlsoWhenAFileHasErrors() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\ndate: someday\n---\nBody\n");
        write("articles/news/index.es.md", "---\ntitle: Noticias\nsummary: S.\n---\nBody\n");
        write("articles/more/index.en.md", "---\ntitle: More\nsummary: S.\n---\n\nSee [news](/en/articles/news/),"
                + " [Tartu](/en/cities/tartu/) and [the port](/en/cities/bilbao/#port).\n");

        assertEquals(List.of(
                "articles/more/index.en.md:6: warning: broken anchor: /en/cities/bilbao/#port — /en/cities/bilbao/ has"
                        + " no heading or element with id 'port' (its headings: port-area)",
                "articles/more/index.en.md:6: warning: broken link: /en/cities/tartu/ is no page, resource or alias"
                        + " of the site",
                "articles/news/index.en.md:3: date: expected a date YYYY-MM-DD, got 'someday'"), problems());
    }

    @Test
    void aPageWhoseFrontMatterCannotBeReadStillExistsForLinks() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\n\tsummary: tabbed\n---\nBody\n");
        write("articles/news/plan.pdf", "%PDF");
        write("articles/more/index.en.md", "---\ntitle: More\nsummary: S.\n---\n\nSee [news](/en/articles/news/),"
                + " [the plan](/en/articles/news/plan.pdf) and [nothing](/en/articles/nothing/).\n");

        // One error for the broken file, and no broken link to it or to its bundle's files: the
        // editor mends the file, not every page linking to it. Other dead links are still found.
        assertEquals(List.of(
                "articles/more/index.en.md:6: warning: broken link: /en/articles/nothing/ is no page, resource or"
                        + " alias of the site",
                "articles/news/index.en.md:3: invalid YAML: found character '\\t(TAB)' that cannot start any"
                        + " token. (Do not use \\t(TAB) for indentation)"), problems());
    }

    @Test
    void twoPagesWithOneUrlIsAnError() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\nBody\n");
        write("articles/other/index.en.md", "---\ntitle: Other\nsummary: S.\nslug: news\n---\nBody\n");

        List<String> problems = problems();
        assertEquals(List.of("articles/other/index.en.md:4: URL /en/articles/news/ is also the URL of"
                + " articles/news/index.en.md:2"), problems);
    }

    @Test
    void aMissingRequiredTranslationIsAWarning() throws IOException {
        write("articles/noticias/index.es.md", "---\ntitle: Noticias\nsummary: S.\n---\nBody\n");

        assertEquals(List.of("articles/noticias/index.es.md: warning: missing translation: no index.en.md in this"
                + " bundle (en is a required language)"), problems());
    }

    @Test
    void strictFailsOnWarningsAndJsonListsEveryProblem() throws Exception {
        write("articles/news/index.en.md", "---\ntitle: News\nsumary: Typo.\n---\nBody\n");
        CheckResult result = CHECK.check(content, THEMES, false);

        assertFalse(result.failed(false));
        assertTrue(result.failed(true));
        assertEquals("Check failed: 0 errors, 1 warning (--strict fails on warnings).",
                CheckReport.summary(result, true));
        assertEquals("Check passed with 0 errors, 1 warning.", CheckReport.summary(result, false));
        JsonNode json = new ObjectMapper().readTree(CheckReport.JSON.format(result, true));
        assertFalse(json.get("ok").asBoolean());
        assertEquals(0, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode problem = json.get("problems").get(0);
        assertEquals("warning", problem.get("severity").asText());
        assertEquals(content.resolve("articles/news/index.en.md").toString().replace('\\', '/'),
                problem.get("file").asText());
        assertEquals(3, problem.get("line").asInt());
        assertEquals("unknown field 'sumary' — did you mean 'summary'?", problem.get("message").asText());
    }

    @Test
    void aFragmentThatNamesNoHeadingOfItsPageIsAWarning() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n## Details\n\n"
                + "[port](/en/cities/bilbao/#port-area) [wrong](/en/cities/bilbao/#port) [here](#details)"
                + " [not here](#nowhere)\n");

        assertEquals(List.of(
                "articles/news/index.en.md:8: warning: broken anchor: #nowhere — /en/articles/news/ has no heading"
                        + " or element with id 'nowhere' (its headings: details)",
                "articles/news/index.en.md:8: warning: broken anchor: /en/cities/bilbao/#port — /en/cities/bilbao/"
                        + " has no heading or element with id 'port' (its headings: port-area)"), problems());
    }

    @Test
    void anImageMissingFromItsBundleIsAMissingResource() throws IOException {
        write("articles/news/index.en.md", "---\ntitle: News\nsummary: S.\n---\n\n![Map](map.png)\n\n"
                + "[Report](report.pdf)\n");
        write("articles/news/report.pdf", "%PDF-1.4");

        assertEquals(List.of("articles/news/index.en.md:6: warning: missing page resource: map.png is not in the"
                + " bundle folder articles/news/"), problems());
    }

    /** The default theme, copied beside the content, for a site theme to override. */
    private Path themesWithTheDefault() throws IOException {
        Path themes = work.resolve("themes");
        try (Stream<Path> files = Files.walk(THEMES.resolve("default"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = themes.resolve("default").resolve(THEMES.resolve("default").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return themes;
    }

    @Test
    void aSiteThemesErrorIsListedOnItsThemeFileAndLineAsTheBuildPrintsIt() throws IOException {
        Path themes = themesWithTheDefault();
        Path footer = themes.resolve("civic/layouts/partials/site-footer.mustache");
        Files.createDirectories(footer.getParent());
        Files.writeString(footer, "<footer>\n<p>{{t.site.footerAbuot}}</p>\n</footer>\n");
        write("hub.yaml", Files.readString(content.resolve("hub.yaml")) + "theme: civic\n");

        CheckResult result = CHECK.check(content, themes, false);

        assertEquals(List.of(footer + ":2: unknown UI string 't.site.footerAbuot'"),
                result.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aThemeThatDoesNotExistIsAnErrorOnHubYaml() throws IOException {
        write("hub.yaml", Files.readString(content.resolve("hub.yaml")) + "theme: civic\n");

        assertEquals(List.of("hub.yaml: theme 'civic': theme folder " + THEMES.resolve("civic") + " does not exist"),
                problems());
    }

    @Test
    void aSiteThemesWarningIsListedOnItsThemeFile() throws IOException {
        Path themes = themesWithTheDefault();
        Path layout = themes.resolve("older/layouts/search.mustache");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "{{<base}}\n{{$scripts}}\n<script src=\"{{assets.searchJs}}\" defer></script>\n"
                + "{{/scripts}}\n{{/base}}\n");
        write("hub.yaml", Files.readString(content.resolve("hub.yaml")) + "theme: older\n");

        CheckResult result = CHECK.check(content, themes, false);

        assertEquals(List.of(layout + ":3: warning: loads search.js without search-results.js, which it needs to"
                + " show results as the visitor types; the search page stays the plain form. Add <script src=\""
                + "{{assets.searchResultsJs}}\" defer></script> before it"),
                result.problems().stream().map(Object::toString).toList());
    }
}
