package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reading of one YAML mapping, reporting every problem to {@link Problems} with the
 * line of the offending value. A getter that finds a wrong type reports it and returns
 * empty, so reading goes on and all problems of a file are listed at once. A {@code null}
 * value ({@code summary:} with nothing after it) counts as absent.
 */
final class YamlMapping {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** RFC 3339 and its looser ISO forms: seconds, fraction and offset optional, T or a space. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final DateTimeFormatter DATE_TIME_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

    private final MappingNode node;
    private final String prefix;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String prefix, Problems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                problems.error(tuple.getKeyNode(), prefix + "field names must be plain words");
                continue;
            }
            Node previous = keys.get(key.getValue());
            if (previous != null) {
                problems.error(key, "duplicate field '" + prefix + key.getValue() + "' (first at line "
                        + problems.line(previous) + ")");
                continue;
            }
            keys.put(key.getValue(), key);
            values.put(key.getValue(), tuple.getValueNode());
        }
    }

    /** The mapping at the top of a YAML document; reports and returns empty when it is something else. */
    static Optional<YamlMapping> root(Node node, Problems problems) {
        return of(node, "", problems, "the front matter");
    }

    private static Optional<YamlMapping> of(Node node, String prefix, Problems problems, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, prefix, problems));
        }
        problems.error(node, what + ": expected a mapping of fields, got " + describe(node));
        return Optional.empty();
    }

    /** 1-based file line of the mapping itself. */
    int line() {
        return problems.line(node);
    }

    /** 1-based file line of a field's value, or of the mapping when the field is absent. */
    int line(String key) {
        Node value = values.get(key);
        return value == null ? line() : problems.line(value);
    }

    /** The full name of a field for messages, e.g. {@code contact.email} or {@code meetings[2].city}. */
    String name(String key) {
        return prefix + key;
    }

    Set<String> fieldNames() {
        return keys.keySet();
    }

    /** 1-based file line of a field's name. */
    int keyLine(String key) {
        return problems.line(keys.get(key));
    }

    /** The value node of a field, empty when absent or null. */
    Optional<Node> node(String key) {
        Node value = values.get(key);
        if (value == null || value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> string(String key) {
        return node(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar) {
                return Optional.of(scalar.getValue());
            }
            problems.error(value, name(key) + ": expected a string, got " + describe(value));
            return Optional.empty();
        });
    }

    /** A string that must be there and not be blank. */
    Optional<String> requiredString(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && node(key).isEmpty()) {
            problems.error(line(key), name(key) + " is required");
        } else if (value.isPresent() && value.get().isBlank()) {
            problems.error(line(key), name(key) + " must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /**
     * A date {@code YYYY-MM-DD}, or the day of a date and time as Hugo's archetypes write them
     * ({@code 2021-03-09T10:00:00+01:00}): pages show and sort by the day, as written.
     */
    Optional<LocalDate> date(String key) {
        return node(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && (DATE.matcher(scalar.getValue()).matches()
                    || DATE_TIME.matcher(scalar.getValue()).matches())) {
                try {
                    String text = scalar.getValue();
                    return Optional.of(text.length() == 10 ? LocalDate.parse(text)
                            : DATE_TIME_FORMAT.parse(text.replace(' ', 'T'), LocalDate::from));
                } catch (DateTimeParseException e) {
                    problems.error(value, name(key) + ": " + scalar.getValue() + (scalar.getValue().length() == 10
                            ? " is not a calendar date" : " is not a valid date and time"));
                    return Optional.empty();
                }
            }
            problems.error(value, name(key) + ": expected a date YYYY-MM-DD, got " + describe(value));
            return Optional.empty();
        });
    }

    boolean bool(String key) {
        return node(key).map(value -> {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return scalar.getValue().toLowerCase(Locale.ROOT).equals("true");
            }
            problems.error(value, name(key) + ": expected true or false, got " + describe(value));
            return false;
        }).orElse(false);
    }

    Optional<Integer> integer(String key) {
        return node(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)
                    && INTEGER.matcher(scalar.getValue()).matches()) {
                return Optional.of(Integer.valueOf(scalar.getValue()));
            }
            problems.error(value, name(key) + ": expected an integer, got " + describe(value));
            return Optional.empty();
        });
    }

    /** A finite number; integers are accepted. */
    Optional<Double> number(String key) {
        return node(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar
                    && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
                try {
                    double number = Double.parseDouble(scalar.getValue());
                    if (Double.isFinite(number)) {
                        return Optional.of(number);
                    }
                } catch (NumberFormatException e) {
                    // not a decimal number (e.g. 0x1f): reported below
                }
            }
            problems.error(value, name(key) + ": expected a number, got " + describe(value));
            return Optional.empty();
        });
    }

    /** A list of strings, each with the line of its own item. */
    List<Located> strings(String key) {
        List<Located> result = new ArrayList<>();
        for (Node item : sequence(key, "a list of strings")) {
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                result.add(new Located(scalar.getValue(), problems.line(item)));
            } else {
                problems.error(item, name(key) + ": expected a list of strings, got " + describe(item)
                        + " as an item");
            }
        }
        return result;
    }

    /** A nested mapping, e.g. {@code contact}. */
    Optional<YamlMapping> mapping(String key) {
        return node(key).flatMap(value -> of(value, name(key) + ".", problems, name(key)));
    }

    /** A list of mappings, e.g. {@code meetings}; items are named {@code meetings[1]}, … */
    List<YamlMapping> mappings(String key) {
        List<YamlMapping> result = new ArrayList<>();
        List<Node> items = sequence(key, "a list of mappings");
        for (int i = 0; i < items.size(); i++) {
            String item = name(key) + "[" + (i + 1) + "]";
            of(items.get(i), item + ".", problems, item).ifPresent(result::add);
        }
        return result;
    }

    private List<Node> sequence(String key, String expected) {
        return node(key).map(value -> {
            if (value instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            problems.error(value, name(key) + ": expected " + expected + ", got " + describe(value));
            return List.<Node>of();
        }).orElse(List.of());
    }

    /**
     * Warns about every field not in {@code known}, suggesting the closest known name; a
     * field known on other page types says so instead.
     */
    void warnUnknown(Collection<String> known, Map<String, String> elsewhere) {
        warnUnknown(known, elsewhere, Map.of());
    }

    /** @param hugo Hugo's fields, each with what to do instead: said instead of a closest name */
    void warnUnknown(Collection<String> known, Map<String, String> elsewhere, Map<String, String> hugo) {
        Set<String> sorted = new TreeSet<>(known);
        for (String field : keys.keySet()) {
            if (known.contains(field)) {
                continue;
            }
            String where = elsewhere.get(field);
            String instead = hugo.get(field);
            String message = where != null
                    ? "field '" + name(field) + "' is not used here (only " + where + ")"
                    : instead != null
                    ? "Hugo's field '" + name(field) + "' is not read here: " + instead
                    : "unknown field '" + name(field) + "'" + ClosestName.to(field, sorted)
                            .map(s -> " — did you mean '" + name(s) + "'?").orElse("");
            problems.warning(keyLine(field), message);
        }
    }

    /** How a wrong value reads in a message: {@code 'soon'}, {@code a list}, {@code a mapping}. */
    static String describe(Node node) {
        return switch (node) {
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "'" + s.getValue() + "'";
            case SequenceNode s -> "a list";
            case MappingNode m -> "a mapping";
            default -> "an unsupported value";
        };
    }

    /** A string value with the 1-based file line it was written on. */
    record Located(String value, int line) {
    }
}
