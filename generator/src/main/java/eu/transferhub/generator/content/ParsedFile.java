package eu.transferhub.generator.content;

import java.util.List;

/**
 * A Markdown file after its front matter was read.
 *
 * @param references every value naming another bundle, with its line
 * @param aliases    the aliases as written, normalised, with their lines
 */
record ParsedFile(FrontMatter meta, String body, int bodyLine, List<Reference> references,
        List<YamlMapping.Located> aliases, int urlLine) {
}
