package dev.migrationlsp.workspace;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first. */
final class Lazy<T> {
    private volatile T value;
    private volatile boolean done;

    /** The value if it was computed already, else null (never computes). */
    T peek() {
        return done ? value : null;
    }

    /** A lazy that is already computed. */
    static <T> Lazy<T> of(T value) {
        Lazy<T> l = new Lazy<>();
        l.value = value;
        l.done = true;
        return l;
    }

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
