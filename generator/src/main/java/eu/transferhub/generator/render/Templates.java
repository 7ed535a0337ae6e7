package eu.transferhub.generator.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.TemplateContext;
import eu.transferhub.generator.render.view.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's Mustache layouts, compiled once when the theme loads and reused by every
 * render on any thread (a compiled Mustache is immutable; the view models carry all state).
 * Values are HTML-escaped unless a layout uses triple braces.
 *
 * <p>Names are relative to {@code layouts/} without the extension: {@code single},
 * {@code partials/card}. In a template, {@code {{> partials/card}}} includes a partial
 * relative to the including file's folder and {@code {{<base}}} extends {@code base}.
 */
final class Templates {

    private static final String EXTENSION = ".mustache";
    private static final Pattern CONTEXT_SUFFIX = Pattern.compile(" @\\[[^\\]]*\\]");
    /** {{t.some.key}} in any tag form: the UI strings a template needs. */
    private static final Pattern STRING_REFERENCE = Pattern.compile("\\{\\{[#^/&{]?\\s*t\\.([A-Za-z0-9._-]+)\\s*}?}}");

    private final SortedMap<String, Mustache> layouts;

    private Templates(SortedMap<String, Mustache> layouts) {
        this.layouts = Collections.unmodifiableSortedMap(layouts);
    }

    /**
     * Compiles every layout directly in {@code layouts/} (partials are compiled where they
     * are included) and checks that each {@code t.*} string a template names exists.
     */
    static Templates compile(ThemeFiles files, Messages strings) throws ThemeException {
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, java.nio.file.Path> file : files.under("layouts/").entrySet()) {
            if (!file.getKey().endsWith(EXTENSION)) {
                continue;
            }
            String text = ThemeFiles.read(file.getValue());
            texts.put(file.getKey().substring("layouts/".length()), text);
            checkStrings(file.getValue(), text, strings);
        }
        MustacheResolver resolver = name -> {
            String text = texts.get(name.startsWith("/") ? name.substring(1) : name);
            return text == null ? null : new StringReader(text);
        };
        DefaultMustacheFactory factory = new EscapingFactory(resolver);
        SortedMap<String, Mustache> layouts = new TreeMap<>();
        for (String name : texts.keySet()) {
            if (name.contains("/")) {
                continue;
            }
            try {
                layouts.put(name.substring(0, name.length() - EXTENSION.length()), factory.compile(name));
            } catch (MustacheException e) {
                throw compileError(files, name, e);
            }
        }
        return new Templates(layouts);
    }

    /**
     * Mustache.java reports a partial's mistake from the layout that includes it, with the
     * partial's name and line appended to its message ("Failed to close 'x' tag
     * @[partials/card.mustache:3]"): the error is placed on that partial's file and line instead.
     */
    private static ThemeException compileError(ThemeFiles files, String layout, MustacheException e) {
        TemplateContext context = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MustacheException m && m.getContext() != null) {
                context = m.getContext();
            }
        }
        String detail = CONTEXT_SUFFIX.matcher(e.getMessage()).replaceAll("");
        if (context != null && context.file() != null) {
            String name = context.file().startsWith("/") ? context.file().substring(1) : context.file();
            Path file = files.all().get("layouts/" + name);
            if (file != null) {
                return new ThemeException(file, Math.max(context.line(), 0), detail, e);
            }
        }
        return new ThemeException(files.all().get("layouts/" + layout), 0, detail, e);
    }

    private static void checkStrings(Path file, String text, Messages strings) throws ThemeException {
        Matcher matcher = STRING_REFERENCE.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (strings.find(key).isEmpty()) {
                int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new ThemeException(file, line, "unknown UI string 't." + key + "'");
            }
        }
    }

    /**
     * Escapes the five characters that matter in HTML text and quoted attributes. Mustache's
     * own escaper also rewrites {@code =} and backticks, which makes every URL with a query
     * string hard to read in the output and buys nothing inside quoted attributes.
     */
    private static final class EscapingFactory extends DefaultMustacheFactory {
        EscapingFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                // Most values (titles, URLs, labels) need no escaping: indexOf is the JDK's
                // vectorised search, where the loop below goes char by char. Escaping was a
                // seventh of a large site's rendering.
                if (value.indexOf('&') < 0 && value.indexOf('<') < 0 && value.indexOf('>') < 0
                        && value.indexOf('"') < 0 && value.indexOf('\'') < 0) {
                    writer.write(value);
                    return;
                }
                int start = 0;
                for (int i = 0; i < value.length(); i++) {
                    String entity = switch (value.charAt(i)) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
                    if (entity != null) {
                        writer.write(value, start, i - start);
                        writer.write(entity);
                        start = i + 1;
                    }
                }
                writer.write(value, start, value.length() - start);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean has(String layout) {
        return layouts.containsKey(layout);
    }

    /**
     * Renders {@code layout} with {@code view} as the top-level scope, to UTF-8.
     *
     * @throws IllegalArgumentException when the theme has no such layout
     */
    byte[] render(String layout, Object view) {
        Mustache mustache = layouts.get(layout);
        if (mustache == null) {
            throw new IllegalArgumentException("theme has no layout " + layout + EXTENSION);
        }
        Utf8Writer out = new Utf8Writer(32 * 1024);
        mustache.execute(out, view);
        return out.toByteArray();
    }
}
