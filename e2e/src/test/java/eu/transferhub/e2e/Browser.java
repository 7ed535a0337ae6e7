package eu.transferhub.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with a fresh profile. The driver
 * and the browser are given by path, so Selenium Manager never tries to download either, and
 * the background-networking features stay off: on a closed network they only produce refused
 * connections. Starting Chromium takes seconds on a small machine, so a test class shares one.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Desktop and phone (an iPhone 12–15's CSS width) viewports. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int MOBILE_WIDTH = 390;
    public static final int MOBILE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();
    private String currentPath = "(no page)";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with JavaScript on. */
    public static Browser start() {
        return start(true);
    }

    /** A browser with JavaScript on or off (the site must work without it). */
    public static Browser start(boolean javascript) {
        return start(javascript, true);
    }

    /**
     * A browser whose back/forward cache is on (as in every visitor's browser) or off. On, a
     * cached page keeps what it holds open unless it lets go on pagehide; PreviewReloadTest
     * checks that the preview's reload script does.
     */
    public static Browser start(boolean javascript, boolean backForwardCache) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's Chromium;"
                        + " run `apt-get install chromium chromium-driver` (.ci/run does it)");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--lang=en-US",
                "--user-data-dir=" + profile);
        if (!backForwardCache) {
            options.addArguments("--disable-features=BackForwardCache");
        }
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, profile);
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} and waits until the document and its deferred scripts are done. */
    public void open(String url) {
        drainConsole();
        driver.get(url);
        currentPath = url;
        waitUntil(d -> "complete".equals(script("return document.readyState")));
    }

    /** Runs JavaScript in the page and returns its result. */
    public Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    /**
     * Waits up to 10 s for {@code condition}. search.js replaces the results while a condition
     * may be reading them: an element gone stale then means "not yet", and the wait goes on.
     */
    public void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /**
     * Emulates a viewport of exactly {@code width} × {@code height} CSS pixels (window sizes
     * are clamped by the platform; device metrics are not). Phone widths also get a touch
     * device's meta-viewport handling.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Writes a PNG of the whole page (up to 8000 px tall) to {@code file}.
     */
    public void screenshot(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        double width = size.get("width").doubleValue();
        double height = Math.min(size.get("height").doubleValue(), 8000);
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The console errors logged since the last call (uncaught exceptions, failed resource
     * loads, console.error), each prefixed with the page it happened on.
     */
    public List<String> takeConsoleErrors() {
        drainConsole();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    private void drainConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(currentPath + ": " + entry.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietlyOnExit(profile);
        }
    }

    /** Chromium may still be writing its profile while it exits; what is left goes at JVM exit. */
    private static void deleteQuietlyOnExit(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
