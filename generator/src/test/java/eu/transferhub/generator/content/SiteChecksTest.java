package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteChecksTest {

    private static final SiteConfig CONFIG = new SiteConfig(Map.of("en", "Hub", "es", "Centro"),
            URI.create("https://transferhub.eu/"), "en",
            List.of(new Language("en", "English", 1), new Language("es", "Español", 2)),
            List.of("cities", "networks", "themes"), 10, Optional.empty(), Map.of(), "default", List.of());

    private static LoadedPage page(PageType type, String bundle, String lang, String url, List<Reference> references,
            List<Alias> aliases) {
        Path file = Path.of(type.section(), bundle, "index." + lang + ".md");
        SourcePage source = new SourcePage(new PageKey(type.section(), bundle), lang, type, FrontMatter.titled(bundle),
                file, "", 5, List.of());
        return new LoadedPage(source, url, references, aliases, 2);
    }

    private static LoadedPage city(String bundle, String lang) {
        return page(PageType.CITY, bundle, lang, "/" + lang + "/cities/" + bundle + "/", List.of(), List.of());
    }

    private static List<String> check(SiteConfig config, LoadedPage... pages) {
        return SiteChecks.check(config, List.of(pages)).stream().sorted().map(Diagnostic::toString).toList();
    }

    @Test
    void requiredCityReferencesMustNameABundleAndTermsWithoutProfileAreWarnings() {
        LoadedPage network = page(PageType.NETWORK, "n", "en", "/en/networks/n/", List.of(
                new Reference("lead", new PageKey("cities", "bilbo"), 3, true),
                new Reference("partners", new PageKey("cities", "tartu"), 4, true),
                new Reference("meetings[1].city", new PageKey("cities", "riga"), 7, true),
                new Reference("themes", new PageKey("themes", "culture"), 5, false)), List.of());
        assertEquals(List.of(
                "networks/n/index.en.md:3: lead: unknown city 'bilbo' — did you mean 'bilbao'?",
                "networks/n/index.en.md:5: warning: themes: 'culture' has no profile page (themes/culture/);"
                        + " it gets a plain term page",
                "networks/n/index.en.md:7: meetings[1].city: unknown city 'riga' (there is no cities/riga/ bundle)"),
                check(CONFIG, network, city("bilbao", "en"), city("tartu", "es")));
    }

    @Test
    void twoPagesWithOneUrlNameBothFiles() {
        LoadedPage a = page(PageType.ARTICLE, "a", "en", "/en/articles/same/", List.of(), List.of());
        LoadedPage b = page(PageType.ARTICLE, "b", "en", "/en/articles/same/", List.of(), List.of());
        assertEquals(List.of("articles/b/index.en.md:2: URL /en/articles/same/ is also the URL of articles/a/index.en.md:2"),
                check(CONFIG, b, a));
    }

    @Test
    void aliasesMustNotClaimAPageUrlAnotherAliasOrAGeneratedPage() {
        LoadedPage a = page(PageType.ARTICLE, "a", "en", "/en/articles/a/", List.of(),
                List.of(new Alias("/en/articles/b/", 3), new Alias("/en/old/", 4)));
        LoadedPage b = page(PageType.ARTICLE, "b", "en", "/en/articles/b/", List.of(),
                List.of(new Alias("/en/old/", 6), new Alias("/en/cities/", 7)));
        LoadedPage about = page(PageType.PAGE, "search", "en", "/en/search/", List.of(), List.of());
        assertEquals(List.of(
                "articles/a/index.en.md:3: alias /en/articles/b/ is also the URL of articles/b/index.en.md:2",
                "articles/b/index.en.md:6: alias /en/old/ is also the URL of articles/a/index.en.md:4 (alias)",
                "articles/b/index.en.md:7: alias /en/cities/ is also the URL of the en cities list page",
                "search/index.en.md:2: URL /en/search/ is also the URL of the en search page"),
                check(CONFIG, a, b, about));
    }

    @Test
    void aliasesMustNotClaimAFileTheSiteGenerates() {
        LoadedPage a = page(PageType.ARTICLE, "a", "en", "/en/articles/a/", List.of(), List.of(
                new Alias("/", 3), new Alias("/404.html", 4), new Alias("/sitemap.xml", 5), new Alias("/en/index.xml", 6),
                new Alias("/es/404.html", 7), new Alias("/en/index.html", 8), new Alias("/assets/old/", 9),
                new Alias("/en/articles/page/2/", 10), new Alias("/en/cities/bilbao/index.xml", 11),
                new Alias("/en/cities/bilbao/page/3/", 12), new Alias("/en/news/page/2/", 13)));
        assertEquals(List.of(
                "articles/a/index.en.md:3: alias / is also the URL of the language chooser at /",
                "articles/a/index.en.md:4: alias /404.html is also the URL of the site's 404 page",
                "articles/a/index.en.md:5: alias /sitemap.xml is also the URL of the sitemap",
                "articles/a/index.en.md:6: alias /en/index.xml is also the URL of the en Atom feed",
                "articles/a/index.en.md:7: alias /es/404.html is also the URL of the es 404 page",
                "articles/a/index.en.md:8: alias /en/index.html is also the URL of the en home page",
                "articles/a/index.en.md:9: alias /assets/old/ is also the URL of the theme's files (/assets/)",
                "articles/a/index.en.md:10: alias /en/articles/page/2/ is also the URL of page 2 of the list"
                        + " /en/articles/ (long lists go on at page/2/, page/3/…)",
                "articles/a/index.en.md:11: alias /en/cities/bilbao/index.xml is also the URL of the en feed of cities 'bilbao'",
                "articles/a/index.en.md:12: alias /en/cities/bilbao/page/3/ is also the URL of page 3 of the list"
                        + " /en/cities/bilbao/ (long lists go on at page/2/, page/3/…)"),
                check(CONFIG, a, city("bilbao", "en")));
    }

    @Test
    void anAliasMustNotClaimAPlainTermPageOrItsFeedButMayClaimATermNoPageNames() {
        LoadedPage article = page(PageType.ARTICLE, "a", "es", "/es/articles/a/", List.of(
                new Reference("themes", new PageKey("themes", "culture"), 4, false),
                new Reference("cities", new PageKey("cities", "bilbao"), 5, false)), List.of());
        LoadedPage other = page(PageType.ARTICLE, "b", "en", "/en/articles/b/", List.of(), List.of(
                new Alias("/es/themes/culture/", 3), new Alias("/es/cities/bilbao/index.xml", 4),
                new Alias("/en/themes/culture/", 5), new Alias("/es/cities/renamed/", 6)));
        // Bilbao has an en profile only: in es it gets a plain term page. No en page names culture.
        assertEquals(List.of(
                "articles/a/index.es.md:4: warning: themes: 'culture' has no profile page (themes/culture/);"
                        + " it gets a plain term page",
                "articles/b/index.en.md:3: alias /es/themes/culture/ is also the URL of the es term page of themes"
                        + " 'culture' (/es/themes/culture/)",
                "articles/b/index.en.md:4: alias /es/cities/bilbao/index.xml is also the URL of the es term feed of"
                        + " cities 'bilbao' (/es/cities/bilbao/index.xml)"),
                check(CONFIG, article, other, city("bilbao", "en")));
    }

    @Test
    void aBundleFileMustNotBePublishedOverItsPageOrItsFeedAndIsNamedOnce() {
        Path html = Path.of("cities", "bilbao", "index.html");
        Path feed = Path.of("cities", "bilbao", "index.xml");
        Path map = Path.of("cities", "bilbao", "map.png");
        LoadedPage en = withResources(city("bilbao", "en"), html, feed, map);
        LoadedPage es = withResources(city("bilbao", "es"), html, feed, map);
        LoadedPage mover = page(PageType.ARTICLE, "a", "en", "/en/articles/a/", List.of(), List.of(
                new Alias("/en/cities/bilbao/map.png", 3)));
        assertEquals(List.of(
                "articles/a/index.en.md:3: alias /en/cities/bilbao/map.png is also the URL of cities/bilbao/map.png"
                        + " (bundle file)",
                "cities/bilbao/index.html: this bundle file would be published at /en/cities/bilbao/index.html, which"
                        + " is also the URL of cities/bilbao/index.en.md:2; rename it",
                "cities/bilbao/index.xml: this bundle file would be published at /en/cities/bilbao/index.xml, which"
                        + " is also the URL of the en feed of cities 'bilbao'; rename it"),
                check(CONFIG, mover, en, es));
    }

    private static LoadedPage withResources(LoadedPage page, Path... resources) {
        SourcePage s = page.source();
        return new LoadedPage(new SourcePage(s.key(), s.lang(), s.type(), s.meta(), s.file(), s.markdown(), s.bodyLine(),
                List.of(resources)), page.url(), page.references(), page.aliases(), page.urlLine());
    }

    @Test
    void aMissingTranslationIsAWarningOnlyInARequiredLanguage() {
        assertEquals(List.of(), check(CONFIG, city("bilbao", "en")));
        SiteConfig requiringSpanish = new SiteConfig(CONFIG.titles(), CONFIG.baseUrl(), "en", CONFIG.languages(),
                CONFIG.taxonomies(), 10, Optional.empty(), Map.of(), "default", List.of("es"));
        assertEquals(List.of("cities/bilbao/index.en.md: warning: missing translation: no index.es.md in this bundle"
                + " (es is a required language)"), check(requiringSpanish, city("bilbao", "en"), city("tartu", "es")));
    }

    @Test
    void aTranslationLeftOutForItsErrorsIsNotMissingAndOneLeftOutAsADraftIsNamedSo() {
        SiteConfig requiringSpanish = new SiteConfig(CONFIG.titles(), CONFIG.baseUrl(), "en", CONFIG.languages(),
                CONFIG.taxonomies(), 10, Optional.empty(), Map.of(), "default", List.of("en", "es"));
        LoadedPage broken = city("bilbao", "es"); // read, then left out for an error of its own
        SourcePage s = city("tartu", "es").source();
        LoadedPage draft = new LoadedPage(new SourcePage(s.key(), "es", PageType.CITY,
                new FrontMatter("Tartu", Optional.empty(), Optional.empty(), true, Optional.empty(), List.of(), 0,
                        List.of(), List.of(), List.of(), new NoDetails(), Optional.empty()),
                s.file(), "", 5, List.of()), "/es/cities/tartu/", List.of(), List.of(), 2);
        List<LoadedPage> included = List.of(city("bilbao", "en"), city("tartu", "en"));
        assertEquals(List.of("cities/tartu/index.en.md: warning: missing translation: index.es.md is a draft"
                + " (es is a required language)"),
                SiteChecks.check(requiringSpanish, included, List.of(broken, draft), List.of(new PageKey("cities", "bilbao"),
                        new PageKey("cities", "bilbao"), new PageKey("cities", "tartu"), new PageKey("cities", "tartu")))
                        .stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aBundleWhoseFilesAreAllDraftsLeftOutCannotBeReferencedButABrokenOneCan() {
        LoadedPage practice = page(PageType.GOOD_PRACTICE, "p", "en", "/en/good-practices/p/", List.of(
                new Reference("city", new PageKey("cities", "riga"), 3, true),
                new Reference("cities", new PageKey("cities", "tartu"), 4, false)), List.of());
        SourcePage draftSource = new SourcePage(new PageKey("cities", "riga"), "en", PageType.CITY,
                new FrontMatter("Riga", Optional.empty(), Optional.empty(), true, Optional.empty(), List.of(), 0,
                        List.of(), List.of(), List.of(), new NoDetails(), Optional.empty()),
                Path.of("cities/riga/index.en.md"), "", 5, List.of());
        LoadedPage draft = new LoadedPage(draftSource, "/en/cities/riga/", List.of(), List.of(), 2);
        assertEquals(List.of("good-practices/p/index.en.md:3: city: the city 'riga' is a draft"
                + " (build with --drafts, or publish it)"),
                SiteChecks.check(CONFIG, List.of(practice), List.of(draft), List.of(practice.source().key(),
                        new PageKey("cities", "riga"), new PageKey("cities", "tartu")))
                        .stream().map(Diagnostic::toString).toList());
    }

    @Test
    void closestNameAllowsTwoEditsAndTranspositions() {
        assertEquals(Optional.of("title"), ClosestName.to("titel", List.of("date", "title")));
        assertEquals(Optional.of("bilbao"), ClosestName.to("bilboa", new ArrayList<>(List.of("bilbao", "tartu"))));
        assertEquals(Optional.empty(), ClosestName.to("xy", List.of("title")));
    }
}
