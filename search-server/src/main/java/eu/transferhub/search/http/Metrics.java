package eu.transferhub.search.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Request counters, error counters and a latency histogram per route, written in the
 * Prometheus text exposition format (version 0.0.4). Thread-safe and lock-free on the request
 * path; routes are a small fixed set so the label space stays bounded.
 */
final class Metrics {

    /** Histogram bucket upper bounds, in seconds. */
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

    private record Key(String route, int status) {
    }

    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break; // cumulated when written
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Supplier<Map<String, Double>> gauges;

    /** @param gauges current values of extra gauges (name → value), read at each scrape */
    Metrics(Supplier<Map<String, Double>> gauges) {
        this.gauges = gauges;
    }

    void record(String route, int status, double millis) {
        requests.computeIfAbsent(new Key(route, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, r -> new Histogram()).observe(millis / 1000.0);
    }

    /** The exposition text; series sorted so scrapes diff cleanly. */
    String scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP transferhub_http_requests_total HTTP requests answered, by route and status.\n");
        out.append("# TYPE transferhub_http_requests_total counter\n");
        Map<String, Long> sortedRequests = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        requests.forEach((key, adder) -> {
            long n = adder.sum();
            sortedRequests.put("route=\"" + key.route() + "\",status=\"" + key.status() + "\"", n);
            if (key.status() >= 400) {
                errors.merge("route=\"" + key.route() + "\",class=\"" + (key.status() >= 500 ? "5xx" : "4xx")
                        + "\"", n, Long::sum);
            }
        });
        sortedRequests.forEach((labels, n) -> out.append("transferhub_http_requests_total{").append(labels)
                .append("} ").append(n).append('\n'));
        out.append("# HELP transferhub_http_errors_total HTTP requests answered with a 4xx or 5xx status.\n");
        out.append("# TYPE transferhub_http_errors_total counter\n");
        errors.forEach((labels, n) -> out.append("transferhub_http_errors_total{").append(labels).append("} ")
                .append(n).append('\n'));
        out.append("# HELP transferhub_http_request_duration_seconds Time to answer a request.\n");
        out.append("# TYPE transferhub_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((route, histogram) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += histogram.buckets[i].sum();
                out.append("transferhub_http_request_duration_seconds_bucket{route=\"").append(route)
                        .append("\",le=\"").append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
            }
            long count = histogram.count.sum();
            out.append("transferhub_http_request_duration_seconds_bucket{route=\"").append(route)
                    .append("\",le=\"+Inf\"} ").append(count).append('\n');
            out.append("transferhub_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(number(histogram.sum.sum())).append('\n');
            out.append("transferhub_http_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(count).append('\n');
        });
        new TreeMap<>(gauges.get()).forEach((name, value) -> out.append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(number(value)).append('\n'));
        return out.toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
