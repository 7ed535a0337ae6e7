package eu.transferhub.search.query;

/** Every search slot stayed taken for a whole time budget ({@link SearchGate}); the HTTP layer answers 503. */
public final class SearchBusyException extends SearchUnavailableException {

    SearchBusyException() {
        super("the search server is busy; try again in a moment");
    }
}
