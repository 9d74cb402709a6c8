package dev.migrationlsp.workspace;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first. */
final class Lazy<T> {
    private volatile T value;
    private volatile boolean done;

    T get(Supplier<T> supplier) {
        if (!done) {
            synchronized (this) {
                if (!done) {
                    value = supplier.get();
                    done = true;
                }
            }
        }
        return value;
    }
}
