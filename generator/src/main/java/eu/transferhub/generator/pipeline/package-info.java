/** The build: content → parallel Markdown and HTML → checked Site → render → atomic publish of site and search index. */
package eu.transferhub.generator.pipeline;
