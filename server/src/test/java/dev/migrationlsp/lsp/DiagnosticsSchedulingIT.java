package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Debounce, superseded work and stale versions, observed from the client's side. */
class DiagnosticsSchedulingIT {

    @Test
    void rapidTypingIsDebouncedAndNeverPublishesAnOlderVersionLast() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py");
        // A debounce much longer than the gaps between edits: the server may be descheduled on a loaded machine while
        // the client is not (a stall the client cannot see), so the default 100 ms would let load split the typing.
        Files.writeString(root.resolve(".migration-lsp.toml"), "diagnostics-debounce-ms = 1000\n");
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(file);
            ts.awaitDiagnostics(uri, ds -> true);
            int before = ts.client().publishes.size();
            int line = (int) Files.readString(file)
                            .lines()
                            .takeWhile(l -> !l.startsWith("def upgrade"))
                            .count()
                    - 1;
            int last = 0;
            // Each pause between edits longer than the debounce may rightly cause a publish; a loaded machine can pause
            // this thread at any time, so the bound below counts the pauses that happened (with margin for the server's
            // own scheduling) instead of assuming there were none.
            int pauses = 0;
            long previous = System.nanoTime();
            for (int i = 0; i < 40; i++) {
                // type a comment character by character above upgrade(), much faster than the debounce
                last = ts.change(uri, new Range(new Position(line, i), new Position(line, i)), i == 0 ? "#" : "x");
                long now = System.nanoTime();
                pauses += now - previous > 250_000_000L ? 1 : 0; // a quarter of the debounce: counts generously
                previous = now;
            }
            int finalVersion = last;
            ts.await(
                    () -> ts.client().publishes.stream()
                            .skip(before)
                            .anyMatch(p ->
                                    p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == finalVersion),
                    "final version published");
            List<Integer> versions = ts.client().publishes.stream()
                    .skip(before)
                    .filter(p -> p.getUri().equals(uri))
                    .map(PublishDiagnosticsParams::getVersion)
                    .toList();
            assertThat(versions).isSorted();
            assertThat(versions.get(versions.size() - 1)).isEqualTo(finalVersion);
            assertThat(versions.size())
                    .as("debounced: one publish per pause in typing (" + pauses + " pauses), not per edit")
                    .isLessThanOrEqualTo(1 + pauses)
                    .isLessThan(40);
        }
    }

    @Test
    void debounceZeroPublishesEveryVersionInOrder() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py");
        Files.writeString(root.resolve(".migration-lsp.toml"), "diagnostics-debounce-ms = 0\n");
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(file);
            ts.awaitDiagnostics(uri, ds -> true);
            int before = ts.client().publishes.size();
            int v = 0;
            for (int i = 0; i < 5; i++) {
                v = ts.change(uri, new Range(new Position(0, 3), new Position(0, 3)), "x");
                int expect = v;
                ts.await(
                        () -> ts.client().publishes.stream()
                                .skip(before)
                                .anyMatch(p ->
                                        p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == expect),
                        "version " + expect);
            }
            List<Integer> versions = ts.client().publishes.stream()
                    .skip(before)
                    .filter(p -> p.getUri().equals(uri))
                    .map(PublishDiagnosticsParams::getVersion)
                    .toList();
            assertThat(versions).isSorted().contains(2, 3, 4, 5, 6);
        }
    }
}
