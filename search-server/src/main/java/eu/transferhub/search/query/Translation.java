package eu.transferhub.search.query;

import org.apache.lucene.search.Query;

/** A visitor's query in Lucene's terms, with where its written terms come from, for the snippets. */
record Translation(Query query, WrittenTerms written) {
}
