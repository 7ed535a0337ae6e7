package eu.transferhub.generator.content;

/** Page types without fields of their own: articles, themes, plain pages. */
public record NoDetails() implements Details {
}
