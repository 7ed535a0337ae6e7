package eu.transferhub.search.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Methods other than GET and HEAD. Everything the server offers is read-only, so they get 405
 * with an {@code Allow} header (as HTTP asks), not the 404 a missing route would give; OPTIONS
 * answers with the same {@code Allow} and no body.
 */
final class OtherMethods {

    static final String ALLOW = "GET, HEAD, OPTIONS";

    private OtherMethods() {
    }

    static void notAllowed(Context ctx) {
        boolean api = ApiRoutes.isApi(ctx.path());
        ctx.attribute(ApiRoutes.ROUTE, api ? "api_other" : "other");
        ctx.header("Allow", ALLOW);
        ctx.status(HttpStatus.METHOD_NOT_ALLOWED);
        String message = ctx.method() + " is not allowed here; this server answers GET and HEAD";
        if (api) {
            ctx.json(new ErrorBody(message, null));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        }
    }

    static void options(Context ctx) {
        ctx.header("Allow", ALLOW);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
