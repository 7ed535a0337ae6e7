package eu.transferhub.generator.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes YAML text into a node tree with marks, never constructing Java objects from it:
 * nothing an editor writes can instantiate a class. Explicit tags ({@code !foo},
 * {@code !!binary}) are rejected, and so are aliases that make the tree recursive.
 */
final class YamlText {

    /** YAML 1.2 core schema: {@code true/True/TRUE}, {@code ~} and {@code null}, decimal numbers. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(1_000_000)
            .build();

    private YamlText() {
    }

    /**
     * The document's root node, or empty when the text is empty or broken (then the problem
     * is reported with its line).
     */
    static Optional<Node> compose(String yaml, Problems problems) {
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            // For an unfinished key the scanner marks the line after it; the context mark is the key's own line.
            boolean keyContext = "while scanning a simple key".equals(e.getContext());
            Optional<Mark> mark = keyContext ? e.getContextMark() : e.getProblemMark().or(e::getContextMark);
            String message = "invalid YAML: " + oneLine(e.getProblem());
            message = message.replace("<stream end>", "the end of the YAML");
            // Errors only: the text is parsed again up to the problem, to see the value before it.
            Optional<ScalarEvent> quotedBefore = e.getProblemMark().flatMap(m -> quotedEndingOn(yaml, m));
            if (e.getProblemMark().isPresent() && atEnd(e.getProblemMark().get(), yaml) && leftOpen(e)) {
                // The parser noticed at the end of the text (the closing fence's line) what was
                // left open earlier: an unclosed [ or {, a quote. Its start is where to look.
                mark = e.getContextMark();
                message += " (" + e.getContext().replaceFirst("^while (parsing|scanning) ", "")
                        + " that starts on this line is not closed)";
            } else if (quotedBefore.isPresent()) {
                ScalarEvent quoted = quotedBefore.get();
                Mark opened = quoted.getStartMark().orElseThrow();
                if (opened.getLine() < e.getProblemMark().get().getLine()) {
                    // A value whose closing quote is missing runs on to the next quote, lines
                    // later, and the parser stops there; the quote to fix is where it starts.
                    mark = Optional.of(opened);
                    message += " (the quoted text that starts on this line runs on to line "
                            + problems.line(e.getProblemMark()) + "; is its closing quote missing?)";
                } else {
                    // 'Bilbao's alliance': the quote inside the value ends it.
                    message += quoted.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
                            ? " (a ' inside '…' ends the text: write it twice, '', or put the text in \"…\")"
                            : " (a \" inside \"…\" ends the text: write it as \\\", or put the text in '…')";
                }
            } else if (e.getContext() != null && e.getContext().startsWith("while parsing a flow")
                    && e.getContextMark().isPresent() && e.getProblemMark().isPresent()
                    && e.getContextMark().get().getLine() != e.getProblemMark().get().getLine()) {
                // An unclosed [ or { swallows the next lines: say where it was opened.
                message += " (inside the " + e.getContext().substring("while parsing a ".length())
                        + " that starts on line " + problems.line(e.getContextMark()) + "; is its closing bracket missing?)";
            }
            problems.error(problems.line(mark), message);
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(problems.line(Optional.empty()), "invalid YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root.isPresent() && !plain(root.get(), problems)) {
            return Optional.empty();
        }
        return root;
    }

    /**
     * The quoted value that ends on the line of {@code problem}, before it, when the text has
     * one: front matter values are one line each, so a quoted one the parser stopped after is
     * almost always a quote too few or too many.
     */
    private static Optional<ScalarEvent> quotedEndingOn(String yaml, Mark problem) {
        ScalarEvent last = null;
        try {
            for (Event event : new Parse(SETTINGS).parseString(yaml)) {
                if (event instanceof ScalarEvent scalar) {
                    last = scalar;
                }
            }
        } catch (YamlEngineException stopped) {
            // Where the compose failed too: the last value before it is the one to look at.
        }
        if (last == null || last.getScalarStyle() == ScalarStyle.PLAIN || last.getEndMark().isEmpty()) {
            return Optional.empty();
        }
        Mark end = last.getEndMark().get();
        return end.getLine() == problem.getLine() && end.getIndex() <= problem.getIndex()
                ? Optional.of(last) : Optional.empty();
    }

    /** Whether a mark is past the text's last character that is not white space. */
    private static boolean atEnd(Mark mark, String yaml) {
        return mark.getIndex() >= yaml.stripTrailing().length();
    }

    /** Whether the problem is a bracket or quote opened at the context mark and never closed. */
    private static boolean leftOpen(MarkedYamlEngineException e) {
        String context = e.getContext();
        return e.getContextMark().isPresent() && context != null && (context.startsWith("while parsing a flow")
                || context.equals("while scanning a quoted scalar"));
    }

    private static final Pattern QUOTED_CONTROL = Pattern.compile("'?([\\x00-\\x1f])'?\\((\\d+)\\)");

    /**
     * The parser's problem on one line, as {@code path:line: message} needs: it quotes the
     * offending character raw ("found \n(10)"), so control characters are named instead.
     */
    static String oneLine(String problem) {
        String named = QUOTED_CONTROL.matcher(problem).replaceAll(m -> switch (m.group(1).charAt(0)) {
            case '\n', '\r' -> "the end of the line";
            case '\t' -> "a tab";
            default -> String.format(java.util.Locale.ROOT, "U+%04X", (int) m.group(1).charAt(0));
        });
        return named.replaceAll("\\s+", " ").strip();
    }

    /** Whether the tree is free of explicit tags and recursion; reports the first of each. */
    private static boolean plain(Node root, Problems problems) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        boolean ok = true;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.isRecursive()) {
                problems.error(node, "invalid YAML: an alias refers to its own parent");
                return false;
            }
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (!node.isResolved()) {
                problems.error(node, "invalid YAML: tags like '" + node.getTag().getValue()
                        + "' are not allowed");
                ok = false;
            }
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    todo.push(tuple.getValueNode());
                    todo.push(tuple.getKeyNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
        return ok;
    }
}
