/** {@code hub new}: page bundles and translations scaffolded from per-type archetypes. */
package eu.transferhub.generator.scaffold;
