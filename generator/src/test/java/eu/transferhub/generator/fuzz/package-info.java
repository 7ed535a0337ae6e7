/** Property-based tests: random and malformed content through the whole build. */
package eu.transferhub.generator.fuzz;
