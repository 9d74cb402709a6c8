package dev.migrationlsp.workspace;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /**
     * The lazy value under {@code key}, made empty if missing. Not {@code computeIfAbsent(key, k -> new Lazy<>())}:
     * every derivation goes through here, and on JDK 17 a lambda's first use costs a short command ~0.2 ms.
     */
    @SuppressWarnings("unchecked")
    static <K, T> Lazy<T> in(ConcurrentHashMap<K, ? super Lazy<T>> map, K key) {
        Object lazy = map.get(key);
        if (lazy == null) {
            Lazy<T> fresh = new Lazy<>();
            lazy = map.putIfAbsent(key, fresh);
            if (lazy == null) {
                lazy = fresh;
            }
        }
        return (Lazy<T>) lazy;
    }

    /** {@code compute.apply(argument)}, computed once (a function and its argument rather than a capturing lambda). */
    <A> T get(Function<? super A, T> compute, A argument) {
        if (!done) {
            synchronized (this) {
                if (!done) {
                    value = compute.apply(argument);
                    done = true;
                }
            }
        }
        return value;
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
