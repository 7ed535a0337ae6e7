/** The site in a real browser: navigation, search, keyboard use, narrow screens, console errors, screenshots. */
package eu.transferhub.e2e.browser;
