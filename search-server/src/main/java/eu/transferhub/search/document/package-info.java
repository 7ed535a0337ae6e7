/** The search-document format shared by the generator (writer) and the indexer (reader). */
package eu.transferhub.search.document;
