package eu.transferhub.generator.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.generator.content.PageKey;
import eu.transferhub.generator.content.Site;
import eu.transferhub.generator.output.IncrementalSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a preview render keeps from the last one: single pages outside the affected bundles,
 * and lists, term pages and term feeds that show none of them and list the same items.
 */
class IncrementalRenderTest {

    /** The site-wide files a preview render always writes, whatever changed. */
    private static final Set<String> ALWAYS = Set.of("index.html", "404.html", "robots.txt", "sitemap.xml",
            "_search/results.mustache");

    /** Records which files a render writes and which it keeps. */
    private static final class Recording implements IncrementalSink {
        final Set<String> written = new ConcurrentSkipListSet<>();
        final Set<String> kept = new ConcurrentSkipListSet<>();
        volatile byte[] sitemap;

        @Override
        public void write(String path, byte[] bytes) {
            written.add(path);
            if (path.equals("sitemap.xml")) {
                sitemap = bytes.clone();
            }
        }

        @Override
        public void copy(String path, Path source) {
            written.add(path);
        }

        @Override
        public void keep(String path) {
            kept.add(path);
        }
    }

    private final SiteRenderer renderer = SiteRenderer.create(Rendered.defaultTheme());
    private Site site;
    private RenderResult first;
    private NavigableMap<String, byte[]> firstFiles;

    @BeforeEach
    void renderOnce() throws Exception {
        site = TestSite.site();
        MemorySink sink = new MemorySink();
        first = renderer.render(site, sink);
        firstFiles = sink.files();
    }

    private Recording renderChanged(Set<PageKey> affected, RenderResult previous) throws Exception {
        return renderChanged(Affected.everywhere(affected), previous);
    }

    private Recording renderChanged(Affected affected, RenderResult previous) throws Exception {
        Recording sink = new Recording();
        RenderResult result = renderer.renderChanged(site, Path.of(""), sink, affected, previous);
        assertEquals(first.searchDocuments(), result.searchDocuments(), "the same documents, kept or built");
        Set<String> all = new TreeSet<>(sink.written);
        all.addAll(sink.kept);
        assertEquals(firstFiles.keySet(), all, "every file is written or kept");
        assertTrue(sink.written.stream().noneMatch(sink.kept::contains), "a file is either written or kept");
        return sink;
    }

    /** Files outside the per-language site pages (home, search, 404, feed) and the assets. */
    private static boolean perLanguageSitePage(String path) {
        return path.matches("[a-z]{2}/(index\\.html|index\\.xml|404\\.html|search/index\\.html)")
                || path.startsWith("assets/") || path.startsWith("_search/");
    }

    @Test
    void whenNothingChangedOnlyTheSiteWideFilesAreRendered() throws Exception {
        Recording sink = renderChanged(Set.of(), first);

        Set<String> other = new TreeSet<>(sink.written);
        other.removeIf(p -> ALWAYS.contains(p) || perLanguageSitePage(p) || isAlias(p));
        assertEquals(Set.of(), other, "no single page, list, term page or term feed is rendered again");
        assertTrue(sink.kept.contains("en/cities/index.html"), sink.kept.toString());
        assertTrue(sink.kept.contains("en/cities/tartu/index.xml"), sink.kept.toString());
        assertArrayEquals(firstFiles.get("sitemap.xml"), sink.sitemap, "the sitemap from reused elements is the same");
    }

    @Test
    void anAffectedBundleRendersItsPagesAndTheListsThatShowItOnly() throws Exception {
        Recording sink = renderChanged(Set.of(new PageKey("cities", "tartu")), first);

        assertTrue(sink.written.contains("en/cities/tartu/index.html"), "the page itself");
        assertTrue(sink.written.contains("en/cities/tartu/index.xml"), "its term feed (titled by it)");
        String tartuList = listPageShowing("en/cities/", "/en/cities/tartu/");
        assertTrue(sink.written.contains(tartuList), "the cities list page that shows Tartu: " + tartuList);
        assertTrue(sink.kept.contains("en/cities/bilbao/index.html"), "another city's page");
        assertTrue(sink.kept.contains("en/articles/index.html"), "a list without Tartu");
    }

    @Test
    void aBundleWhoseBodyAloneChangedRendersItsPagesAndTheFeedsThatShowItsTimeOnly() throws Exception {
        PageKey asFabrik = new PageKey("good-practices", "as-fabrik");
        Recording sink = renderChanged(new Affected(Set.of(asFabrik), Set.of(), Set.of(asFabrik), Set.of()), first);

        assertTrue(sink.written.contains("en/good-practices/as-fabrik/index.html"), "the page itself");
        assertTrue(sink.written.contains("es/good-practices/as-fabrik/index.html"), "its translation");
        assertTrue(sink.written.contains("en/cities/bilbao/index.xml"), "the feed of its owner city, with its time");
        assertTrue(sink.kept.contains("en/good-practices/index.html"), "the list that shows its card");
        assertTrue(sink.kept.contains("en/cities/bilbao/index.html"), "the city page that shows its card");
        assertTrue(sink.kept.contains("en/cities/tartu/index.xml"), "a feed it is not in");
    }

    @Test
    void aBundleWhoseCardAloneChangedRendersTheListsThatShowItNotTheFeeds() throws Exception {
        // As for a page tagged with a renamed city: its card shows the new name, its feed entries do not.
        PageKey asFabrik = new PageKey("good-practices", "as-fabrik");
        Recording sink = renderChanged(new Affected(Set.of(asFabrik), Set.of(asFabrik), Set.of(), Set.of()), first);

        assertTrue(sink.written.contains("en/good-practices/index.html"), "the list that shows its card");
        assertTrue(sink.kept.contains("en/cities/bilbao/index.xml"), "the feed with its entry");
    }

    @Test
    void aListWhoseShapeIsUnknownIsRenderedAgain() throws Exception {
        RenderResult withoutShapes = new RenderResult(first.searchDocuments(), first.files(), first.pagesPerLanguage(),
                Map.of(), first.sitemap());
        Recording sink = renderChanged(Set.of(), withoutShapes);

        assertTrue(sink.written.contains("en/cities/index.html"));
        assertTrue(sink.written.contains("en/cities/tartu/index.xml"));
        assertFalse(sink.written.contains("en/cities/tartu/index.html"), "single pages still follow the affected set");
    }

    private boolean isAlias(String path) {
        return new String(firstFiles.get(path), java.nio.charset.StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"");
    }

    /** The page of a paginated list under {@code listUrl} that links to {@code href}. */
    private String listPageShowing(String listDir, String href) {
        Map<String, byte[]> pages = new TreeMap<>(firstFiles.subMap(listDir, listDir + "\uffff"));
        return pages.entrySet().stream()
                .filter(e -> e.getKey().matches(java.util.regex.Pattern.quote(listDir) + "(page/\\d+/)?index\\.html"))
                .filter(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains(href))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no list page links " + href));
    }
}
