/** Property-based and smoke-load tests of the search HTTP API: random and malformed input, a realistic request mix. */
package eu.transferhub.search.fuzz;
