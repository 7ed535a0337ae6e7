/** axe-core run inside Chromium on representative pages, in two languages. */
package eu.transferhub.e2e.accessibility;
