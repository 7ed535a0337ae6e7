package eu.transferhub.search.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The search page's UI strings of one language: the site's {@code _search/strings.<lang>.json}
 * over built-in English defaults, so a missing key still reads as English rather than as its
 * name. Immutable.
 */
final class UiStrings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DEFAULTS = loadDefaults();

    private final Map<String, String> strings;

    private UiStrings(Map<String, String> strings) {
        this.strings = strings;
    }

    static UiStrings defaults() {
        return new UiStrings(DEFAULTS);
    }

    /** @throws IOException when the file exists but is not a flat JSON object of strings */
    static UiStrings read(Path file) throws IOException {
        Map<String, String> merged = new HashMap<>(DEFAULTS);
        if (Files.isRegularFile(file)) {
            try {
                merged.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {
                }));
            } catch (IOException e) {
                throw new IOException(file + ": not a flat JSON object of UI strings: " + e.getMessage(), e);
            }
        }
        return new UiStrings(Map.copyOf(merged));
    }

    /** The string for {@code key}; the key itself only if even the defaults lack it. */
    String get(String key) {
        return strings.getOrDefault(key, key);
    }

    /** The string with {@code {name}} placeholders replaced, e.g. {@code {count}}. */
    String format(String key, Map<String, String> values) {
        String text = get(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    private static Map<String, String> loadDefaults() {
        try (InputStream in = UiStrings.class.getResourceAsStream("strings.en.json")) {
            if (in == null) {
                throw new IllegalStateException("strings.en.json is missing from the search-server jar");
            }
            return Map.copyOf(JSON.readValue(in, new TypeReference<Map<String, String>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
