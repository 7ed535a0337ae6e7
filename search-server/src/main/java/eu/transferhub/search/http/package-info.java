/** The Javalin server: search API, server-rendered search page, static site serving. */
package eu.transferhub.search.http;
