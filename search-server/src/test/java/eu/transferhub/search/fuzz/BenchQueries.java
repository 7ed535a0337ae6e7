package eu.transferhub.search.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request mix of the load test, read from {@code bench/queries.lua} so the smoke run and
 * the benchmark cannot drift apart: its literal {@code paths}, plus the word × filter
 * combinations the script adds (same rule: 1-based indices whose sum is even, then each word
 * with the next).
 */
final class BenchQueries {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private BenchQueries() {
    }

    static List<String> read(Path script) throws IOException {
        String lua = Files.readString(script, StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>(strings(table(lua, "paths")));
        List<String> words = strings(table(lua, "words"));
        List<String> filters = strings(table(lua, "filters"));
        for (int i = 1; i <= words.size(); i++) {
            for (int j = 1; j <= filters.size(); j++) {
                if ((i + j) % 2 == 0) {
                    paths.add("/api/search?q=" + words.get(i - 1) + filters.get(j - 1));
                }
            }
            paths.add("/api/search?q=" + words.get(i - 1) + "+" + words.get(i % words.size()));
        }
        return paths;
    }

    /** The text between {@code local name = {} and its closing brace. */
    private static String table(String lua, String name) {
        Matcher start = Pattern.compile("local " + name + " = \\{").matcher(lua);
        if (!start.find()) {
            throw new IllegalStateException("bench/queries.lua has no table " + name);
        }
        int end = lua.indexOf('}', start.end());
        return lua.substring(start.end(), end);
    }

    private static List<String> strings(String table) {
        List<String> values = new ArrayList<>();
        Matcher m = STRING.matcher(table);
        while (m.find()) {
            values.add(m.group(1).replace("\\\"", "\""));
        }
        return values;
    }
}
