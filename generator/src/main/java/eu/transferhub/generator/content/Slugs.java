package eu.transferhub.generator.content;

import java.util.regex.Pattern;

/** The format of slugs and bundle references: lower-case ASCII letters, digits and single hyphens. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    static boolean valid(String slug) {
        return SLUG.matcher(slug).matches();
    }

    static String problem(String field, String slug) {
        return field + ": '" + slug + "' is not a valid slug (lower-case letters, digits and '-')";
    }
}
