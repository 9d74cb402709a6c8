package dev.migrationlsp.workspace;

import java.util.function.Supplier;

/**
 * A value computed once, on first use, by whichever thread asks first (others asking meanwhile wait for it). The
 * server also uses it for parts only some requests need (hover's rule docs, the migration creator), so that they are
 * not built before the {@code initialize} answer.
 */
public final class Lazy<T> {
    private volatile T value;
    private volatile boolean done;

    /** The value if it was computed already, else null (never computes). */
    public T peek() {
        return done ? value : null;
    }

    /** A lazy that is already computed. */
    public static <T> Lazy<T> of(T value) {
        Lazy<T> l = new Lazy<>();
        l.value = value;
        l.done = true;
        return l;
    }

    public T get(Supplier<T> supplier) {
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
