package eu.transferhub.search.http;

/**
 * The body of {@code GET /health}.
 *
 * @param status       {@code ok}, or {@code no-index} before the first index is published
 * @param indexVersion id of the index version in use, or null
 * @param documents    documents in that version
 */
record Health(String status, String indexVersion, int documents) {
}
