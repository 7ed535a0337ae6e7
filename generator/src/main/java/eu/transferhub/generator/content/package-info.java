/** The content model: hub.yaml, page bundles, front matter, and the parsed {@link eu.transferhub.generator.content.Site}. */
package eu.transferhub.generator.content;
