package eu.transferhub.generator.content;

/**
 * A front-matter value that names another bundle, with the line it was written on.
 *
 * @param field    the field as written in messages, e.g. {@code partners} or {@code meetings[2].city}
 * @param target   the bundle it names
 * @param required whether the bundle must exist (owner city, lead, partners, meeting hosts);
 *                 taxonomy terms without a profile page only get a warning
 */
public record Reference(String field, PageKey target, int line, boolean required) {
}
