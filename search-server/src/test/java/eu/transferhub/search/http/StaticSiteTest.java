package eu.transferhub.search.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.transferhub.search.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticSiteTest {

    private static final String SECRET = "TOP-SECRET-OUTSIDE-THE-SITE";

    @TempDir
    static Path temp;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(temp, false, builder -> builder
                .htmlFilter(html -> html.replace("</body>", "<script src=\"/_preview/reload.js\"></script></body>"))
                .routes(config -> config.routes.get("/_preview/ping", ctx -> ctx.result("pong"))));
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(server.site.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(server.site.resolve("outside"), temp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource({
        "/, text/html;charset=utf-8",
        "/en/about/, text/html;charset=utf-8",
        "/en/about/index.html, text/html;charset=utf-8",
        "/assets/plain.css, text/css;charset=utf-8",
        "/assets/data.json, application/json;charset=utf-8",
        "/_search/strings.es.json, application/json;charset=utf-8",
    })
    void filesAreServedWithTheirContentType(String path, String contentType) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), path);
        assertEquals(200, response.status());
        assertEquals(contentType, response.header("Content-Type"));
    }

    @Test
    void directoryWithoutSlashRedirectsKeepingTheQuery() throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/en/about?x=1");
        assertEquals(301, response.status());
        assertTrue(response.header("Location").endsWith("/en/about/?x=1"), response.header("Location"));
    }

    @Test
    void fingerprintedAssetsAreImmutableAndPagesShortLived() throws IOException {
        assertEquals("public, max-age=31536000, immutable",
                RawHttp.get(server.port(), "/assets/app.3f2a9c1e.css").header("Cache-Control"));
        assertEquals("public, max-age=60, must-revalidate",
                RawHttp.get(server.port(), "/assets/plain.css").header("Cache-Control"));
        assertEquals("public, max-age=60, must-revalidate",
                RawHttp.get(server.port(), "/en/about/").header("Cache-Control"));
    }

    @Test
    void anUnchangedFileIsA304ByETagOrByDate() throws IOException {
        RawHttp.Response first = RawHttp.get(server.port(), "/assets/plain.css");
        String etag = first.header("ETag");
        String modified = first.header("Last-Modified");

        RawHttp.Response byTag = RawHttp.get(server.port(), "/assets/plain.css", "If-None-Match: " + etag);
        RawHttp.Response byWeakTag = RawHttp.get(server.port(), "/assets/plain.css", "If-None-Match: \"x\", W/" + etag);
        RawHttp.Response byDate = RawHttp.get(server.port(), "/assets/plain.css", "If-Modified-Since: " + modified);
        RawHttp.Response otherTag = RawHttp.get(server.port(), "/assets/plain.css", "If-None-Match: \"other\"");
        RawHttp.Response olderDate = RawHttp.get(server.port(), "/assets/plain.css",
                "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT");

        assertEquals(304, byTag.status());
        assertEquals("", byTag.body());
        assertEquals(etag, byTag.header("ETag"));
        assertEquals(304, byWeakTag.status());
        assertEquals(304, byDate.status());
        assertEquals(200, otherTag.status());
        assertEquals(200, olderDate.status());
        assertEquals("h1{color:navy}\n", olderDate.body());
    }

    @Test
    void htmlPagesGoThroughTheFilterAndTheirETagFollowsTheOutput() throws IOException {
        RawHttp.Response page = RawHttp.get(server.port(), "/en/about/");
        assertTrue(page.body().contains("<script src=\"/_preview/reload.js\"></script></body>"), page.body());
        assertEquals(304, RawHttp.get(server.port(), "/en/about/", "If-None-Match: " + page.header("ETag")).status());
    }

    @Test
    void extraRoutesAreServed() throws IOException {
        assertEquals("pong", RawHttp.get(server.port(), "/_preview/ping").body());
    }

    @Test
    void aMissingPageIsTheLanguages404WhenThereIsOne() throws IOException {
        RawHttp.Response english = RawHttp.get(server.port(), "/en/no-such-page/");
        RawHttp.Response spanish = RawHttp.get(server.port(), "/es/no-such-page/");
        RawHttp.Response root = RawHttp.get(server.port(), "/no-such-page");

        assertEquals(404, english.status());
        assertTrue(english.body().contains("English page not found"), english.body());
        assertEquals(404, spanish.status());
        assertTrue(spanish.body().contains("<h1>Page not found</h1>"), spanish.body());
        assertEquals(404, root.status());
        assertTrue(root.body().contains("<h1>Page not found</h1>"));
        assertTrue(root.body().contains("reload.js"), "404 pages are HTML pages too");
        assertEquals("text/html;charset=utf-8", root.header("Content-Type"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/en/about/");
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.header("Content-Security-Policy"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }

    @ParameterizedTest(name = "{0} does not leave the site")
    @ValueSource(strings = {
        "/../secret.txt",
        "/en/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/en/..%2f..%2fsecret.txt",
        "/en/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/en\\..\\..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/.%2e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "//../secret.txt",
        "/leak.txt",
        "/outside/secret.txt",
        "/en/about/%00index.html",
        "/..;/secret.txt",
    })
    void traversalNeverReachesAFileOutsideTheSite(String target) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertNotEquals(200, response.status(), response.body());
        assertFalse(response.body().contains(SECRET), response.body());
    }

    @Test
    void dotFilesAreHidden() throws IOException {
        Files.writeString(server.site.resolve(".env"), "PASSWORD=x");
        assertEquals(404, RawHttp.get(server.port(), "/.env").status());
    }

    @Test
    void aSiteDirectoryThatAppearsLaterIsServed(@TempDir Path other) throws IOException {
        Path site = other.resolve("not-yet");
        try (SearchServer late = SearchServer.builder().site(site).index(other.resolve("index")).port(0).start()) {
            assertEquals(404, RawHttp.get(late.port(), "/en/about/").status());
            Fixtures.copySite(site);
            assertEquals(200, RawHttp.get(late.port(), "/en/about/").status());
        }
    }

    @Test
    void everyCheckedPathAnswersWithoutA500() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String target : List.of("/%", "/%zz", "/%ff%fe", "/en/%e2%82", "/a:b", "/" + "x".repeat(2000))) {
            int status = RawHttp.get(server.port(), target).status();
            if (status >= 500) {
                failures.add(target + " → " + status);
            }
        }
        assertEquals(List.of(), failures);
    }
}
