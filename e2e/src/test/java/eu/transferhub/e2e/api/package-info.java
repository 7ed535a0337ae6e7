/** The search API of {@code hub serve} over the bundled content: what the generator's documents make of it. */
package eu.transferhub.e2e.api;
