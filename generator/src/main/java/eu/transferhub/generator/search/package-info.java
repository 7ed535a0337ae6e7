/** Search documents: one {@link eu.transferhub.search.document.SearchDocument} per rendered content page. */
package eu.transferhub.generator.search;
