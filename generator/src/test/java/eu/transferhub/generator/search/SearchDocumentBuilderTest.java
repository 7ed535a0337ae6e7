package eu.transferhub.generator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.transferhub.generator.content.CityDetails;
import eu.transferhub.generator.content.FrontMatter;
import eu.transferhub.generator.content.Language;
import eu.transferhub.generator.content.NetworkDetails;
import eu.transferhub.generator.content.NoDetails;
import eu.transferhub.generator.content.Page;
import eu.transferhub.generator.content.PageContent;
import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.PageType;
import eu.transferhub.generator.content.PracticeDetails;
import eu.transferhub.generator.content.PublicationDetails;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.content.SiteConfig;
import eu.transferhub.generator.content.SourcePage;
import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents built from pages equal, field by field, the shared fixture the search
 * server's tests index (search-server's test jar, /search-documents/fixture.jsonl).
 */
class SearchDocumentBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, String>> TYPE_LABELS = Map.of(
            "en", Map.of("good-practice", "Good practice", "city", "City", "journal", "Journal", "network", "Network",
                    "theme", "Theme"),
            "ro", Map.of("city", "Oraș"));

    @Test
    void documentsMatchTheSharedFixture() throws IOException {
        Map<String, JsonNode> fixture = fixture();
        List<SearchDocument> documents = documents();
        for (String id : List.of("en/good-practices/as-fabrik", "en/cities/timisoara", "ro/cities/timisoara",
                "en/journals/as-fabrik-journal-1")) {
            SearchDocument document = documents.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
            ObjectNode expected = (ObjectNode) fixture.get(id);
            assertNotNull(expected, id);
            ObjectNode actual = (ObjectNode) JSON.readTree(SearchDocuments.toJson(document));
            // Labels name every slug of the document (the fixture's journal line omits its network's);
            // every label the fixture has must be there with the same text.
            JsonNode expectedLabels = expected.remove("labels");
            JsonNode actualLabels = actual.remove("labels");
            assertEquals(expected, actual, id);
            expectedLabels.properties().forEach(e -> assertEquals(e.getValue(), actualLabels.get(e.getKey()), id + " " + e.getKey()));
            List<String> slugs = new ArrayList<>(document.cities());
            slugs.addAll(document.networks());
            slugs.addAll(document.themes());
            // Every type is named, not only the page's own: a language may have no page of a type
            // that its visitors' type facet counts.
            Arrays.stream(PageType.values()).map(PageType::slug).forEach(slugs::add);
            assertEquals(new TreeSet<>(slugs), new TreeSet<>(document.labels().keySet()), id);
        }
    }

    @Test
    void documentsRoundTripThroughTheDocumentFile(@TempDir Path temp) throws IOException {
        List<SearchDocument> documents = documents();
        Path file = temp.resolve("documents.jsonl");
        SearchDocuments.write(documents, file);
        assertEquals(documents, SearchDocuments.read(file));
        assertEquals(documents.stream().map(SearchDocument::id).sorted().toList(), documents.stream().map(SearchDocument::id).toList());
    }

    @Test
    void idIsTheUrlWithoutSlashes() {
        assertEquals("en/good-practices/as-fabrik", SearchDocumentBuilder.id("/en/good-practices/as-fabrik/"));
        assertEquals("en", SearchDocumentBuilder.id("/en/"));
    }

    private static Map<String, JsonNode> fixture() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        try (InputStream in = SearchDocumentBuilderTest.class.getResourceAsStream("/search-documents/fixture.jsonl")) {
            assertNotNull(in, "the search-server test jar provides the fixture");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    byId.put(node.get("id").asText(), node);
                }
            }
        }
        return byId;
    }

    /** The fixture's pages as the content stage would hand them over. */
    private static List<SearchDocument> documents() {
        List<Page> pages = List.of(
                page("good-practices", "as-fabrik", "en", PageType.GOOD_PRACTICE, "AS-Fabrik: industry meets digital services",
                        LocalDate.of(2019, 3, 1), List.of(), List.of("as-transfer"), List.of("economy", "digital-transition"),
                        new PracticeDetails(Optional.of("bilbao"), Optional.empty(), true, List.of()),
                        "Bilbao's programme that brings industry and digital service companies together.",
                        "AS-Fabrik connects manufacturing companies with knowledge-intensive business services (KIBS) in Zorrotzaurre."
                                + " The programme trained more than 500 professionals and launched 36 ventures.",
                        List.of("What the practice does", "Results")),
                page("cities", "bilbao", "en", PageType.CITY, "Bilbao", null, List.of(), List.of(), List.of(),
                        city("ES"), "", "", List.of()),
                page("cities", "timisoara", "en", PageType.CITY, "Timișoara", null, List.of(), List.of(), List.of(), city("RO"),
                        "A city in western Romania, partner of AS-TRANSFER.",
                        "Timișoara is the largest city in western Romania and a centre of the IT industry.", List.of("Contact")),
                page("cities", "timisoara", "ro", PageType.CITY, "Timișoara", null, List.of(), List.of(), List.of(), city("RO"),
                        "Un oraș din vestul României, partener al AS-TRANSFER.",
                        "Timișoara este cel mai mare oraș din vestul României și un centru al industriei IT.", List.of("Contact")),
                page("networks", "as-transfer", "en", PageType.NETWORK, "AS-TRANSFER", null, List.of(), List.of(), List.of(),
                        new NetworkDetails(Optional.of("bilbao"), List.of("timisoara"), Optional.empty(), Optional.empty(), List.of()),
                        "", "", List.of()),
                page("themes", "economy", "en", PageType.THEME, "Economy", null, List.of(), List.of(), List.of(), new NoDetails(),
                        "", "", List.of()),
                page("themes", "digital-transition", "en", PageType.THEME, "Digital transition", null, List.of(), List.of(),
                        List.of(), new NoDetails(), "", "", List.of()),
                page("journals", "as-fabrik-journal-1", "en", PageType.JOURNAL, "AS-FABRIK journal", LocalDate.of(2020, 6, 15),
                        List.of(), List.of("as-transfer"), List.of("economy"),
                        new PublicationDetails(Optional.of("bilbao"), Optional.empty()),
                        "The first UIA journal of the AS-FABRIK project.",
                        "The journal reviews how knowledge-intensive business services grew in the Basque Country."
                                + " <script>alert('x')</script> appears here as text an editor pasted.",
                        List.of("KIBS trends", "Mentoring in five steps")));
        Site site = new Site(config(), pages, List.of(), false);
        SearchDocumentBuilder builder = new SearchDocumentBuilder(site, new SearchDocumentBuilder.Labels() {
            @Override
            public String term(String taxonomy, String slug, String lang) {
                return site.find(new PageKey(taxonomy, slug), lang).or(() -> site.find(new PageKey(taxonomy, slug), "en"))
                        .map(Page::title).orElse(slug);
            }

            @Override
            public String type(PageType type, String lang) {
                // The fixture names the types its documents have; the others get a stand-in.
                return TYPE_LABELS.get(lang).getOrDefault(type.slug(), lang + ":" + type.slug());
            }
        });
        return SearchDocumentBuilder.sorted(site.pages().stream().map(builder::build).toList());
    }

    private static CityDetails city(String country) {
        return new CityDetails(Optional.of(country), Optional.empty(), Optional.empty());
    }

    private static SiteConfig config() {
        return new SiteConfig(Map.of("en", "Transfer Hub", "ro", "Transfer Hub"), URI.create("https://transferhub.eu/"), "en",
                List.of(new Language("en", "English", 1), new Language("ro", "Română", 2)),
                List.of("cities", "networks", "themes"), 10, Optional.empty(), Map.of(), "default");
    }

    private static Page page(String section, String bundle, String lang, PageType type, String title, LocalDate date,
            List<String> cities, List<String> networks, List<String> themes, eu.transferhub.generator.content.Details details,
            String summary, String text, List<String> headings) {
        FrontMatter meta = new FrontMatter(title, Optional.ofNullable(date), Optional.of(summary), false, Optional.empty(),
                List.of(), 0, cities, networks, themes, details, Optional.empty());
        SourcePage source = new SourcePage(new PageKey(section, bundle), lang, type, meta,
                Path.of(section, bundle, "index." + lang + ".md"), "", 1, List.of());
        return new Page(source, "/" + lang + "/" + section + "/" + bundle + "/",
                new PageContent("<p>" + text + "</p>", text, summary, List.of(), headings));
    }
}
