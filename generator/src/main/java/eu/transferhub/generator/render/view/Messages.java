package eu.transferhub.generator.render.view;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The UI strings of one language: flat keys such as {@code search.sort.relevance}.
 * Immutable and thread-safe.
 *
 * <p>Templates read them as {@code {{t.search.sort.relevance}}}: {@link #tree()} offers the
 * keys split at the dots, and a node that is both a string and a prefix (like
 * {@code search.sort}) prints as its string.
 */
public final class Messages {

    private final String lang;
    private final SortedMap<String, String> strings;
    private final Node tree;

    /** @param strings key → text; copied */
    public Messages(String lang, Map<String, String> strings) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.strings = Collections.unmodifiableSortedMap(new TreeMap<>(strings));
        this.tree = new Node("");
        this.strings.forEach(tree::put);
    }

    public String lang() {
        return lang;
    }

    /**
     * The text of {@code key}.
     *
     * @throws IllegalArgumentException when this language has no such key
     */
    public String text(String key) {
        String text = strings.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no UI string '" + key + "' in language '" + lang + "'");
        }
        return text;
    }

    /** The text of {@code key}, when this language has it. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    /**
     * The text of {@code key} with each {@code {name}} replaced by {@code values.get(name)};
     * placeholders without a value stay as written.
     *
     * @throws IllegalArgumentException when this language has no such key
     */
    public String format(String key, Map<String, String> values) {
        return fill(text(key), values);
    }

    static String fill(String pattern, Map<String, String> values) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            String value = values.get(pattern.substring(open + 1, close));
            out.append(pattern, i, open);
            if (value == null) {
                out.append(pattern, open, close + 1);
            } else {
                out.append(value);
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** Every key and text, sorted by key. */
    public SortedMap<String, String> all() {
        return strings;
    }

    /** The strings as nested maps for templates: {@code t.search.label}. */
    public Map<String, Object> tree() {
        return tree;
    }

    /**
     * One dot-separated segment of the keys. A map of its children for Mustache's dotted
     * names; {@link #toString()} is the text of the key ending here, so both
     * {@code {{t.search.sort}}} and {@code {{t.search.sort.date}}} work.
     */
    private static final class Node extends AbstractMap<String, Object> {
        private final Map<String, Object> children = new TreeMap<>();
        private String text;

        Node(String text) {
            this.text = text;
        }

        void put(String key, String value) {
            Node node = this;
            for (String part : key.split("\\.", -1)) {
                node = (Node) node.children.computeIfAbsent(part, p -> new Node(null));
            }
            node.text = value;
        }

        @Override
        public Object get(Object key) {
            return children.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return children.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Collections.unmodifiableMap(children).entrySet();
        }

        @Override
        public String toString() {
            return text == null ? "" : text;
        }

        // Identity semantics: AbstractMap's content equality would make nodes of different
        // keys equal and is never needed.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
