package eu.transferhub.generator.render;

import eu.transferhub.generator.render.view.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the theme's UI strings: {@code i18n/<lang>.yaml}, one flat mapping of key to text per
 * language. A site theme's file of the same name is merged into the default one key by key.
 * Every language must define every key that any language defines, and the six languages of
 * Transfer Hub must all be present.
 */
final class UiStrings {

    /** The languages the default theme is translated into; a theme must keep all of them. */
    static final List<String> REQUIRED_LANGUAGES = List.of("en", "es", "eu", "et", "pl", "ro");

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private UiStrings() {
    }

    static Map<String, Messages> load(Path themesDir, String name, ThemeFiles files) throws ThemeException {
        SortedMap<String, SortedMap<String, String>> byLang = new TreeMap<>();
        SortedMap<String, Path> origin = new TreeMap<>();
        for (Map.Entry<String, Path> file : files.under("i18n/").entrySet()) {
            String relative = file.getKey();
            if (!relative.endsWith(".yaml") || relative.indexOf('/', "i18n/".length()) >= 0) {
                throw new ThemeException(file.getValue(), 0, "UI strings must be i18n/<lang>.yaml files");
            }
            String lang = relative.substring("i18n/".length(), relative.length() - ".yaml".length());
            SortedMap<String, String> strings = new TreeMap<>();
            Path base = themesDir.resolve(ThemeFiles.DEFAULT).resolve(relative);
            if (!name.equals(ThemeFiles.DEFAULT) && files.overrides().containsKey(relative)
                    && Files.isRegularFile(base)) {
                strings.putAll(parse(base));
            }
            strings.putAll(parse(file.getValue()));
            byLang.put(lang, strings);
            origin.put(lang, file.getValue());
        }
        for (String lang : REQUIRED_LANGUAGES) {
            if (!byLang.containsKey(lang)) {
                throw new ThemeException("theme has no UI strings for language '" + lang + "': add i18n/" + lang + ".yaml");
            }
        }
        SortedSet<String> allKeys = new TreeSet<>();
        byLang.values().forEach(s -> allKeys.addAll(s.keySet()));
        for (Map.Entry<String, SortedMap<String, String>> entry : byLang.entrySet()) {
            SortedSet<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(entry.getValue().keySet());
            if (!missing.isEmpty()) {
                String fix = name.equals(ThemeFiles.DEFAULT) ? ""
                        : "; add them to " + themesDir.resolve(name).resolve("i18n/" + entry.getKey() + ".yaml");
                throw new ThemeException(origin.get(entry.getKey()), 0, "missing UI strings " + String.join(", ", missing)
                        + " (defined in another language)" + fix);
            }
        }
        SortedMap<String, Messages> result = new TreeMap<>();
        byLang.forEach((lang, strings) -> result.put(lang, new Messages(lang, strings)));
        return result;
    }

    private static SortedMap<String, String> parse(Path file) throws ThemeException {
        Optional<Node> document;
        try {
            document = new Compose(LoadSettings.builder().setLabel(file.toString()).build())
                    .composeString(ThemeFiles.read(file));
        } catch (YamlEngineException e) {
            throw new ThemeException(file, 0, "not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        SortedMap<String, String> strings = new TreeMap<>();
        if (document.isEmpty()) {
            return strings;
        }
        if (!(document.get() instanceof MappingNode mapping)) {
            throw new ThemeException(file, line(document.get()), "must be a mapping of UI string keys to texts");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int line = line(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)
                    || !KEY.matcher(keyNode.getValue()).matches()) {
                throw new ThemeException(file, line, "a key must be flat: letters, digits, '-', '_' and dots");
            }
            String key = keyNode.getValue();
            if (!(tuple.getValueNode() instanceof ScalarNode valueNode) || !valueNode.getTag().equals(Tag.STR)) {
                throw new ThemeException(file, line, "the value of '" + key + "' must be a string (quote it)");
            }
            if (valueNode.getValue().isBlank()) {
                throw new ThemeException(file, line, "the value of '" + key + "' is empty");
            }
            if (strings.put(key, valueNode.getValue()) != null) {
                throw new ThemeException(file, line, "'" + key + "' is defined twice");
            }
        }
        return strings;
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }
}
