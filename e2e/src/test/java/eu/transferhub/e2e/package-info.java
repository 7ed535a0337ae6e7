/** Shared fixtures of the end-to-end tests: the preview server over the bundled content and headless Chromium. */
package eu.transferhub.e2e;
