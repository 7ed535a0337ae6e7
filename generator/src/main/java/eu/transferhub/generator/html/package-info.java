/** HTML post-processing with Jsoup: sanitising, heading ids and table of contents, link and image rewriting, summary and plain text. */
package eu.transferhub.generator.html;
