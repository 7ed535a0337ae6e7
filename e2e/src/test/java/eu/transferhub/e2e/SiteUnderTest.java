package eu.transferhub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared preview of the bundled content plus, optionally, one Chromium for the test
 * class. Every test of a class with a browser also fails when any page it opened logged a
 * console error (a script exception, a failed resource load).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SiteUnderTest SITE = SiteUnderTest.withBrowser();
 * }</pre>
 */
public final class SiteUnderTest implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final boolean withBrowser;
    private PreviewSite preview;
    private Browser browser;

    private SiteUnderTest(boolean withBrowser) {
        this.withBrowser = withBrowser;
    }

    public static SiteUnderTest withBrowser() {
        return new SiteUnderTest(true);
    }

    public static SiteUnderTest withoutBrowser() {
        return new SiteUnderTest(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        preview = PreviewSite.shared(context);
        if (withBrowser) {
            browser = Browser.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            List<String> errors = browser.takeConsoleErrors();
            browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
            assertEquals(List.of(), errors, "console errors on the pages this test opened");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    public PreviewSite preview() {
        return preview;
    }

    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("this class registered SiteUnderTest.withoutBrowser()");
        }
        return browser;
    }

    /** Opens a site path such as {@code /en/} in the class's browser. */
    public void open(String path) {
        browser().open(preview.url(path));
    }
}
