package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterParserTest {

    private static final Path FILE = Path.of("cities/bilbao/index.en.md");

    private static List<String> problems(PageType type, String text) {
        Problems problems = new Problems(FILE, 2);
        FrontMatterParser.parse(text, type, false, problems);
        return problems.diagnostics().stream().sorted().map(Diagnostic::toString).toList();
    }

    private static ParsedFile parsed(PageType type, String text) {
        Problems problems = new Problems(FILE, 2);
        Optional<ParsedFile> parsed = FrontMatterParser.parse(text, type, false, problems);
        assertEquals(List.of(), problems.diagnostics());
        return parsed.orElseThrow();
    }

    @Test
    void aCityWithEveryFieldIsReadIntoCityDetails() {
        ParsedFile file = parsed(PageType.CITY, """
                ---
                title: Bilbao
                date: 2021-03-04
                summary: "  A city on the Nervión.  "
                weight: 3
                themes: [innovation, culture]
                country: ES
                location: { lat: 43.263013, lon: -2.934985 }
                contact:
                  address: Plaza Ernesto Erkoreka 1
                  phone: "+34 944 204 200"
                  email: info@bilbao.eus
                  website: https://www.bilbao.eus
                ---
                Body *text*.
                """);
        FrontMatter meta = file.meta();
        assertEquals("Bilbao", meta.title());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 4)), meta.date());
        assertEquals(Optional.of("A city on the Nervión."), meta.summary());
        assertEquals(3, meta.weight());
        assertEquals(List.of("innovation", "culture"), meta.themes());
        assertEquals(new CityDetails(Optional.of("ES"), Optional.of(new Location(43.263013, -2.934985)),
                Optional.of(new Contact(Optional.of("Plaza Ernesto Erkoreka 1"), Optional.of("+34 944 204 200"),
                        Optional.of("info@bilbao.eus"), Optional.of("https://www.bilbao.eus")))), meta.details());
        assertEquals("Body *text*.\n", file.body());
        assertEquals(15, file.bodyLine());
    }

    @Test
    void aNetworkKeepsReferencesWithTheirLines() {
        ParsedFile file = parsed(PageType.NETWORK, """
                ---
                title: AS-TRANSFER
                lead: bilbao
                partners: [tartu, timisoara]
                programme: UIA Transfer Mechanism
                period: 2020–2022
                meetings:
                  - { city: bilbao, date: 2020-07-01, end: 2020-07-02, title: Kick-off meeting }
                  - city: tartu
                    date: 2020-10-28
                    title: Transnational meeting
                ---
                """);
        NetworkDetails network = (NetworkDetails) file.meta().details();
        assertEquals(Optional.of("bilbao"), network.lead());
        assertEquals(List.of("tartu", "timisoara"), network.partners());
        assertEquals(List.of(
                new Meeting("bilbao", LocalDate.of(2020, 7, 1), Optional.of(LocalDate.of(2020, 7, 2)), "Kick-off meeting"),
                new Meeting("tartu", LocalDate.of(2020, 10, 28), Optional.empty(), "Transnational meeting")),
                network.meetings());
        assertEquals(List.of(
                new Reference("lead", new PageKey("cities", "bilbao"), 3, true),
                new Reference("partners", new PageKey("cities", "tartu"), 4, true),
                new Reference("partners", new PageKey("cities", "timisoara"), 4, true),
                new Reference("meetings[1].city", new PageKey("cities", "bilbao"), 8, true),
                new Reference("meetings[2].city", new PageKey("cities", "tartu"), 9, true)),
                file.references());
    }

    @Test
    void aGoodPracticeHasItsOwnerCityAmongItsCityTerms() {
        ParsedFile file = parsed(PageType.GOOD_PRACTICE, """
                ---
                title: AS Fabrik
                city: bilbao
                cities: [tartu]
                networks: [as-transfer]
                author: { name: Jane Doe, role: Municipality of Bilbao }
                transfer: true
                results:
                  - { figure: "70+", label: KIBS involved }
                  - { figure: 36, label: ventures launched }
                ---
                """);
        assertEquals(new PracticeDetails(Optional.of("bilbao"),
                Optional.of(new Author("Jane Doe", Optional.of("Municipality of Bilbao"))), true,
                List.of(new Result("70+", "KIBS involved"), new Result("36", "ventures launched"))),
                file.meta().details());
        assertEquals(List.of("bilbao", "tartu"), file.meta().terms("cities"));
        assertEquals(List.of("as-transfer"), file.meta().terms("networks"));
    }

    @Test
    void aLatitudeOutOfRangeIsReportedAtItsLine() {
        assertEquals(List.of("cities/bilbao/index.en.md:4: location: latitude 143.2 is out of range (-90..90)"),
                problems(PageType.CITY, """
                        ---
                        title: Bilbao
                        country: ES
                        location: { lat: 143.2, lon: -2.93 }
                        ---
                        """));
    }

    @Test
    void aWktPointIsLongitudeFirstAndRangeChecked() {
        assertEquals(Optional.of(new Location(43.263013, -2.934985)),
                ((CityDetails) parsed(PageType.CITY, "---\ntitle: B\nlocation: \"POINT (-2.934985 43.263013)\"\n---\n")
                        .meta().details()).location());
        assertEquals(Optional.of(new Location(-1.5, 2)),
                ((CityDetails) parsed(PageType.CITY, "---\ntitle: B\nlocation: point(2 -1.5)\n---\n")
                        .meta().details()).location());
        assertEquals(List.of("cities/bilbao/index.en.md:3: location: longitude 200 is out of range (-180..180)"),
                problems(PageType.CITY, "---\ntitle: B\nlocation: POINT (200 10)\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: location: expected {lat: …, lon: …} or"
                + " \"POINT (lon lat)\", got 'somewhere'"),
                problems(PageType.CITY, "---\ntitle: B\nlocation: somewhere\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: location.lon is required"),
                problems(PageType.CITY, "---\ntitle: B\nlocation: { lat: 1 }\n---\n"));
    }

    @Test
    void wrongTypesNameTheFieldTheExpectationAndTheValue() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:3: date: expected a date YYYY-MM-DD, got 'soon'",
                "cities/bilbao/index.en.md:4: draft: expected true or false, got 'maybe'",
                "cities/bilbao/index.en.md:5: weight: expected an integer, got 'heavy'",
                "cities/bilbao/index.en.md:6: summary: expected a string, got a list",
                "cities/bilbao/index.en.md:7: themes: expected a list of strings, got 'culture'"),
                problems(PageType.ARTICLE, """
                        ---
                        title: T
                        date: soon
                        draft: maybe
                        weight: heavy
                        summary: [a, b]
                        themes: culture
                        ---
                        """));
        assertEquals(List.of("cities/bilbao/index.en.md:3: date: 2021-02-30 is not a calendar date"),
                problems(PageType.ARTICLE, "---\ntitle: T\ndate: 2021-02-30\n---\n"));
    }

    @Test
    void aMissingOrEmptyTitleIsAnError() {
        assertEquals(List.of("cities/bilbao/index.en.md:2: title is required"),
                problems(PageType.ARTICLE, "---\ndate: 2020-01-01\n---\nbody\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:2: title must not be empty"),
                problems(PageType.ARTICLE, "---\ntitle: \"  \"\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:1: title is required"),
                problems(PageType.ARTICLE, "---\n---\nbody\n"));
    }

    @Test
    void aQuotedValueWithLineBreaksStaysOnOneLine() {
        List<String> problems = problems(PageType.ARTICLE, "---\ntitle: A\ndate: |\n  block\n  text\n---\nbody\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().startsWith("cities/bilbao/index.en.md:3: ") && problems.getFirst().contains("block\\ntext"),
                problems.getFirst());
    }

    @Test
    void aYamlProblemAboutAControlCharacterStaysOnOneLine() {
        assertEquals(List.of("cities/bilbao/index.en.md:2: invalid YAML: unexpected character found the end of the line"),
                problems(PageType.ARTICLE, "---\ntitle: &\n---\nbody\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: invalid YAML: found character '\\t(TAB)' that cannot start"
                + " any token. (Do not use \\t(TAB) for indentation)"),
                problems(PageType.ARTICLE, "---\ntitle: A\n\tsummary: x\n---\nbody\n"));
    }

    @Test
    void malformedYamlIsReportedAtItsLineInTheMarkdownFile() {
        assertEquals(List.of("cities/bilbao/index.en.md:4: invalid YAML: could not find expected ':'"),
                problems(PageType.ARTICLE, "---\ntitle: A\nsummary: one\nbroken line\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: invalid YAML: tags like '!java' are not allowed"),
                problems(PageType.ARTICLE, "---\ntitle: A\nsummary: !java x\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: duplicate field 'title' (first at line 2)"),
                problems(PageType.ARTICLE, "---\ntitle: A\ntitle: B\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:2: the front matter: expected a mapping of fields, got a list"),
                problems(PageType.ARTICLE, "---\n- a\n- b\n---\n"));
    }

    @Test
    void missingFencesAreErrorsOnLineOne() {
        assertEquals(List.of("cities/bilbao/index.en.md:1: missing front matter: the file must start with a line '---'"),
                problems(PageType.ARTICLE, "# Just Markdown\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:1: front matter is not closed: no second line '---'"),
                problems(PageType.ARTICLE, "---\ntitle: A\n"));
    }

    @Test
    void crlfLinesAndAByteOrderMarkAreAccepted() {
        ParsedFile file = parsed(PageType.ARTICLE, "\uFEFF---\r\ntitle: A\r\n---  \r\nBody\r\n");
        assertEquals("A", file.meta().title());
        assertEquals("Body\r\n", file.body());
        assertEquals(4, file.bodyLine());
    }

    @Test
    void unknownFieldsAreWarningsWithTheClosestKnownName() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:3: warning: unknown field 'titel' — did you mean 'title'?",
                "cities/bilbao/index.en.md:4: warning: unknown field 'colour'",
                "cities/bilbao/index.en.md:5: warning: field 'lead' is not used here (only on network pages)",
                "cities/bilbao/index.en.md:6: warning: unknown field 'contact.emial' — did you mean 'contact.email'?"),
                problems(PageType.CITY, """
                        ---
                        title: Bilbao
                        titel: Bilbao
                        colour: red
                        lead: bilbao
                        contact: { emial: x@y.z }
                        ---
                        """));
    }

    @Test
    void countrySlugsAndReferencesAreChecked() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:3: country: expected an ISO 3166-1 alpha-2 code in upper case (e.g. ES), got 'es'",
                "cities/bilbao/index.en.md:4: slug: 'Bilbao City' is not a valid slug (lower-case letters, digits and '-')",
                "cities/bilbao/index.en.md:5: themes: 'Culture' is not a valid slug (lower-case letters, digits and '-')",
                "cities/bilbao/index.en.md:6: contact.website: expected an absolute http:// or https:// URL, got 'www.bilbao.eus'"),
                problems(PageType.CITY, """
                        ---
                        title: Bilbao
                        country: es
                        slug: Bilbao City
                        themes: [Culture]
                        contact: { website: www.bilbao.eus }
                        ---
                        """));
    }

    @Test
    void meetingsNeedCityDateAndTitleAndEndAfterDate() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:4: meetings[1].date is required",
                "cities/bilbao/index.en.md:4: meetings[1].title is required",
                "cities/bilbao/index.en.md:5: meetings[2].end: 2020-06-30 is before the date 2020-07-01"),
                problems(PageType.NETWORK, """
                        ---
                        title: N
                        meetings:
                          - { city: bilbao }
                          - { city: tartu, date: 2020-07-01, end: 2020-06-30, title: T }
                        ---
                        """));
    }

    @Test
    void aRangeWrittenInTheDateSaysToUseEndAndATwiceListedPartnerIsAWarning() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:3: warning: partners: 'tartu' is listed twice",
                "cities/bilbao/index.en.md:5: meetings[1].date: '2022-05-10/2022-05-12' is two dates; write the first"
                        + " day as date: and the last as end:",
                "cities/bilbao/index.en.md:6: meetings[2].date: '2022-06-01 – 2022-06-02' is two dates; write the"
                        + " first day as date: and the last as end:"),
                problems(PageType.NETWORK, """
                        ---
                        title: N
                        partners: [tartu, tartu]
                        meetings:
                          - { city: tartu, date: "2022-05-10/2022-05-12", title: T }
                          - { city: tartu, date: "2022-06-01 – 2022-06-02", title: U }
                          - { city: tartu, date: 2022-07-01, title: V }
                        ---
                        """));
    }

    @Test
    void aliasesAreSitePathsWithATrailingSlash() {
        ParsedFile file = parsed(PageType.ARTICLE, "---\ntitle: A\naliases: [/en/old, /en/older/, /en/feed.xml]\n---\n");
        assertEquals(List.of("/en/old/", "/en/older/", "/en/feed.xml"), file.meta().aliases());
        assertEquals(List.of(
                "cities/bilbao/index.en.md:4: aliases: 'old-path' is not a site path: it must start with one '/',"
                        + " e.g. /en/old-path/",
                "cities/bilbao/index.en.md:5: aliases: '/en/../../etc/x/' is not a site path: it must not contain '..'"
                        + " (write the old URL as it was, from the site root)",
                "cities/bilbao/index.en.md:6: aliases: '/en/old?page=2' is not a site path: a redirect page is one"
                        + " path, without '?' or '#'"),
                problems(PageType.ARTICLE, "---\ntitle: A\naliases:\n  - old-path\n  - /en/../../etc/x/\n"
                        + "  - /en/old?page=2\n---\n"));
    }

    @Test
    void yamlLeftOpenIsReportedWhereItWasOpenedNotAtTheClosingFence() {
        assertEquals(List.of("cities/bilbao/index.en.md:3: invalid YAML: expected ',' or ']', but got the end of the"
                + " YAML (a flow sequence that starts on this line is not closed)"),
                problems(PageType.CITY, "---\ntitle: Bilbao\nthemes: [economy, culture\n---\nText.\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: invalid YAML: found unexpected end of stream (a quoted"
                + " scalar that starts on this line is not closed)"),
                problems(PageType.CITY, "---\ntitle: Bilbao\nsummary: \"A city\n---\nText.\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:4: invalid YAML: expected ',' or ']', but got : (inside the"
                + " flow sequence that starts on line 3; is its closing bracket missing?)"),
                problems(PageType.CITY, "---\ntitle: Bilbao\nthemes: [economy\ncountry: ES\n---\nText.\n"));
    }

    @Test
    void aQuoteTooFewOrTooManyIsNamedAtTheValueItBreaks() {
        // The missing closing quote of line 3 is closed by the first quote on line 5.
        assertEquals(List.of("cities/bilbao/index.en.md:3: invalid YAML: expected <block end>, but found '<scalar>'"
                + " (the quoted text that starts on this line runs on to line 5; is its closing quote missing?)"),
                problems(PageType.CITY, "---\ntitle: Bilbao\nsummary: \"A city\ncountry: ES\n"
                        + "contact: { email: \"a@b.eu\" }\n---\nText.\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:2: invalid YAML: expected <block end>, but found '<scalar>'"
                + " (a ' inside '…' ends the text: write it twice, '', or put the text in \"…\")"),
                problems(PageType.CITY, "---\ntitle: 'Bilbao's port'\n---\nText.\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:2: invalid YAML: expected <block end>, but found '<scalar>'"
                + " (a \" inside \"…\" ends the text: write it as \\\", or put the text in '…')"),
                problems(PageType.CITY, "---\ntitle: \"The \"old\" port\"\n---\nText.\n"));
        assertEquals(List.of(), problems(PageType.CITY, "---\ntitle: 'Bilbao''s port'\ncountry: ES\n---\nText.\n"));
    }

    @ParameterizedTest(name = "date: {0}")
    @CsvSource(delimiter = ';', value = {
        "2021-03-09; 2021-03-09",
        "2021-03-09T10:00:00+01:00; 2021-03-09",
        "'2021-03-09T23:30:00-05:00'; 2021-03-09",
        "2021-03-09T10:00:00Z; 2021-03-09",
        "2021-03-09T10:00:00.123456789Z; 2021-03-09",
        "2021-03-09 10:00; 2021-03-09",
    })
    void aDateAndTimeAsHugoWritesThemGivesTheDayAsWritten(String written, String day) {
        ParsedFile file = parsed(PageType.ARTICLE, "---\ntitle: A\ndate: " + written + "\n---\n");
        assertEquals(Optional.of(LocalDate.parse(day)), file.meta().date());
    }

    @Test
    void aDateAndTimeThatDoesNotExistIsAnError() {
        assertEquals(List.of("cities/bilbao/index.en.md:3: date: 2021-02-30T10:00:00Z is not a valid date and time"),
                problems(PageType.ARTICLE, "---\ntitle: A\ndate: 2021-02-30T10:00:00Z\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: date: 2021-03-09T25:00:00Z is not a valid date and time"),
                problems(PageType.ARTICLE, "---\ntitle: A\ndate: 2021-03-09T25:00:00Z\n---\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:3: date: expected a date YYYY-MM-DD, got '2021-03-09T10'"),
                problems(PageType.ARTICLE, "---\ntitle: A\ndate: 2021-03-09T10\n---\n"));
    }

    @Test
    void hugosOwnFieldsSayWhatToDoInstead() {
        assertEquals(List.of(
                "cities/bilbao/index.en.md:3: warning: Hugo's field 'description' is not read here: write it as"
                        + " summary, which lists, search results and the page's meta description show",
                "cities/bilbao/index.en.md:4: warning: Hugo's field 'tags' is not read here: this site's taxonomies"
                        + " are cities, networks and themes",
                "cities/bilbao/index.en.md:5: warning: unknown field 'sumary' — did you mean 'summary'?"),
                problems(PageType.ARTICLE, "---\ntitle: A\ndescription: About A.\ntags: [a]\nsumary: S.\n---\n"));
    }

    @Test
    void tomlAndJsonFrontMatterAreNamedAsSuch() {
        assertEquals(List.of("cities/bilbao/index.en.md:1: missing front matter: the file must start with a line"
                + " '---' (this is TOML front matter, as Hugo allows; write it as YAML between '---' lines)"),
                problems(PageType.CITY, "+++\ntitle = \"Bilbao\"\n+++\nText.\n"));
        assertEquals(List.of("cities/bilbao/index.en.md:1: missing front matter: the file must start with a line"
                + " '---' (this is JSON front matter, as Hugo allows; write it as YAML between '---' lines)"),
                problems(PageType.CITY, "{\n  \"title\": \"Bilbao\"\n}\nText.\n"));
    }

    @Test
    void anIntroNeedsNoTitleAndHasNoTypeFields() {
        Problems problems = new Problems(Path.of("_index.en.md"), 2);
        Optional<ParsedFile> file = FrontMatterParser.parse("---\nsummary: Hello\n---\nWelcome\n", PageType.PAGE,
                true, problems);
        assertEquals(List.of(), problems.diagnostics());
        assertEquals("", file.orElseThrow().meta().title());
        assertTrue(file.orElseThrow().meta().details() instanceof NoDetails);
    }
}
