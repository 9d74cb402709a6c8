package dev.migrationlsp.core;

import java.util.concurrent.CancellationException;

/** Polled by long analyses so superseded work stops early. Core twin of LSP4J's CancelChecker. */
@FunctionalInterface
public interface CancelChecker {
    /** An anonymous class, not a lambda: every `check` uses it, and on JDK 17 a lambda's first use costs ~0.2 ms. */
    CancelChecker NEVER = new CancelChecker() {
        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    boolean isCanceled();

    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancellationException();
        }
    }
}
