package dev.migrationlsp.create;

/**
 * A create request that cannot be carried out: bad input from a client (empty description, bad table name), a
 * configuration the creator cannot follow, a broken template, or a file system refusal. The message is one line
 * that a CLI can print and an editor can show as is.
 */
public final class CreateException extends Exception {
    /** Messages quote client input; a hostile 100 kB description must not come back whole, nor control characters. */
    static final int MAX_MESSAGE = 1_000;

    public CreateException(String message) {
        super(bounded(message));
    }

    public CreateException(String message, Throwable cause) {
        super(bounded(message), cause);
    }

    static String bounded(String message) {
        return dev.migrationlsp.core.OneLine.of(message, MAX_MESSAGE);
    }
}
