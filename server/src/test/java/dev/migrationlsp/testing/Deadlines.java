package dev.migrationlsp.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Time in tests that must pass on a loaded machine. Waiting for something that will happen (a response, a published
 * diagnostic, a process exit) uses {@link #LIVENESS}: a hang detector, generous because a busy 2-core machine can stall
 * a process for many seconds; it bounds only a failing run. Speed is asserted in CPU time of the working thread
 * ({@link #cpuMillis}), which other processes' load does not inflate, or measured in a benchmark, never in wall time.
 */
public final class Deadlines {
    /** How long to wait for something that should happen; {@code -Dmigrationlsp.test.livenessSeconds} overrides. */
    public static final Duration LIVENESS = Duration.ofSeconds(Long.getLong("migrationlsp.test.livenessSeconds", 120));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Deadlines() {}

    /** CPU time the calling thread spends in {@code work}, in milliseconds. */
    public static long cpuMillis(Runnable work) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        long t0 = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - t0) / 1_000_000;
    }
}
