package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Builds of the same input are byte-identical, whatever the thread count, locale or time zone. */
class DeterministicBuildTest {

    @TempDir
    static Path reference;

    private static Map<String, String> referenceSite;
    private static String referenceDocuments;

    private static BuildResult build(Path work, int threads) throws Exception {
        BuildOptions options = BuildOptions.defaults().withContentDir(SiteLoaderTest.BASIC)
                .withOutputDir(work.resolve("public")).withIndexDir(work.resolve("search-index"))
                .withThemesDir(Path.of("../themes")).withThreads(threads);
        return new SiteBuilder(threads).build(options, BuildProgress.SILENT);
    }

    @BeforeAll
    static void buildWithTheUsualDefaultsAndTwoThreads() throws Exception {
        assertTrue(build(reference, 2).published());
        referenceSite = SiteTrees.hashes(reference.resolve("public"));
        referenceDocuments = Files.readString(reference.resolve("search-index/documents.jsonl"));
    }

    @Test
    void oneThreadOrFourGiveTheSameBytes(@TempDir Path work) throws Exception {
        build(work.resolve("one"), 1);
        build(work.resolve("four"), 4);
        assertEquals(referenceSite, SiteTrees.hashes(work.resolve("one/public")));
        assertEquals(referenceSite, SiteTrees.hashes(work.resolve("four/public")));
        assertEquals(referenceDocuments, Files.readString(work.resolve("four/search-index/documents.jsonl")));
    }

    @Test
    @ExtendWith(TurkishLocale.class)
    void aTurkishLocaleAndAFarTimeZoneGiveTheSameBytes(@TempDir Path work) throws Exception {
        build(work, 2);
        assertEquals(referenceSite, SiteTrees.hashes(work.resolve("public")));
        assertEquals(referenceDocuments, Files.readString(work.resolve("search-index/documents.jsonl")));
    }
}
