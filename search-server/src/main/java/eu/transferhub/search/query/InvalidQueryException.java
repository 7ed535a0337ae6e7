package eu.transferhub.search.query;

/**
 * A request the search cannot run, with the parameter to blame; the HTTP layer answers 400
 * with {@code {"error": message, "param": param}}.
 */
public final class InvalidQueryException extends RuntimeException {

    private final String param;

    public InvalidQueryException(String param, String message) {
        super(message);
        this.param = param;
    }

    /** The request parameter that is wrong, e.g. {@code q} or {@code page}. */
    public String param() {
        return param;
    }
}
