package eu.transferhub.generator.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The preview's reload script: served at {@link #PATH} and referenced from every HTML page the
 * preview serves, never written into a built site. An external script, so the site's
 * Content-Security-Policy ({@code script-src 'self'}) allows it.
 */
final class ReloadScript {

    static final String PATH = "/_preview/reload.js";
    static final String TAG = "<script src=\"" + PATH + "\" defer></script>";

    private ReloadScript() {
    }

    static String source() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("/preview/reload.js")) {
            if (in == null) {
                throw new IllegalStateException("the generator jar lacks preview/reload.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the script tag before {@code </body>}, or at the end of a page without one. */
    static UnaryOperator<String> injector() {
        return html -> {
            int body = html.lastIndexOf("</body>");
            return body < 0 ? html + TAG : html.substring(0, body) + TAG + html.substring(body);
        };
    }
}
