/** Rendering: the theme (Mustache layouts, UI strings, fingerprinted assets) and the site's output files. */
package eu.transferhub.generator.render;
