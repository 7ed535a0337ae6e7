/** Every generated page of the bundled content checked with the Nu Html Checker. */
package eu.transferhub.e2e.validity;
