package eu.transferhub.generator.scaffold;

/** A page that cannot be scaffolded, with a message that says what to do instead. */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }
}
