package eu.transferhub.search.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers every response carries. The policy allows only the site's own scripts, styles and
 * connections (search.js is an external file and inline scripts are refused, so anything an
 * HTML filter injects must be an external {@code <script src>} too), and forbids framing.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /** For answers Jetty writes itself, before any route runs (see {@link JettyErrors}). */
    static void apply(BiConsumer<String, String> header) {
        HEADERS.forEach(header);
    }
}
