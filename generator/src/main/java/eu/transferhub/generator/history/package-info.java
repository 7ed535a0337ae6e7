/** When each content file last changed: from git history, or the file system outside git. */
package eu.transferhub.generator.history;
