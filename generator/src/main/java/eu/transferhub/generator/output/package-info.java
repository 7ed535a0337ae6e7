/** Where rendered files go: a temporary folder beside the output, published by atomic rename. */
package eu.transferhub.generator.output;
