package eu.transferhub.generator.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves link destinations against a page URL with {@link URI#resolve}, never by string
 * prefixing: {@code ../tartu/} on {@code /en/cities/bilbao/} is {@code /en/cities/tartu/};
 * {@code //host/x}, {@code mailto:…}, {@code https://…} and {@code #fragment} stay as written.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /**
     * The destination as it should appear in the page: site-relative destinations resolved
     * against {@code pageUrl} to a path from the site root; anything else unchanged.
     */
    public static String resolve(String pageUrl, String destination) {
        if (!isRelativeToSite(destination) || destination.startsWith("#")) {
            return destination;
        }
        try {
            return new URI(pageUrl).resolve(new URI(destination)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a valid URI reference: leave it as written; the link check reports it.
            return destination;
        }
    }

    /**
     * The site path a destination points to (no query, no fragment), when it points into the
     * site: e.g. {@code /en/cities/tartu/} for {@code ../tartu/#team}. Empty for external links,
     * {@code mailto:}, fragments and destinations that are not valid URIs.
     */
    public static Optional<String> sitePath(String pageUrl, String destination) {
        if (!isRelativeToSite(destination) || destination.startsWith("#") || destination.startsWith("?")) {
            return Optional.empty();
        }
        try {
            URI resolved = new URI(pageUrl).resolve(new URI(destination));
            return Optional.ofNullable(resolved.getPath()).filter(p -> !p.isEmpty());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a destination has a scheme ({@code https:}, {@code mailto:}) or a host ({@code //cdn}). */
    public static boolean isAbsolute(String destination) {
        return destination.startsWith("//") || scheme(destination).isPresent();
    }

    /** The lower-case scheme of a destination, e.g. {@code https}. */
    static Optional<String> scheme(String destination) {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == ':') {
                return i == 0 ? Optional.empty() : Optional.of(destination.substring(0, i).toLowerCase(Locale.ROOT));
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isRelativeToSite(String destination) {
        return !destination.isEmpty() && !isAbsolute(destination);
    }
}
