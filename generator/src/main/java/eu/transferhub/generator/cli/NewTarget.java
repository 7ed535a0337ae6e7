package eu.transferhub.generator.cli;

import eu.transferhub.generator.content.PageType;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * What {@code hub new}'s first argument names: a type ({@code good-practice}), its section
 * ({@code good-practices}), or, as Hugo editors type it, a bundle path in the content folder
 * ({@code good-practices/green-roofs}, optionally ending in {@code index.et.md}; a page directly in
 * the content folder as {@code about/index.md}).
 *
 * @param slug the bundle's folder, when a path names it
 * @param lang the language of a path's {@code index.<lang>.md}
 */
record NewTarget(PageType type, Optional<String> slug, Optional<String> lang) {

    private static final Pattern FILE = Pattern.compile("index(?:\\.([a-z]{2,3}))?\\.md");

    /** The title a bundle path gives when none is typed: "green-roofs" is "Green roofs". */
    String titleFromSlug() {
        String words = slug.orElseThrow().replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Parses the argument, with messages that say what is accepted. */
    static final class Converter implements CommandLine.ITypeConverter<NewTarget> {
        @Override
        public NewTarget convert(String value) {
            String[] parts = value.replace('\\', '/').replaceAll("^\\./|/$", "").split("/");
            if (parts.length == 1) {
                return new NewTarget(type(parts[0], value), Optional.empty(), Optional.empty());
            }
            Optional<String> lang = Optional.empty();
            int folders = parts.length;
            Matcher file = FILE.matcher(parts[parts.length - 1]);
            if (file.matches()) {
                lang = Optional.ofNullable(file.group(1));
                folders--;
            } else if (parts[parts.length - 1].endsWith(".md")) {
                throw new CommandLine.TypeConversionException("'" + value + "': a page is a bundle folder with "
                        + "index.md or index.<lang>.md in it, e.g. good-practices/green-roofs/index.et.md");
            }
            if (folders == 1 && file.matches()) {
                // about/index.md: a page bundle directly in the content folder.
                return new NewTarget(PageType.PAGE, Optional.of(parts[0]), lang);
            }
            if (folders != 2) {
                throw new CommandLine.TypeConversionException("'" + value + "': give a section and a bundle folder,"
                        + " from the content folder down, e.g. good-practices/green-roofs, or a type and a title:"
                        + " hub new good-practice \"Green roofs\"");
            }
            PageType type = PageType.ofSection(parts[0]).filter(t -> t != PageType.PAGE)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown section '" + parts[0]
                            + "' in '" + value + "' (paths start in the content folder); use one of "
                            + Arrays.stream(PageType.values()).filter(t -> t != PageType.PAGE).map(PageType::section)
                                    .collect(Collectors.joining(", "))));
            return new NewTarget(type, Optional.of(parts[1]), lang);
        }

        private static PageType type(String name, String value) {
            return Arrays.stream(PageType.values())
                    .filter(t -> t.slug().equals(name) || t != PageType.PAGE && t.section().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown page type '" + value
                            + "'; use one of " + Arrays.stream(PageType.values()).map(PageType::slug)
                                    .collect(Collectors.joining(", "))
                            + ", or a bundle path such as good-practices/green-roofs"));
        }
    }
}
