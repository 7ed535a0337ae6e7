/** Tests of the content that ships with Transfer Hub: a bad edit to content/ fails CI. */
package eu.transferhub.generator.bundled;
