package eu.transferhub.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.generator.content.Diagnostic;
import eu.transferhub.generator.output.LiveOutput;
import eu.transferhub.generator.preview.Rebuild;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What {@code hub serve} prints after each build: the first one, and whether a good site is being served. */
class ServeReportTest {

    private static final Diagnostic ERROR = Diagnostic.error(Path.of("content/cities/tartu/index.en.md"), 2,
            "invalid YAML");

    private static Rebuild built(List<String> written, boolean everyPage) {
        return new Rebuild(true, new LiveOutput.Changes(written, List.of()), List.of(), Duration.ofMillis(120),
                everyPage);
    }

    private static Rebuild failed() {
        return new Rebuild(false, new LiveOutput.Changes(List.of(), List.of()), List.of(ERROR), Duration.ofMillis(40));
    }

    @Test
    void aFirstBuildThatFailsSaysThereIsNoSiteYetAndLaterOnesThatTheLastGoodOneStays() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicBoolean built = new AtomicBoolean();
        for (Rebuild rebuild : List.of(failed(), built(List.of("index.html", "en/index.html"), true),
                built(List.of("en/cities/tartu/index.html"), false), failed())) {
            ServeCommand.report(rebuild, built, new PrintWriter(out), new PrintWriter(err));
        }

        assertEquals("""
                Not built: 1 error (every page shows it until a save fixes it)
                Built in 120 ms: 2 files
                Rebuilt in 120 ms: 1 file changed
                Not rebuilt: 1 error (the browser shows it; the last good site is still served)
                """, out.toString());
        assertEquals(ERROR + "\n" + ERROR + "\n", err.toString());
    }
}
