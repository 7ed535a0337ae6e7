package eu.transferhub.search.query;

/** No index version has been published yet; the HTTP layer answers 503. */
public final class IndexNotReadyException extends SearchUnavailableException {

    public IndexNotReadyException() {
        super("the search index is not built yet");
    }
}
