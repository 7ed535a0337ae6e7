/** The runnable search server: command line entry point. */
package eu.transferhub.search;
