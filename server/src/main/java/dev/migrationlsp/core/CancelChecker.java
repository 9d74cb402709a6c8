package dev.migrationlsp.core;

import java.util.concurrent.CancellationException;

/** Polled by long analyses so superseded work stops early. Core twin of LSP4J's CancelChecker. */
@FunctionalInterface
public interface CancelChecker {
    CancelChecker NEVER = () -> false;

    boolean isCanceled();

    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancellationException();
        }
    }
}
