package eu.transferhub.search.http;

/**
 * The JSON body of every error answer: {@code {"error": "...", "param": "q"}}; {@code param}
 * is null when no parameter is to blame.
 */
record ErrorBody(String error, String param) {
}
