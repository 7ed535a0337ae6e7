/** Markdown to HTML with commonmark-java and its GitHub extensions; collects links with their lines. */
package eu.transferhub.generator.markdown;
