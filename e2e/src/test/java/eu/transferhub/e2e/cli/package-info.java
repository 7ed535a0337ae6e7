/** The {@code ./hub} launcher as editors run it: the JDK it picks and the cache it keeps. */
package eu.transferhub.e2e.cli;
