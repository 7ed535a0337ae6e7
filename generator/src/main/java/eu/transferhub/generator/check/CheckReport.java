package eu.transferhub.generator.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.transferhub.generator.content.Diagnostic;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a {@link CheckResult} is printed: lines for people, JSON for CI annotations. */
public enum CheckReport {

    /** One {@code path:line: message} line per problem, then a summary line. */
    TEXT {
        @Override
        public String format(CheckResult result, boolean strict) {
            StringBuilder out = new StringBuilder();
            result.problems().forEach(p -> out.append(p).append('\n'));
            out.append(summary(result, strict)).append('\n');
            return out.toString();
        }
    },

    /**
     * {@code {"ok": …, "errors": n, "warnings": n, "pages": n, "problems": [{"severity",
     * "file", "line", "message"}]}}; {@code file} uses forward slashes, {@code line} is 0 for a
     * problem of a whole file.
     */
    JSON {
        @Override
        public String format(CheckResult result, boolean strict) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ok", !result.failed(strict));
            json.put("errors", result.errors());
            json.put("warnings", result.warnings());
            json.put("pages", result.pages());
            json.put("problems", result.problems().stream().map(CheckReport::problem).toList());
            try {
                return MAPPER.writeValueAsString(json) + "\n";
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The report of {@code result}, ending in a line break. */
    public abstract String format(CheckResult result, boolean strict);

    private static Map<String, Object> problem(Diagnostic d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        json.put("file", d.file().toString().replace('\\', '/'));
        json.put("line", d.line());
        json.put("message", d.message());
        return json;
    }

    static String summary(CheckResult result, boolean strict) {
        if (result.problems().isEmpty()) {
            return "No problems in " + result.pages() + (result.pages() == 1 ? " page." : " pages.");
        }
        String counts = count(result.errors(), "error") + ", " + count(result.warnings(), "warning");
        if (result.failed(strict)) {
            return "Check failed: " + counts + (result.errors() == 0 ? " (--strict fails on warnings)." : ".");
        }
        return "Check passed with " + counts + ".";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
