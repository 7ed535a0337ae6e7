package eu.transferhub.generator.content;

/** How bad a content problem is: errors stop the build, warnings only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING
}
