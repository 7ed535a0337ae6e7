package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language switcher, hreflang, canonical URLs and internal links across the whole rendered test site. */
class LinksAndLanguagesTest {

    private static final String BASE = "https://transferhub.eu/";
    private static Rendered.Result rendered;

    @BeforeAll
    static void render() {
        rendered = Rendered.render(TestSite.site());
    }

    @Test
    void aMissingTranslationIsShownAsUnavailableNotAsALink() {
        Document es = rendered.html("es/good-practices/as-fabrik/index.html");
        Element switcher = es.expectFirst("nav.lang-switcher");
        assertEquals("/en/good-practices/as-fabrik/", switcher.expectFirst("a[hreflang=en]").attr("href"));
        assertEquals("Español", switcher.expectFirst("[aria-current=true]").text());
        Element basque = switcher.select(".lang-switcher__unavailable").stream()
                .filter(e -> e.text().startsWith("Euskara")).findFirst().orElseThrow();
        assertEquals("true", basque.attr("aria-disabled"));
        assertEquals("Euskara – No disponible en euskera", basque.text());
        assertTrue(basque.select("a").isEmpty());
        assertEquals(1, switcher.select("a").size(), "only the English translation is a link");
    }

    @Test
    void listPagesLinkEveryLanguage() {
        Element switcher = rendered.html("eu/good-practices/index.html").expectFirst("nav.lang-switcher");
        assertEquals(5, switcher.select("a").size());
        assertTrue(switcher.select(".lang-switcher__unavailable").isEmpty());
    }

    @Test
    void everyInternalLinkOnEveryPageLeadsToAFileOfTheSite() {
        List<String> dead = new ArrayList<>();
        for (String path : rendered.sink().files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = rendered.html(path);
            for (Element element : page.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("/") && !url.startsWith("//")) {
                    String file = RenderContext.file(url.replaceFirst("#.*$", "").replaceFirst("\\?.*$", ""));
                    if (!rendered.sink().files().containsKey(file)) {
                        dead.add(path + " → " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), dead);
    }

    @Test
    void hreflangAlternatesAreReciprocalWithXDefaultAndCanonicalIsTheAbsoluteSelfUrl() {
        int checked = 0;
        for (String path : rendered.sink().files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = rendered.html(path);
            Map<String, String> alternates = alternates(page);
            if (alternates.isEmpty()) {
                continue;
            }
            String self = BASE + path.replaceFirst("index\\.html$", "");
            assertEquals(self, page.expectFirst("link[rel=canonical]").attr("href"), path);
            assertEquals(self, alternates.get(page.expectFirst("html").attr("lang")), path + " lists itself");
            assertEquals(alternates.getOrDefault("en", alternates.values().iterator().next()), alternates.get("x-default"), path);
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                String otherPath = alternate.getValue().substring(BASE.length()) + "index.html";
                Map<String, String> back = alternates(rendered.html(otherPath));
                assertEquals(alternates, back, path + " and " + otherPath + " must list the same versions");
            }
            checked++;
        }
        assertTrue(checked > 40, "checked " + checked + " pages");
    }

    @Test
    void aCityProfileAndThePlainTermPageOfAnotherLanguageAreVersionsOfEachOther() {
        // Tartu has an English profile only; the English network page partner link is the profile.
        Map<String, String> tartu = alternates(rendered.html("en/cities/tartu/index.html"));
        assertEquals(Map.of("en", BASE + "en/cities/tartu/", "x-default", BASE + "en/cities/tartu/"), tartu);
        // Spanish content refers to Bilbao, which has a Spanish profile: both are linked.
        Map<String, String> bilbao = alternates(rendered.html("es/cities/bilbao/index.html"));
        assertEquals(BASE + "en/cities/bilbao/", bilbao.get("en"));
        // The Spanish practice names the network, which has no Spanish profile: a plain term page.
        Document network = rendered.html("es/networks/as-transfer/index.html");
        assertEquals("AS-TRANSFER", network.expectFirst("h1").text());
        assertEquals(BASE + "en/networks/as-transfer/", alternates(network).get("en"));
        assertEquals(BASE + "es/networks/as-transfer/", alternates(rendered.html("en/networks/as-transfer/index.html")).get("es"));
    }

    @Test
    void pagesThatAreNotIndexedHaveNoCanonicalButNoindex() {
        for (String path : List.of("404.html", "en/404.html", "es/search/index.html")) {
            Document page = rendered.html(path);
            assertEquals("noindex", page.expectFirst("meta[name=robots]").attr("content"), path);
            assertTrue(page.select("link[rel=canonical], link[hreflang]").isEmpty(), path);
        }
    }

    @Test
    void everyPageHasLanguageSkipLinkLandmarksAndAHeaderSearch() {
        for (String path : rendered.sink().files().keySet()) {
            if (!path.endsWith(".html") || path.equals("index.html") || isAlias(path)) {
                continue;
            }
            Document page = rendered.html(path);
            String lang = path.equals("404.html") ? "en" : path.substring(0, 2);
            assertEquals(lang, page.expectFirst("html").attr("lang"), path);
            Element first = page.expectFirst("a[href], button, input, select, textarea");
            assertEquals("#main", first.attr("href"), path + ": the skip link comes first");
            assertNotNull(page.selectFirst("header.site-header"), path);
            assertNotNull(page.selectFirst("main#main"), path);
            assertNotNull(page.selectFirst("footer.site-footer"), path);
            Element search = page.expectFirst("header form[role=search]");
            assertEquals("/" + lang + "/search/", search.attr("action"), path);
            assertEquals("get", search.attr("method"));
            assertEquals("q", search.expectFirst("input[type=search]").attr("name"));
            assertNotNull(search.selectFirst("label[for=header-search-q]"));
            for (Element nav : page.select("nav")) {
                assertTrue(nav.hasAttr("aria-label"), path + ": every nav is labelled");
            }
        }
    }

    @Test
    void everyLinkToAnotherHostIsNoopenerNoreferrerOnEveryPage() {
        int external = 0;
        for (String path : rendered.sink().files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            for (Element link : rendered.html(path).select("a[href^=http]")) {
                if (java.net.URI.create(link.attr("href")).getHost().equals("transferhub.eu")) {
                    continue;
                }
                external++;
                List<String> rel = List.of(link.attr("rel").split(" "));
                assertTrue(rel.contains("noopener") && rel.contains("noreferrer"), path + ": " + link);
            }
        }
        assertTrue(external > 0, "the test site links elsewhere (a city's map and website)");
    }

    @Test
    void noInlineScriptsStylesOrEventHandlers() {
        for (String path : rendered.sink().files().keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = rendered.html(path);
            for (Element script : page.select("script")) {
                assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"), path + ": " + script);
            }
            assertTrue(page.select("style, [style]").isEmpty(), path);
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(a -> assertTrue(!a.getKey().startsWith("on"), path + ": " + a));
            }
        }
    }

    /** The test site's settings with the base URL https://example.org/hub/. */
    private static eu.transferhub.generator.content.SiteConfig underPath() {
        var config = TestSite.config(2);
        return new eu.transferhub.generator.content.SiteConfig(config.titles(),
                java.net.URI.create("https://example.org/hub/"), "en", config.languages(), config.taxonomies(), 2,
                java.util.Optional.empty(), config.menus(), "default");
    }

    @Test
    void aBaseUrlWithAPathPrefixesEveryLinkTheRendererMakes() {
        var underPath = underPath();
        Rendered.Result site = Rendered.render(new eu.transferhub.generator.content.Site(underPath, TestSite.pages(),
                TestSite.intros(), false));
        Document page = site.html("en/cities/bilbao/index.html");
        assertEquals("https://example.org/hub/en/cities/bilbao/", page.expectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page.expectFirst("link[rel=stylesheet]").attr("href").startsWith("/hub/assets/main."));
        assertEquals("/hub/en/", page.expectFirst(".site-header__title").attr("href"));
        assertEquals("/hub/en/good-practices/", page.expectFirst(".site-nav__link").attr("href"));
        assertEquals("/hub/en/search/", page.expectFirst("form[role=search]").attr("action"));
        assertEquals("/hub/en/good-practices/as-fabrik/", page.expectFirst(".card__link").attr("href"));
        assertTrue(site.text("sitemap.xml").contains("<loc>https://example.org/hub/en/</loc>"));
        assertEquals("/hub/en/", site.html("index.html").expectFirst("a[data-lang-choice]").attr("href"));
        // A search hit links to its page as the site does, and its id stays the site path's.
        var document = site.result().searchDocuments().stream()
                .filter(d -> d.id().equals("en/cities/bilbao")).findFirst().orElseThrow();
        assertEquals("/hub/en/cities/bilbao/", document.url());
        assertTrue(site.result().searchDocuments().stream().allMatch(d -> d.url().startsWith("/hub/")));
    }

    @Test
    void aBaseUrlWithAPathPrefixesTheSitePathsInPageBodiesOnly() {
        var underPath = underPath();
        List<eu.transferhub.generator.content.Page> pages = new java.util.ArrayList<>(TestSite.pages());
        pages.add(TestSite.page("articles", "links", "en", eu.transferhub.generator.content.PageType.ARTICLE,
                TestSite.meta("Links", java.time.LocalDate.of(2021, 1, 1), "S.", new eu.transferhub.generator.content.NoDetails()),
                "<p><a href=\"/en/cities/tartu/\">Tartu</a> <a href=\"#team\">team</a>"
                        + " <a href=\"https://other.org/x\">other</a> <a href=\"//cdn.example/x\">cdn</a>"
                        + " <a href=\"mailto:a@b.eu\">mail</a> <img src=\"/en/articles/links/map.png\" alt=\"map\">"
                        + " written href=&quot;/en/&quot; in text</p>", List.of()));
        Rendered.Result site = Rendered.render(new eu.transferhub.generator.content.Site(underPath, pages,
                TestSite.intros(), false));
        Element body = site.html("en/articles/links/index.html").expectFirst("main p:has(a[href*=tartu])");

        assertEquals(List.of("/hub/en/cities/tartu/", "#team", "https://other.org/x", "//cdn.example/x", "mailto:a@b.eu"),
                body.select("a").eachAttr("href"));
        assertEquals("/hub/en/articles/links/map.png", body.expectFirst("img").attr("src"));
        assertTrue(body.text().contains("written href=\"/en/\" in text"), body.text());
    }

    private static boolean isAlias(String path) {
        return path.equals("en/old-as-fabrik/index.html");
    }

    static Map<String, String> alternates(Document page) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) {
            result.put(link.attr("hreflang"), link.attr("href"));
        }
        return result;
    }
}
