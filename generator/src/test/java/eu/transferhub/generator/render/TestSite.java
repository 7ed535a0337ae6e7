package eu.transferhub.generator.render;

import eu.transferhub.generator.content.Author;
import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.Contact;
import eu.transferhub.generator.content.Details;
import eu.transferhub.generator.content.FrontMatter;
import eu.transferhub.generator.content.Intro;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.Location;
import eu.transferhub.generator.content.Meeting;
import eu.transferhub.generator.content.MenuItem;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.NoDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import eu.transferhub.generator.content.Result;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.generator.content.TocEntry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small site built from records: two cities, a network, a good practice in English and
 * Spanish, a journal, a case study, an article, a theme, a plain page. Page size 2, so lists
 * and term pages paginate.
 */
final class TestSite {

    static final List<String> LANGUAGES = List.of("en", "es", "eu", "et", "pl", "ro");

    private TestSite() {
    }

    static SiteConfig config(int pageSize) {
        List<Language> languages = new ArrayList<>();
        String[] names = {"English", "Español", "Euskara", "Eesti", "Polski", "Română"};
        for (int i = 0; i < LANGUAGES.size(); i++) {
            languages.add(new Language(LANGUAGES.get(i), names[i], i + 1));
        }
        Map<String, String> titles = new java.util.TreeMap<>();
        LANGUAGES.forEach(l -> titles.put(l, "Transfer Hub"));
        return new SiteConfig(titles, URI.create("https://transferhub.eu/"), "en", languages,
                List.of("cities", "networks", "themes"), pageSize,
                Optional.of(URI.create("https://github.com/transferhub/transfer-hub/blob/main/content/")),
                Map.of("en", List.of(new MenuItem("Good practices", "/en/good-practices/"),
                        new MenuItem("Cities", "/en/cities/"))), "default");
    }

    static Site site() {
        return new Site(config(2), pages(), intros(), false);
    }

    static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        CityDetails bilbao = new CityDetails(Optional.of("ES"), Optional.of(new Location(43.263013, -2.934985)),
                Optional.of(new Contact(Optional.of("Plaza Ernesto Erkoreka 1, 48007 Bilbao"), Optional.of("+34 944 204 200"),
                        Optional.of("info@bilbao.eus"), Optional.of("https://www.bilbao.eus"))));
        pages.add(page("cities", "bilbao", "en", PageType.CITY, meta("Bilbao", null, "The capital of Biscay.", bilbao),
                "<p>Bilbao links industry and digital services.</p>", List.of()));
        pages.add(page("cities", "bilbao", "es", PageType.CITY, meta("Bilbao", null, "La capital de Bizkaia.", bilbao),
                "<p>Bilbao une la industria y los servicios digitales.</p>", List.of()));
        pages.add(page("cities", "tartu", "en", PageType.CITY,
                meta("Tartu", null, "Estonia's university city.", new CityDetails(Optional.of("EE"), Optional.empty(), Optional.empty())),
                "<p>Tartu is a university city.</p>", List.of()));
        NetworkDetails network = new NetworkDetails(Optional.of("bilbao"), List.of("tartu"), Optional.of("UIA Transfer Mechanism"),
                Optional.of("2020–2022"), List.of(
                        new Meeting("bilbao", LocalDate.of(2020, 7, 1), Optional.of(LocalDate.of(2020, 7, 2)), "Kick-off meeting"),
                        new Meeting("tartu", LocalDate.of(2020, 10, 28), Optional.empty(), "Transnational meeting")));
        pages.add(page("networks", "as-transfer", "en", PageType.NETWORK,
                meta("AS-TRANSFER", LocalDate.of(2020, 1, 15), "Transferring AS-Fabrik to three cities.", network),
                "<p>The network.</p>", List.of()));
        PracticeDetails practice = new PracticeDetails(Optional.of("bilbao"),
                Optional.of(new Author("Jane Doe", Optional.of("Municipality of Bilbao"))), true,
                List.of(new Result("70+", "KIBS involved in the roadmap"), new Result("36", "ventures launched")));
        FrontMatter asFabrik = new FrontMatter("AS-Fabrik: industry meets digital services", Optional.of(LocalDate.of(2019, 3, 1)),
                Optional.of("Bilbao's programme that brings industry and digital service companies together."), false,
                Optional.empty(), List.of("/en/old-as-fabrik/"), 0, List.of(), List.of("as-transfer"),
                List.of("economy", "digital-transition"), practice, Optional.of(Instant.parse("2021-05-04T10:15:30Z")));
        pages.add(page("good-practices", "as-fabrik", "en", PageType.GOOD_PRACTICE, asFabrik,
                "<h2 id=\"what\">What the practice does</h2><p>AS-Fabrik connects companies &amp; services.</p>"
                        + "<h2 id=\"results\">Results</h2><p>36 ventures.</p><h3 id=\"more\">More</h3><p>More text.</p>",
                List.of(new TocEntry(2, "what", "What the practice does"), new TocEntry(2, "results", "Results"),
                        new TocEntry(3, "more", "More"))));
        FrontMatter asFabrikEs = new FrontMatter("AS-Fabrik: la industria se encuentra con los servicios digitales",
                Optional.of(LocalDate.of(2019, 3, 1)), Optional.of("El programa de Bilbao."), false, Optional.empty(), List.of(), 0,
                List.of(), List.of("as-transfer"), List.of("economy"), practice, Optional.empty());
        pages.add(page("good-practices", "as-fabrik", "es", PageType.GOOD_PRACTICE, asFabrikEs,
                "<p>AS-Fabrik conecta empresas.</p>", List.of()));
        pages.add(page("journals", "as-fabrik-journal-1", "en", PageType.JOURNAL,
                meta("AS-FABRIK journal </script><b>", LocalDate.of(2020, 6, 15), "The first UIA journal.",
                        new PublicationDetails(Optional.of("bilbao"), Optional.of(new Author("Expert", Optional.empty())))),
                "<p>The journal.</p>", List.of()));
        pages.add(page("case-studies", "tartu-as-fabrik", "en", PageType.CASE_STUDY,
                meta("AS-Fabrik in Tartu", LocalDate.of(2021, 9, 1), "How Tartu adapted it.",
                        new PublicationDetails(Optional.of("tartu"), Optional.empty())),
                "<p>Tartu.</p>", List.of()));
        FrontMatter article = new FrontMatter("Nature-based solutions", Optional.of(LocalDate.of(2021, 2, 10)),
                Optional.of("Green answers to floods & heat."), false, Optional.empty(), List.of(), 0, List.of("bilbao"),
                List.of(), List.of("climate-adaptation"), new NoDetails(), Optional.empty());
        pages.add(page("articles", "nature-based-solutions", "en", PageType.ARTICLE, article, "<p>Nature.</p>", List.of()));
        pages.add(page("themes", "economy", "en", PageType.THEME, meta("Economy", null, "Jobs and companies.", new NoDetails()),
                "<p>Economy.</p>", List.of()));
        pages.add(page("", "about", "en", PageType.PAGE, meta("About", null, "", new NoDetails()), "<p>About us.</p>", List.of()));
        return pages;
    }

    static List<Intro> intros() {
        return List.of(new Intro("en", "Welcome to Transfer Hub",
                new PageContent("<p>Cities learning from cities.</p>", "Cities learning from cities.", "Cities learning from cities.",
                        List.of(), List.of()), Path.of("_index.en.md")));
    }

    static FrontMatter meta(String title, LocalDate date, String summary, Details details) {
        return new FrontMatter(title, Optional.ofNullable(date), Optional.of(summary), false, Optional.empty(), List.of(), 0,
                List.of(), List.of(), List.of(), details, Optional.empty());
    }

    static Page page(String section, String bundle, String lang, PageType type, FrontMatter meta, String html,
            List<TocEntry> toc) {
        String dir = section.isEmpty() ? bundle : section + "/" + bundle;
        SourcePage source = new SourcePage(new PageKey(section, bundle), lang, type, meta,
                Path.of(dir, "index." + lang + ".md"), "", 1, List.of());
        String text = html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        List<String> headings = toc.stream().map(TocEntry::text).toList();
        PageContent content = new PageContent(html, text, meta.summary().orElse(""), toc, headings);
        return new Page(source, "/" + lang + "/" + (section.isEmpty() ? "" : section + "/") + bundle + "/", content);
    }
}
