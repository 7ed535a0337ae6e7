import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures what an editor waits for in the live preview: from a save of one page to that page,
 * with the edit, fetched by a tab. It subscribes to the preview's reload events like an open
 * tab, appends a paragraph to {@code page} (the save), waits for the {@code reload} event,
 * fetches {@code url} and checks the new paragraph is there. Not a test; see
 * {@code bench/run-preview-benchmark.sh}.
 *
 * <pre>java PreviewLatency.java http://localhost:18090 content/x/index.en.md /en/x/ SAVES [TARGET_MS]</pre>
 */
public class PreviewLatency {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path page = Path.of(args[1]);
        String url = args[2];
        int saves = Integer.parseInt(args[3]);
        double target = args.length > 4 ? Double.parseDouble(args[4]) : 1000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> stream = http.send(
                // As a browser's EventSource asks: Javalin streams events only to this Accept.
                HttpRequest.newBuilder(base.resolve("/_preview/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line.substring("event:".length()).trim());
                    }
                }
            } catch (IOException e) {
                events.add("closed: " + e.getMessage());
            }
        });

        // The tab an editor keeps open has loaded the page before the first save.
        int opened = http.send(HttpRequest.newBuilder(base.resolve(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (opened != 200) {
            throw new IllegalStateException(url + " answers " + opened + " before any save");
        }
        List<Double> millis = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 1; i <= saves; i++) {
            Thread.sleep(2_000); // an editor does not save ten times a second; the index update ends
            events.clear();
            String marker = "preview-latency-" + run + "-" + i;
            long start = System.nanoTime();
            Files.writeString(page, "\n" + marker + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String event = events.poll(30, TimeUnit.SECONDS);
            if (!"reload".equals(event)) {
                throw new IllegalStateException("save " + i + ": expected a reload event, got " + event);
            }
            String body = http.send(HttpRequest.newBuilder(base.resolve(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double took = (System.nanoTime() - start) / 1e6;
            if (!body.contains(marker)) {
                throw new IllegalStateException("save " + i + ": " + url + " does not show the edit yet");
            }
            millis.add(took);
            System.out.printf(Locale.ROOT, "save %2d: %6.0f ms%n", i, took);
        }
        reader.interrupt();
        List<Double> warm = new ArrayList<>(millis.subList(Math.min(5, millis.size()), millis.size()));
        Collections.sort(warm);
        System.out.printf(Locale.ROOT, "first 5 saves: %s ms%n", millis.subList(0, Math.min(5, millis.size())).stream()
                .map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
        if (!warm.isEmpty()) {
            System.out.printf(Locale.ROOT, "saves 6-%d: median %.0f ms, p90 %.0f ms, max %.0f ms, %d of %d under %.0f ms%n",
                    millis.size(), percentile(warm, 50), percentile(warm, 90), warm.getLast(),
                    warm.stream().filter(m -> m < target).count(), warm.size(), target);
            System.out.printf(Locale.ROOT, "all saves: %d of %d under %.0f ms%n",
                    millis.stream().filter(m -> m < target).count(), millis.size(), target);
        }
        System.exit(0);
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
