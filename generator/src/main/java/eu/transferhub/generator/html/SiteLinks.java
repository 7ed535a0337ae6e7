package eu.transferhub.generator.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves link destinations against a page URL with {@link URI#resolve}, never by string
 * prefixing: {@code ../tartu/} on {@code /en/cities/bilbao/} is {@code /en/cities/tartu/};
 * {@code //host/x}, {@code mailto:…}, {@code https://…} and {@code #fragment} stay as written.
 */
public final class SiteLinks {

    private static final Pattern SPACE_AT_ENDS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private SiteLinks() {
    }

    /**
     * Whether a URL may stay in a page: relative ones, and the schemes http, https, mailto and
     * tel (links) or http, https and data:image/ (images). Browsers drop tabs and line breaks
     * anywhere in a URL and spaces and control characters around it ({@code "java\tscript:"}
     * is {@code javascript:}), so the scheme is read after doing the same.
     */
    public static boolean isSafe(String url, boolean image) {
        StringBuilder normalized = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                normalized.append(c);
            }
        }
        String trimmed = SPACE_AT_ENDS.matcher(normalized).replaceAll("");
        Optional<String> scheme = scheme(trimmed);
        if (scheme.isEmpty()) {
            return true;
        }
        return switch (scheme.get()) {
            case "http", "https" -> true;
            case "mailto", "tel" -> !image;
            case "data" -> image && trimmed.regionMatches(true, 0, "data:image/", 0, "data:image/".length());
            default -> false;
        };
    }

    /** Whether a link leaves the site: an absolute URL or {@code //host} to a host other than {@code siteHost}. */
    public static boolean isExternal(String href, String siteHost) {
        if (!isAbsolute(href)) {
            return false;
        }
        try {
            String host = uri(href).getHost();
            return host != null && !host.toLowerCase(Locale.ROOT).equals(siteHost);
        } catch (URISyntaxException e) {
            return href.startsWith("//") || href.regionMatches(true, 0, "http", 0, 4);
        }
    }

    /**
     * A URI of a destination as editors write them: characters a URI may not contain (spaces,
     * non-ASCII letters) are percent-encoded first, as the HTML renderer does.
     */
    static URI uri(String destination) throws URISyntaxException {
        try {
            return new URI(destination);
        } catch (URISyntaxException e) {
            return new URI(encodeIllegal(destination));
        }
    }

    private static String encodeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean legal = c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
            if (legal) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
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
            return new URI(pageUrl).resolve(uri(destination)).toString();
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
            URI resolved = new URI(pageUrl).resolve(uri(destination));
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
