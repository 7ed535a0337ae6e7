package eu.transferhub.search.http;

import eu.transferhub.search.query.PeopleQueryParser;
import io.javalin.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, for requests no route ever sees: a request line over the
 * header buffer (414), headers too large (431), a malformed request (400). Jetty's own page is
 * an HTML table without the security headers; this answers like the API does, with
 * {@code {"error": "...", "param": null}} and the same headers as every other response.
 *
 * <p>JSON for every path: a request Jetty could not parse has no path to tell an API call from
 * a page (Jetty names it {@code /badMessage}), and the sentence reads well in a browser too.
 */
final class JettyErrors extends ErrorHandler {

    private final JsonMapper json;

    JettyErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        SecurityHeaders.apply((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        String body = json.toJsonString(new ErrorBody(sentence(code, message), null), ErrorBody.class);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** What went wrong, in the words the API uses, without Jetty's internals. */
    static String sentence(int code, String message) {
        return switch (code) {
            case HttpStatus.URI_TOO_LONG_414 -> "the request URI is too long; a search query has at most "
                    + PeopleQueryParser.MAX_LENGTH + " characters";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request headers are too large";
            case HttpStatus.BAD_REQUEST_400 -> message == null || message.isBlank() ? "the request is malformed"
                    : "the request is malformed: " + message;
            default -> {
                String reason = HttpStatus.getMessage(code);
                yield reason == null ? "HTTP error " + code : reason.toLowerCase(Locale.ROOT);
            }
        };
    }
}
