/** {@code hub serve}: the live preview — watch, rebuild what changed, reload open browser tabs. */
package eu.transferhub.generator.preview;
