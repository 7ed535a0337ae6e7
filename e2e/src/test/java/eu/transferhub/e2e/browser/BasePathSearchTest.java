package eu.transferhub.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.transferhub.e2e.Browser;
import eu.transferhub.e2e.PreviewSite;
import eu.transferhub.e2e.Trees;
import eu.transferhub.generator.pipeline.BuildOptions;
import eu.transferhub.generator.pipeline.BuildProgress;
import eu.transferhub.generator.pipeline.SiteBuilder;
import eu.transferhub.search.http.SearchServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A site built with {@code --base-url http://host/hub/}, behind a proxy that hands
 * {@code /hub/…} to the search server with the prefix stripped (as docs/publishing.md says):
 * the search script must fetch its strings and the API under {@code /hub/}, not at the root.
 */
class BasePathSearchTest {

    private static Path work;
    private static SearchServer search;
    private static HttpServer proxy;
    private static Browser browser;
    /** Every path the browser asked the proxy for. */
    private static final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void buildAndServe() throws Exception {
        work = Files.createTempDirectory("e2e-base-path-");
        proxy = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String base = "http://localhost:" + proxy.getAddress().getPort() + "/hub/";
        Path content = Trees.copy(PreviewSite.directory("content.dir"), work.resolve("content"));
        BuildOptions options = BuildOptions.defaults().withContentDir(content).withOutputDir(work.resolve("public"))
                .withIndexDir(work.resolve("search-index")).withThemesDir(PreviewSite.directory("themes.dir"))
                .withBaseUrl(Optional.of(base)).withThreads(2);
        assertTrue(new SiteBuilder(2).build(options, BuildProgress.SILENT).published(), "the bundled content builds");
        search = SearchServer.builder().site(work.resolve("public")).index(work.resolve("search-index"))
                .host("localhost").port(0).start();
        HttpClient client = HttpClient.newHttpClient();
        proxy.createContext("/", exchange -> forward(exchange, client));
        proxy.start();
        browser = Browser.start();
    }

    private static void forward(HttpExchange exchange, HttpClient client) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requested.add(path);
        try (exchange) {
            if (!path.startsWith("/hub/")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            URI target = URI.create("http://localhost:" + search.port() + path.substring("/hub".length())
                    + (query == null ? "" : "?" + query));
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(target).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("content-type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (proxy != null) {
            proxy.stop(0);
        }
        if (search != null) {
            search.close();
        }
        Trees.delete(work);
    }

    @Test
    void theSearchScriptFetchesItsStringsAndTheApiUnderTheBasePath() {
        WebDriver driver = browser.driver();
        browser.open("http://localhost:" + proxy.getAddress().getPort() + "/hub/en/search/");
        driver.findElement(By.id("search-q")).sendKeys("energy");
        browser.waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        assertTrue(requested.stream().anyMatch(p -> p.equals("/hub/api/search")), () -> "requests: " + requested);
        assertTrue(requested.contains("/hub/_search/strings.en.json"), () -> "requests: " + requested);
        assertLinksUnderTheBasePath(driver, "search.js's results");

        // Without the script's help: the server renders the results for the same URL.
        driver.navigate().refresh();
        browser.waitUntil(d -> !SearchResults.hitTitles(d).isEmpty());
        assertLinksUnderTheBasePath(driver, "the server's results");
        String title = SearchResults.hitTitles(driver).getFirst();
        driver.findElement(By.cssSelector(".search-hit__title a")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/search/"));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the hit's link leads to its page");
        assertEquals(List.of(), requested.stream().filter(p -> !p.startsWith("/hub/") && !p.equals("/favicon.ico")).toList(),
                "nothing is fetched outside the base path");
        assertEquals(List.of(), browser.takeConsoleErrors(), "console errors");
    }

    private static void assertLinksUnderTheBasePath(WebDriver driver, String what) {
        List<String> links = driver.findElements(By.cssSelector("#search-results a[href]")).stream()
                .map(a -> java.net.URI.create(a.getDomProperty("href")).getPath()).toList();
        assertFalse(links.isEmpty(), what);
        assertEquals(List.of(), links.stream().filter(l -> !l.startsWith("/hub/en/")).toList(), what + ": " + links);
        assertEquals("/hub/en/search/", driver.findElement(By.cssSelector("form.search-filters")).getDomAttribute("action"),
                what);
    }

    @Test
    void theHeadersSuggestionsComeFromTheApiUnderTheBasePath() {
        WebDriver driver = browser.driver();
        browser.open("http://localhost:" + proxy.getAddress().getPort() + "/hub/en/");
        driver.findElement(By.id("header-search-q")).sendKeys("tim");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#header-search-suggestions [role=option]")).isEmpty());
        assertTrue(requested.contains("/hub/api/suggest"), () -> "requests: " + requested);
        String page = driver.findElement(By.cssSelector(".suggestions__option--page")).getText();
        driver.findElement(By.id("header-search-q")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN,
                org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/hub/en/"));
        assertTrue(java.net.URI.create(driver.getCurrentUrl()).getPath().startsWith("/hub/en/"), driver.getCurrentUrl());
        assertEquals(page, driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), requested.stream().filter(p -> !p.startsWith("/hub/") && !p.equals("/favicon.ico")).toList(),
                "nothing is fetched outside the base path");
        assertEquals(List.of(), browser.takeConsoleErrors(), "console errors");
    }
}
