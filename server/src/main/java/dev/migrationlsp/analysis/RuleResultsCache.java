package dev.migrationlsp.analysis;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The document rules' raw findings per file, kept while the file's text and the rules' inputs (configuration, the
 * workspace facts they read) stay equal. Keyed by content rather than by document or snapshot: a keystroke in one file
 * makes a new snapshot and a new document for that file only, and a file re-read from disk unchanged still hits.
 * One entry per path; entries are immutable and replaced whole, so readers on any thread see a consistent one. The
 * owner drops the entries of files that left the workspace ({@link Analyzer#forgetCachedResults}).
 */
public final class RuleResultsCache {
    private record Entry(String text, FileKind kind, List<Object> inputs, List<Finding> findings) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    Optional<List<Finding>> get(Document d, List<Object> inputs) {
        Entry e = entries.get(d.path());
        // the text is compared by identity first: an unchanged document hands out the very same string
        if (e != null
                && e.kind() == d.kind()
                && (e.text() == d.text().text() || e.text().equals(d.text().text()))
                && e.inputs().equals(inputs)) {
            hits.increment();
            return Optional.of(e.findings());
        }
        misses.increment();
        return Optional.empty();
    }

    void put(Document d, List<Object> inputs, List<Finding> findings) {
        entries.put(d.path(), new Entry(d.text().text(), d.kind(), inputs, findings));
    }

    /** Drops the entries of the files {@code gone} accepts (deleted, renamed away), so they do not pile up. */
    void forget(Predicate<Path> gone) {
        entries.keySet().removeIf(gone);
    }

    /** The files that have an entry. */
    Set<Path> files() {
        return Set.copyOf(entries.keySet());
    }

    /** Lookups that found valid results, and those that ran the rules; for tests and benchmarks. */
    Stats stats() {
        return new Stats(hits.sum(), misses.sum());
    }

    /** Cache counters since start. */
    public record Stats(long hits, long misses) {
        public double hitRate() {
            long all = hits + misses;
            return all == 0 ? 0 : (double) hits / all;
        }
    }
}
