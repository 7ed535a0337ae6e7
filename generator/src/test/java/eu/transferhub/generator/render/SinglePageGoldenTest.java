package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML of one single page of each type, compared with the golden file beside it in
 * {@code src/test/resources/render/golden/}. Asset fingerprints are masked so a CSS change
 * does not touch every golden file. After an intended change, regenerate with
 * {@code ./mvnw -pl generator test -Dtest=SinglePageGoldenTest -Dgolden.update=true} and review the diff.
 */
class SinglePageGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "render", "golden");
    private static final Pattern FINGERPRINT = Pattern.compile("(/assets/[^\"/]+?)\\.[0-9a-f]{8}\\.");

    private static Rendered.Result rendered;

    @BeforeAll
    static void render() {
        rendered = Rendered.render(TestSite.site());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "good-practice, en/good-practices/as-fabrik/index.html",
        "good-practice-es, es/good-practices/as-fabrik/index.html",
        "city, en/cities/bilbao/index.html",
        "network, en/networks/as-transfer/index.html",
        "journal, en/journals/as-fabrik-journal-1/index.html",
        "case-study, en/case-studies/tartu-as-fabrik/index.html",
        "article, en/articles/nature-based-solutions/index.html",
        "theme, en/themes/economy/index.html",
        "term, en/themes/climate-adaptation/index.html",
        "page, en/about/index.html",
        "list, en/themes/index.html",
        "home, en/index.html",
        "search, en/search/index.html",
    })
    void matchesGoldenFile(String name, String path) throws IOException {
        String actual = FINGERPRINT.matcher(rendered.text(path)).replaceAll("$1.HASH.");
        Path golden = GOLDEN.resolve(name + ".html");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "rendered " + path + " differs from " + golden);
    }
}
