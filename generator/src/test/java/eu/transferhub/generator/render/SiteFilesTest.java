package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.transferhub.generator.content.Author;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.PublicationDetails;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.pipeline.TurkishLocale;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The files around the pages: root chooser, 404, aliases, feeds, sitemap, robots, search files, assets. */
class SiteFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Rendered.Result rendered;

    @BeforeAll
    static void render() {
        rendered = Rendered.render(TestSite.site());
    }

    @Test
    void theRootPageLinksEveryLanguageWithTheDefaultFirstAndAnExternalScript() {
        Document root = rendered.html("index.html");
        List<String> links = root.select("a[data-lang-choice]").eachAttr("href");
        assertEquals(List.of("/en/", "/es/", "/eu/", "/et/", "/pl/", "/ro/"), links);
        Element first = root.expectFirst("a[data-lang-choice]");
        assertTrue(first.hasClass("chooser__link--default"));
        assertEquals("Continue in English English", first.text());
        assertEquals("Continuar en español Español", root.select("a[data-lang-choice]").get(1).text());
        assertTrue(root.select("meta[http-equiv]").isEmpty(), "no meta refresh: bots follow the links");
        Element script = root.expectFirst("script");
        assertTrue(script.attr("src").matches("/assets/language\\.[0-9a-f]{8}\\.js"), script.attr("src"));
        assertTrue(rendered.sink().files().containsKey(script.attr("src").substring(1)));
    }

    @Test
    void notFoundPagesAreThemedInTheirLanguage() {
        Document root = rendered.html("404.html");
        assertEquals("en", root.expectFirst("html").attr("lang"));
        assertEquals("Page not found", root.expectFirst("h1").text());
        Document spanish = rendered.html("es/404.html");
        assertEquals("es", spanish.expectFirst("html").attr("lang"));
        assertEquals("Página no encontrada", spanish.expectFirst("h1").text());
        assertEquals("/es/", spanish.expectFirst("main a").attr("href"));
    }

    @Test
    void anAliasIsAMinimalRedirectToThePage() {
        Document alias = rendered.html("en/old-as-fabrik/index.html");
        assertEquals("https://transferhub.eu/en/good-practices/as-fabrik/", alias.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", alias.expectFirst("meta[name=robots]").attr("content"));
        assertEquals("0; url=/en/good-practices/as-fabrik/", alias.expectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/en/good-practices/as-fabrik/", alias.expectFirst("body a").attr("href"));
    }

    @Test
    void anAliasOntoAnotherPageIsRefused() {
        List<Page> pages = new ArrayList<>(TestSite.pages());
        Page about = pages.stream().filter(p -> p.url().equals("/en/about/")).findFirst().orElseThrow();
        SourcePage source = about.source();
        var meta = source.meta();
        var clashing = new eu.transferhub.generator.content.FrontMatter(meta.title(), meta.date(), meta.summary(), false,
                meta.slug(), List.of("/en/cities/tartu/"), 0, List.of(), List.of(), List.of(), meta.details(), meta.lastmod());
        pages.set(pages.indexOf(about), new Page(new SourcePage(source.key(), "en", source.type(), clashing, source.file(),
                "", 1, List.of()), about.url(), about.content()));
        Site site = new Site(TestSite.config(2), pages, List.of(), false);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> SiteRenderer.create(Rendered.defaultTheme()).render(site, new MemorySink()));
        assertEquals("two output files at en/cities/tartu/index.html (an alias, slug or resource that collides with another page)",
                error.getMessage());
    }

    @Test
    void theLanguageFeedIsWellFormedAtomLatestChangeFirstWithoutBuildTime() throws Exception {
        org.w3c.dom.Document feed = xml("en/index.xml");
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        List<String> titles = texts(feed.getElementsByTagNameNS("*", "entry"), "title");
        // The practice (2019) was changed in May 2021, so it comes before the February 2021 article;
        // city, theme and plain pages are profiles, not news.
        assertEquals(List.of("AS-Fabrik in Tartu", "AS-Fabrik: industry meets digital services", "Nature-based solutions",
                "AS-FABRIK journal </script><b>", "AS-TRANSFER"), titles);
        // The feed is as new as its newest entry: the case study's date, not the clock.
        assertEquals("2021-09-01T00:00:00Z", directChild(feed.getDocumentElement(), "updated"));
        List<String> updated = texts(feed.getElementsByTagNameNS("*", "entry"), "updated");
        assertEquals("2021-05-04T10:15:30Z", updated.get(1), "lastmod wins over the date");
    }

    @Test
    void aFeedEscapesEveryTextAndDropsWhatXmlForbids() {
        List<Page> pages = new ArrayList<>(TestSite.pages());
        pages.add(TestSite.page("articles", "odd", "en", PageType.ARTICLE,
                TestSite.meta("Floods & \"heat\" <in> 'cities'\u0001", LocalDate.of(2022, 1, 2),
                        "A ]]> summary \uD800with a lone surrogate & <b>tags</b>\uFFFF.", new PublicationDetails(
                                Optional.empty(), Optional.of(new Author("Ana & \"Jon\"", Optional.empty())))),
                "<p>Odd.</p>", List.of()));
        Rendered.Result odd = Rendered.render(new Site(TestSite.config(2), pages, TestSite.intros(), false));

        String feed = odd.text("en/index.xml");

        assertEquals(GOLDEN_FEED, feed);
    }

    /** That feed as the XMLStreamWriter of 4 December wrote it, byte for byte. */
    private static final String GOLDEN_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
            <title>Transfer Hub: latest updates</title>
            <subtitle>Good practices and experience from European cities that learn from each other.</subtitle>
            <link rel="self" type="application/atom+xml" href="https://transferhub.eu/en/index.xml"/>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/"/>
            <id>https://transferhub.eu/en/</id>
            <updated>2022-01-02T00:00:00Z</updated>
            <author><name>Transfer Hub</name>
            </author>
            <entry>
            <title>Floods &amp; "heat" &lt;in&gt; 'cities'</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/articles/odd/"/>
            <id>https://transferhub.eu/en/articles/odd/</id>
            <published>2022-01-02T00:00:00Z</published>
            <updated>2022-01-02T00:00:00Z</updated>
            <summary type="text">A ]]&gt; summary with a lone surrogate &amp; &lt;b&gt;tags&lt;/b&gt;.</summary>
            <category term="article" label="Article"/>
            <author><name>Ana &amp; "Jon"</name>
            </author>
            </entry>
            <entry>
            <title>AS-Fabrik in Tartu</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/case-studies/tartu-as-fabrik/"/>
            <id>https://transferhub.eu/en/case-studies/tartu-as-fabrik/</id>
            <published>2021-09-01T00:00:00Z</published>
            <updated>2021-09-01T00:00:00Z</updated>
            <summary type="text">How Tartu adapted it.</summary>
            <category term="case-study" label="Case study"/>
            </entry>
            <entry>
            <title>AS-Fabrik: industry meets digital services</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/good-practices/as-fabrik/"/>
            <id>https://transferhub.eu/en/good-practices/as-fabrik/</id>
            <published>2019-03-01T00:00:00Z</published>
            <updated>2021-05-04T10:15:30Z</updated>
            <summary type="text">Bilbao's programme that brings industry and digital service companies together.</summary>
            <category term="good-practice" label="Good practice"/>
            <author><name>Jane Doe</name>
            </author>
            </entry>
            <entry>
            <title>Nature-based solutions</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/articles/nature-based-solutions/"/>
            <id>https://transferhub.eu/en/articles/nature-based-solutions/</id>
            <published>2021-02-10T00:00:00Z</published>
            <updated>2021-02-10T00:00:00Z</updated>
            <summary type="text">Green answers to floods &amp; heat.</summary>
            <category term="article" label="Article"/>
            </entry>
            <entry>
            <title>AS-FABRIK journal &lt;/script&gt;&lt;b&gt;</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/journals/as-fabrik-journal-1/"/>
            <id>https://transferhub.eu/en/journals/as-fabrik-journal-1/</id>
            <published>2020-06-15T00:00:00Z</published>
            <updated>2020-06-15T00:00:00Z</updated>
            <summary type="text">The first UIA journal.</summary>
            <category term="journal" label="Journal"/>
            <author><name>Expert</name>
            </author>
            </entry>
            <entry>
            <title>AS-TRANSFER</title>
            <link rel="alternate" type="text/html" href="https://transferhub.eu/en/networks/as-transfer/"/>
            <id>https://transferhub.eu/en/networks/as-transfer/</id>
            <published>2020-01-15T00:00:00Z</published>
            <updated>2020-01-15T00:00:00Z</updated>
            <summary type="text">Transferring AS-Fabrik to three cities.</summary>
            <category term="network" label="Network"/>
            </entry>
            </feed>
            """;

    @Test
    void aTermFeedListsWhatRefersToTheTerm() throws Exception {
        org.w3c.dom.Document feed = xml("en/themes/economy/index.xml");
        assertEquals(List.of("AS-Fabrik: industry meets digital services"), texts(feed.getElementsByTagNameNS("*", "entry"), "title"));
        assertEquals("Transfer Hub: Economy", directChild(feed.getDocumentElement(), "title"));
        org.w3c.dom.Document spanish = xml("es/networks/as-transfer/index.xml");
        assertEquals("es", spanish.getDocumentElement().getAttribute("xml:lang"));
    }

    @Test
    void theSitemapListsPagesWithTheirLanguageVersions() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locs = texts(urls, "loc");
        assertEquals(locs.stream().sorted().toList(), locs, "sorted");
        assertTrue(locs.contains("https://transferhub.eu/es/good-practices/as-fabrik/"));
        assertTrue(locs.contains("https://transferhub.eu/ro/"));
        assertTrue(locs.contains("https://transferhub.eu/en/themes/climate-adaptation/"), "plain term pages");
        assertFalse(locs.contains("https://transferhub.eu/en/search/"), "search pages are noindex");
        assertFalse(locs.contains("https://transferhub.eu/en/old-as-fabrik/"), "aliases redirect");
        org.w3c.dom.Element practice = (org.w3c.dom.Element) urls.item(locs.indexOf("https://transferhub.eu/en/good-practices/as-fabrik/"));
        NodeList links = practice.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        List<String> hreflangs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            hreflangs.add(link.getAttribute("hreflang") + "=" + link.getAttribute("href"));
        }
        assertEquals(List.of("en=https://transferhub.eu/en/good-practices/as-fabrik/",
                "es=https://transferhub.eu/es/good-practices/as-fabrik/",
                "x-default=https://transferhub.eu/en/good-practices/as-fabrik/"), hreflangs);
        assertEquals("2021-05-04T10:15:30Z", directChild(practice, "lastmod"));
    }

    @Test
    void robotsPointsToTheSitemap() {
        assertEquals("User-agent: *\nDisallow: /_search/\n\nSitemap: https://transferhub.eu/sitemap.xml\n", rendered.text("robots.txt"));
    }

    @Test
    void jsonLdParsesAndCannotCloseItsScript() throws Exception {
        String html = rendered.text("en/journals/as-fabrik-journal-1/index.html");
        Element script = rendered.html("en/journals/as-fabrik-journal-1/index.html").expectFirst("script[type=application/ld+json]");
        JsonNode journal = JSON.readTree(script.data());
        assertEquals("AS-FABRIK journal </script><b>", journal.get("headline").asText());
        assertEquals("Article", journal.get("@type").asText());
        assertEquals("2020-06-15", journal.get("datePublished").asText());
        assertEquals("en", journal.get("inLanguage").asText());
        assertEquals("Expert", journal.at("/author/name").asText());
        assertEquals(3, html.split("<script", -1).length, "two script elements, as written: the JSON-LD and suggest.js");
        assertEquals(List.of("application/ld+json"), rendered.html("en/journals/as-fabrik-journal-1/index.html")
                .select("script:not([src])").eachAttr("type"), "one inline script element: the JSON-LD");
        assertEquals(List.of(Rendered.defaultTheme().assets().url(Theme.SUGGEST_JS)),
                rendered.html("en/journals/as-fabrik-journal-1/index.html").select("script[src]").eachAttr("src"),
                "and the header box's suggestions");
        assertFalse(script.data().contains("</"), script.data());

        JsonNode city = JSON.readTree(rendered.html("en/cities/bilbao/index.html").expectFirst("script[type=application/ld+json]").data());
        assertEquals("Place", city.get("@type").asText());
        assertEquals(43.263013, city.at("/geo/latitude").asDouble());
        assertEquals(-2.934985, city.at("/geo/longitude").asDouble());
        JsonNode network = JSON.readTree(rendered.html("en/networks/as-transfer/index.html").expectFirst("script[type=application/ld+json]").data());
        assertEquals("Project", network.get("@type").asText());
        assertEquals("Tartu", network.at("/location/1/name").asText());
    }

    @Test
    void everyFileTheChecksTakeAsGeneratedIsWritten() {
        // The URL and link checks know these files without rendering; the renderer must agree.
        java.util.Set<String> files = eu.transferhub.generator.content.GeneratedFiles.of(TestSite.site().config()).keySet();
        assertTrue(files.size() > 40, files.toString());
        assertEquals(List.of(), files.stream().filter(f -> !rendered.sink().files().containsKey(f)).toList());
    }

    @Test
    void listTaxonomyAndTermPagesAreCollectionPagesOfTheLanguagesSite() throws Exception {
        JsonNode list = JSON.readTree(rendered.html("es/good-practices/index.html")
                .expectFirst("script[type=application/ld+json]").data());
        assertEquals("CollectionPage", list.get("@type").asText());
        assertEquals("es", list.get("inLanguage").asText());
        assertEquals("https://transferhub.eu/es/good-practices/", list.get("url").asText());
        assertEquals("WebSite", list.at("/isPartOf/@type").asText());
        assertEquals("https://transferhub.eu/es/", list.at("/isPartOf/url").asText());
        Document taxonomy = rendered.html("en/themes/index.html");
        JsonNode themes = JSON.readTree(taxonomy.expectFirst("script[type=application/ld+json]").data());
        assertEquals("CollectionPage", themes.get("@type").asText());
        assertEquals(taxonomy.expectFirst("h1").text(), themes.get("name").asText());
        JsonNode term = JSON.readTree(rendered.html("en/themes/climate-adaptation/index.html")
                .expectFirst("script[type=application/ld+json]").data());
        assertEquals("CollectionPage", term.get("@type").asText());
        assertEquals("https://transferhub.eu/en/themes/climate-adaptation/", term.get("url").asText());
        assertTrue(term.path("about").isMissingNode(), "a theme is no place");
    }

    @Test
    void theSearchPageFollowsTheSearchServerContract() {
        Document search = rendered.html("pl/search/index.html");
        Element form = search.expectFirst("main form[role=search]");
        assertEquals("/pl/search/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        Element input = form.expectFirst("input#search-q");
        assertEquals("search", input.attr("type"));
        assertEquals("q", input.attr("name"));
        Element results = search.expectFirst("div#search-results");
        assertEquals("polite", results.attr("aria-live"));
        assertEquals("", results.html(), "the server fills it");
        List<String> scripts = search.select("script[src]").eachAttr("src");
        // Deferred scripts run in document order: the results builder is there when search.js starts.
        assertEquals(List.of(Rendered.defaultTheme().assets().url(Theme.SUGGEST_JS),
                Rendered.defaultTheme().assets().url(Theme.SEARCH_RESULTS_JS),
                Rendered.defaultTheme().assets().url(Theme.SEARCH_JS)), scripts);
        assertTrue(scripts.getLast().matches("/assets/search\\.[0-9a-f]{8}\\.js"), scripts.getLast());
        assertTrue(search.select("script[src]").stream().allMatch(s -> s.hasAttr("defer")), scripts.toString());
    }

    @Test
    void theSearchFilesArePublished() throws Exception {
        assertEquals(Files.readString(Rendered.THEMES.resolve("default/layouts/partials/search-results.mustache")),
                rendered.text("_search/results.mustache"));
        JsonNode strings = JSON.readTree(rendered.text("_search/strings.ro.json"));
        assertEquals("Căutare", strings.get("search.title").asText());
        assertEquals("Pagina {page} din {pages}", strings.get("search.page").asText());
        List<String> keys = new ArrayList<>();
        strings.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.stream().sorted().toList(), keys, "sorted keys");
        assertEquals(Rendered.defaultTheme().messages("ro").all().size(), keys.size());
    }

    @Test
    void assetsArePublishedUnderTheirFingerprint() {
        assertEquals("main.ca978112.css", ThemeAssets.fingerprintedName("main.css", "a".getBytes(StandardCharsets.UTF_8)));
        assertEquals("app.min.ca978112.js", ThemeAssets.fingerprintedName("app.min.js", "a".getBytes(StandardCharsets.UTF_8)));
        assertEquals("LICENSE.ca978112", ThemeAssets.fingerprintedName("LICENSE", "a".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(ThemeAssets.fingerprintedName("main.css", "b".getBytes(StandardCharsets.UTF_8)),
                ThemeAssets.fingerprintedName("main.css", "a".getBytes(StandardCharsets.UTF_8)));
        String css = Rendered.defaultTheme().assets().url(Theme.CSS);
        assertTrue(css.matches("/assets/main\\.[0-9a-f]{8}\\.css"), css);
        assertTrue(rendered.text("en/index.html").contains("<link rel=\"stylesheet\" href=\"" + css + "\">"));
    }

    @Test
    @ExtendWith(TurkishLocale.class)
    void renderingTwiceGivesTheSameBytesWhateverTheLocaleTimeZoneAndThreads() throws Exception {
        ForkJoinPool single = new ForkJoinPool(1);
        Map<String, byte[]> again = single.submit(() -> Rendered.render(TestSite.site()).sink().files()).get();
        single.shutdown();
        assertEquals(rendered.sink().files().keySet(), again.keySet());
        for (String path : again.keySet()) {
            assertArrayEquals(rendered.sink().files().get(path), again.get(path), path);
        }
    }

    @Test
    void pageResourcesAreCopiedBesideEveryLanguageVersion(@TempDir Path content) throws Exception {
        Path map = content.resolve("good-practices/as-fabrik/images/map.png");
        Files.createDirectories(map.getParent());
        Files.write(map, new byte[] {1, 2, 3});
        List<Page> pages = new ArrayList<>();
        for (Page page : TestSite.pages()) {
            SourcePage s = page.source();
            List<Path> resources = s.key().bundle().equals("as-fabrik") ? List.of(Path.of("good-practices/as-fabrik/images/map.png")) : List.of();
            pages.add(new Page(new SourcePage(s.key(), s.lang(), s.type(), s.meta(), s.file(), s.markdown(), s.bodyLine(), resources),
                    page.url(), page.content()));
        }
        Site site = new Site(TestSite.config(2), pages, List.of(), false);
        MemorySink sink = new MemorySink();
        SiteRenderer.create(Rendered.defaultTheme()).render(site, content, sink);
        assertArrayEquals(new byte[] {1, 2, 3}, sink.files().get("en/good-practices/as-fabrik/images/map.png"));
        assertArrayEquals(new byte[] {1, 2, 3}, sink.files().get("es/good-practices/as-fabrik/images/map.png"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SiteRenderer.create(Rendered.defaultTheme()).render(site, new MemorySink()));
        assertEquals("good-practices/as-fabrik/index.en.md has resources (good-practices/as-fabrik/images/map.png);"
                + " render(site, contentDir, sink) copies them", error.getMessage());
    }

    @Test
    void theResultCountsFilesAndPagesPerLanguage() {
        RenderResult result = rendered.result();
        assertEquals(rendered.sink().files().size(), result.files());
        assertEquals(Map.of("en", 9, "es", 2, "eu", 0, "et", 0, "pl", 0, "ro", 0), result.pagesPerLanguage());
        assertEquals(11, result.searchDocuments().size());
    }

    @Test
    void searchDocumentsDescribeEveryContentPageWithLabelsInItsLanguage() {
        List<eu.transferhub.search.document.SearchDocument> documents = rendered.result().searchDocuments();
        assertEquals(TestSite.pages().stream().map(p -> p.url().substring(1, p.url().length() - 1)).sorted().toList(),
                documents.stream().map(eu.transferhub.search.document.SearchDocument::id).toList());
        var practice = documents.stream().filter(d -> d.id().equals("es/good-practices/as-fabrik")).findFirst().orElseThrow();
        assertEquals(List.of("bilbao"), practice.cities());
        Map<String, String> terms = new HashMap<>(practice.labels());
        Arrays.stream(PageType.values()).map(PageType::slug).forEach(terms::remove);
        assertEquals(Map.of("bilbao", "Bilbao", "as-transfer", "AS-TRANSFER", "economy", "Economy"), terms,
                "profile titles fall back to the default language");
        assertEquals("Buena práctica", practice.labels().get("good-practice"));
        assertEquals("Estudio de caso", practice.labels().get("case-study"), "every type, not only the page's own");
        var tartu = documents.stream().filter(d -> d.id().equals("en/cities/tartu")).findFirst().orElseThrow();
        assertEquals("EE", tartu.country());
        assertEquals(List.of("tartu"), tartu.cities());
        assertEquals(List.of("as-transfer"), tartu.networks(), "a partner city belongs to the network");
        var network = documents.stream().filter(d -> d.id().equals("en/networks/as-transfer")).findFirst().orElseThrow();
        assertEquals(List.of("bilbao", "tartu"), network.cities());
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(rendered.sink().files().get(path)));
    }

    private static List<String> texts(NodeList parents, String child) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < parents.getLength(); i++) {
            result.add(directChild((org.w3c.dom.Element) parents.item(i), child));
        }
        return result;
    }

    private static String directChild(org.w3c.dom.Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element && element.getLocalName().equals(name)) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
}
