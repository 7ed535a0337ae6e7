/** {@code hub check}: every content and theme problem at once, as text or JSON, without writing a site. */
package eu.transferhub.generator.check;
