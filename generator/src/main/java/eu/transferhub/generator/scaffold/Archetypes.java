package eu.transferhub.generator.scaffold;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import eu.transferhub.generator.content.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The front matter and starter text of a new page, one archetype per page type
 * ({@code archetypes/<type>.md} on the class path). Values are inserted as YAML scalars, not
 * HTML, so the factory does not HTML-escape. Compiled once; thread-safe.
 */
final class Archetypes {

    private final Map<PageType, Mustache> templates = new EnumMap<>(PageType.class);

    Archetypes() {
        MustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        for (PageType type : PageType.values()) {
            String name = "archetypes/" + type.slug() + ".md";
            InputStream in = Archetypes.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("the generator jar lacks " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                templates.put(type, factory.compile(reader, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The text of a new page; {@code values} are raw strings, quoted here as needed. */
    String render(PageType type, Values values) {
        StringWriter out = new StringWriter();
        templates.get(type).execute(out, values.quoted());
        return out.toString();
    }

    /**
     * What an archetype can show.
     *
     * @param title page title
     * @param date  ISO date of today
     * @param city  a city slug, or null when none was given
     */
    record Values(String title, String date, String city) {
        Quoted quoted() {
            return new Quoted(YamlScalar.quote(title), date, city);
        }
    }

    /** The values as they appear in YAML; read by Mustache through reflection. */
    record Quoted(String title, String date, String city) {
    }
}
