/** Turns a visitor's query and filters into Lucene queries; hits, facets, highlights, suggestions. */
package eu.transferhub.search.query;
