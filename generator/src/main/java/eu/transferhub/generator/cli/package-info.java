/** The {@code hub} command line (picocli): {@code hub build}, and the other subcommands registered in {@link eu.transferhub.generator.cli.HubMain}. */
package eu.transferhub.generator.cli;
