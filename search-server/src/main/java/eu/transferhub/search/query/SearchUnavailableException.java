package eu.transferhub.search.query;

/** A search that cannot run now, though nothing is wrong with it: the HTTP layer answers 503. */
public abstract sealed class SearchUnavailableException extends RuntimeException
        permits IndexNotReadyException, SearchBusyException {

    SearchUnavailableException(String message) {
        super(message);
    }
}
