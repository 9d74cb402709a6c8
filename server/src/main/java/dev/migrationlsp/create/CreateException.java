package dev.migrationlsp.create;

/**
 * A create request that cannot be carried out: bad input from a client (empty description, bad table name), a
 * configuration the creator cannot follow, a broken template, or a file system refusal. The message is one line
 * that a CLI can print and an editor can show as is.
 */
public final class CreateException extends Exception {
    public CreateException(String message) {
        super(message);
    }

    public CreateException(String message, Throwable cause) {
        super(message, cause);
    }
}
