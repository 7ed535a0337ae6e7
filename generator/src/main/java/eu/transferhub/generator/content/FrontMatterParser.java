package eu.transferhub.generator.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the front matter of one Markdown file into a {@link FrontMatter} with the
 * {@link Details} of its page type. Every problem goes to {@link Problems} with its line in
 * the Markdown file; reading continues after a problem so an editor sees all of them.
 * Stateless and thread-safe.
 */
final class FrontMatterParser {

    static final List<String> COMMON = List.of("title", "date", "summary", "draft", "slug", "aliases",
            "weight", "cities", "networks", "themes");

    /** Fields that only some types have, and where they belong (for "not used here" warnings). */
    private static final Map<String, String> ELSEWHERE = Map.ofEntries(
            Map.entry("country", "on city pages"), Map.entry("location", "on city pages"),
            Map.entry("contact", "on city pages"), Map.entry("lead", "on network pages"),
            Map.entry("partners", "on network pages"), Map.entry("programme", "on network pages"),
            Map.entry("period", "on network pages"), Map.entry("meetings", "on network pages"),
            Map.entry("transfer", "on good-practice pages"), Map.entry("results", "on good-practice pages"),
            Map.entry("city", "on good-practice, journal and case-study pages"),
            Map.entry("author", "on good-practice, journal and case-study pages"));

    /** Hugo's own fields, which editors bring along: what Transfer Hub does instead. */
    private static final Map<String, String> HUGO = Map.ofEntries(
            Map.entry("description", "write it as summary, which lists, search results and the page's meta"
                    + " description show"),
            Map.entry("tags", "this site's taxonomies are cities, networks and themes"),
            Map.entry("categories", "this site's taxonomies are cities, networks and themes"),
            Map.entry("lastmod", "a page's last change is taken from git, else from the file"),
            Map.entry("publishDate", "a page is published when its draft: true line goes"),
            Map.entry("expiryDate", "a page stays published until it gets draft: true or is removed"),
            Map.entry("url", "set slug for the last part of the URL, and aliases for old URLs"),
            Map.entry("layout", "a page's layout comes from its section folder"),
            Map.entry("type", "a page's type comes from its section folder"));

    private FrontMatterParser() {
    }

    /**
     * Parses {@code text}, a whole Markdown file.
     *
     * @param intro whether the file is an {@code _index} intro (title optional, no type fields)
     * @return the parsed file, also when some fields had errors (they are then left empty);
     *         empty when the front matter could not be read as a mapping at all
     */
    static Optional<ParsedFile> parse(String text, PageType type, boolean intro, Problems problems) {
        Optional<FrontMatterBlock> block = FrontMatterBlock.split(text, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> root = YamlText.compose(block.get().yaml(), problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors() && !intro) {
                problems.error(1, "title is required");
            }
            return problems.hasErrors() ? Optional.empty()
                    : Optional.of(new ParsedFile(FrontMatter.titled(""), block.get().body(),
                            block.get().bodyLine(), List.of(), List.of(), 1));
        }
        Optional<YamlMapping> fields = YamlMapping.root(root.get(), problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<Reference> references = new ArrayList<>();
        List<YamlMapping.Located> aliases = aliases(fields.get(), problems);
        FrontMatter meta = read(fields.get(), type, intro, problems, references, aliases);
        // Returned even with errors: the site-wide checks still use its references and bundle.
        // The URL comes from the slug when there is one, else from the folder: then the
        // front matter's first line stands for it.
        return Optional.of(new ParsedFile(meta, block.get().body(), block.get().bodyLine(),
                List.copyOf(references), aliases, fields.get().line("slug")));
    }

    private static FrontMatter read(YamlMapping fields, PageType type, boolean intro, Problems problems,
            List<Reference> references, List<YamlMapping.Located> aliases) {
        Set<String> known = new HashSet<>(COMMON);
        known.addAll(intro ? List.of() : DetailsParser.fields(type));
        Map<String, String> elsewhere = new HashMap<>(ELSEWHERE);
        elsewhere.keySet().removeAll(known);
        fields.warnUnknown(known, elsewhere, HUGO);

        String title = intro ? fields.string("title").orElse("") : fields.requiredString("title").orElse("");
        Optional<LocalDate> date = fields.date("date");
        Optional<String> summary = fields.string("summary").map(String::strip).filter(s -> !s.isEmpty());
        boolean draft = fields.bool("draft");
        Optional<String> slug = fields.string("slug");
        if (slug.isPresent() && !Slugs.valid(slug.get())) {
            problems.error(fields.line("slug"), Slugs.problem("slug", slug.get()));
        }
        int weight = fields.integer("weight").orElse(0);
        List<String> cities = terms(fields, "cities", PageType.CITY, problems, references);
        List<String> networks = terms(fields, "networks", PageType.NETWORK, problems, references);
        List<String> themes = terms(fields, "themes", PageType.THEME, problems, references);
        Details details = intro ? new NoDetails() : DetailsParser.read(fields, type, problems, references);
        return new FrontMatter(title, date, summary, draft, slug,
                aliases.stream().map(YamlMapping.Located::value).toList(), weight, cities, networks,
                themes, details, Optional.empty());
    }

    /** A taxonomy list: valid slugs, duplicates dropped, each recorded as a (soft) reference. */
    private static List<String> terms(YamlMapping fields, String key, PageType profile, Problems problems,
            List<Reference> references) {
        List<String> terms = new ArrayList<>();
        for (YamlMapping.Located term : fields.strings(key)) {
            if (!Slugs.valid(term.value())) {
                problems.error(term.line(), Slugs.problem(key, term.value()));
            } else if (!terms.contains(term.value())) {
                terms.add(term.value());
                references.add(new Reference(key, new PageKey(profile.section(), term.value()),
                        term.line(), false));
            }
        }
        return terms;
    }

    /**
     * Aliases are site paths ({@code /en/old-path/}); a path without a file extension gets its
     * trailing slash, so {@code /en/old} and {@code /en/old/} are the same alias.
     */
    /** What keeps {@code path} from being an alias, if anything. */
    private static Optional<String> aliasProblem(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return Optional.of("it must start with one '/', e.g. /en/old-path/");
        }
        if (path.contains("?") || path.contains("#")) {
            return Optional.of("a redirect page is one path, without '?' or '#'");
        }
        if (path.chars().anyMatch(Character::isWhitespace) || path.contains("\\")) {
            return Optional.of("it must not contain spaces or '\\'");
        }
        if (path.contains("..")) {
            return Optional.of("it must not contain '..' (write the old URL as it was, from the site root)");
        }
        return Optional.empty();
    }

    private static List<YamlMapping.Located> aliases(YamlMapping fields, Problems problems) {
        List<YamlMapping.Located> aliases = new ArrayList<>();
        for (YamlMapping.Located alias : fields.strings("aliases")) {
            String path = alias.value().strip();
            Optional<String> problem = aliasProblem(path);
            if (problem.isPresent()) {
                problems.error(alias.line(), "aliases: '" + alias.value() + "' is not a site path: " + problem.get());
                continue;
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (!last.isEmpty() && !last.contains(".")) {
                path = path + "/";
            }
            aliases.add(new YamlMapping.Located(path, alias.line()));
        }
        return aliases;
    }
}
