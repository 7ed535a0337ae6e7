/** Lucene schema, per-language analysis, indexing search documents and publishing index versions atomically. */
package eu.transferhub.search.index;
