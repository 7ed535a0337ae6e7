package eu.transferhub.search.http;

import eu.transferhub.search.index.Language;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Serves the generated site from its directory: content types, ETag and Last-Modified with 304
 * answers, long immutable caching for fingerprinted assets ({@code app.3f2a9c1e.css}) and short
 * caching for everything else, index.html for directory URLs (and a redirect to add the slash),
 * the site's 404 page (the language's own when the path starts with a language prefix), and
 * the HTML filter applied to every HTML page. Thread-safe.
 *
 * <p>No file outside the site directory is reachable: paths are decoded once and judged by
 * {@link SitePath}, the resolved file must lie under the site root after normalising, and its
 * real path (symlinks followed) must too.
 */
final class StaticSite {

    /** A hex hash segment before the extension: {@code app.3f2a9c1e.css}. */
    private static final Pattern FINGERPRINTED = Pattern.compile(".+\\.[0-9a-f]{8,64}\\.[A-Za-z0-9]+");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=60, must-revalidate";
    static final String NO_CACHE = "no-cache";

    private final Path root;
    private final UnaryOperator<String> htmlFilter;

    StaticSite(Path root, UnaryOperator<String> htmlFilter) {
        this.root = root.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
    }

    Path root() {
        return root;
    }

    /** What a request path leads to. */
    sealed interface Target {
        record File(Path path, SitePath sitePath) implements Target {
        }

        record Redirect(String location) implements Target {
        }

        record Missing(Optional<SitePath> sitePath) implements Target {
        }
    }

    Target resolve(String rawPath) throws IOException {
        Optional<SitePath> parsed = SitePath.parse(rawPath);
        if (parsed.isEmpty() || !Files.isDirectory(root)) {
            return new Target.Missing(parsed);
        }
        SitePath sitePath = parsed.get();
        Path target = root.resolve(sitePath.relative()).normalize();
        if (!target.startsWith(root)) {
            return new Target.Missing(parsed);
        }
        if (Files.isDirectory(target)) {
            if (!sitePath.trailingSlash() && !sitePath.segments().isEmpty()) {
                return new Target.Redirect(sitePath.url(true));
            }
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target) || !insideRoot(target)) {
            return new Target.Missing(parsed);
        }
        return new Target.File(target, sitePath);
    }

    /** Resolves symlinks on both sides: a link inside the site pointing outside is refused. */
    private boolean insideRoot(Path file) throws IOException {
        return file.toRealPath().startsWith(root.toRealPath());
    }

    void serveFile(Context ctx, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String contentType = ContentTypes.of(file.getFileName().toString());
        Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] body = null;
        String etag;
        if (ContentTypes.isHtml(contentType)) {
            body = htmlFilter.apply(Files.readString(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            etag = "\"h" + digest(body) + "\"";
        } else {
            etag = "\"" + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "-"
                    + Long.toHexString(attributes.size()) + "\"";
        }
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        ctx.header("Cache-Control", FINGERPRINTED.matcher(file.getFileName().toString()).matches() ? IMMUTABLE : SHORT);
        if (notModified(ctx, etag, modified)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body != null ? body : Files.readAllBytes(file));
    }

    /** The 404 page: the language's own, else the site's, else a line of text. */
    void serveNotFound(Context ctx, Optional<SitePath> sitePath) throws IOException {
        ctx.status(HttpStatus.NOT_FOUND);
        ctx.header("Cache-Control", NO_CACHE);
        Optional<Path> page = sitePath.flatMap(p -> p.segments().stream().findFirst())
                .flatMap(Language::byCode)
                .map(l -> root.resolve(l.code()).resolve("404.html"))
                .filter(Files::isRegularFile);
        if (page.isEmpty()) {
            page = Optional.of(root.resolve("404.html")).filter(Files::isRegularFile);
        }
        if (page.isPresent() && insideRoot(page.get())) {
            ctx.contentType(ContentTypes.of("404.html"));
            ctx.result(htmlFilter.apply(Files.readString(page.get(), StandardCharsets.UTF_8)));
        } else {
            ctx.contentType(ContentTypes.of("404.txt"));
            ctx.result("Not found\n");
        }
    }

    private static boolean notModified(Context ctx, String etag, Instant modified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored, the full response is sent
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
