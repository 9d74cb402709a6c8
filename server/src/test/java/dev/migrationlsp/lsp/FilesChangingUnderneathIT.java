package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Branch switches, deletions and renames on disk while the server runs (its own WatchService): diagnostics converge. */
class FilesChangingUnderneathIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    private static TestServer startWatching(Path root) throws Exception {
        TestServer ts = TestServer.start(root, TestServer.Options.defaults().withDynamicWatchers(false));
        ts.await(() -> !ts.client().heads.isEmpty(), "workspace loaded");
        return ts;
    }

    @Test
    void branchSwitchAddingAndRemovingManyFilesConverges() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        Path head = versions.resolve("0006_add_users_locale.py");
        String headText = Files.readString(head);
        try (TestServer ts = startWatching(root)) {
            // "git switch feature": 0006 goes away, two new revisions both continue 0004 -> two heads on one branch
            Files.delete(head);
            for (String rev : List.of("0007", "0008")) {
                Files.writeString(
                        versions.resolve(rev + "_feature.py"), RevisionGraphDiagnosticsIT.revisionFile(rev, "0004"));
            }
            String u7 = TestServer.uri(versions.resolve("0007_feature.py"));
            String u8 = TestServer.uri(versions.resolve("0008_feature.py"));
            ts.awaitDiagnostics(u7, hasCode("multiple-heads"));
            ts.awaitDiagnostics(u8, hasCode("multiple-heads"));
            // "git switch main": back to one head per branch
            Files.delete(versions.resolve("0007_feature.py"));
            Files.delete(versions.resolve("0008_feature.py"));
            Files.writeString(head, headText);
            ts.awaitDiagnostics(u7, List::isEmpty);
            ts.awaitDiagnostics(u8, List::isEmpty);
            ts.await(
                    () -> ts.client().heads.get(ts.client().heads.size() - 1).heads().stream()
                            .anyMatch(h -> h.revision().equals("0006")),
                    "0006 is a head again");
        }
    }

    @Test
    void renamedVersionsDirectoryDropsItsFindingsAndRenamingBackRestoresThem() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        Files.writeString(versions.resolve("0007_feature.py"), RevisionGraphDiagnosticsIT.revisionFile("0007", "0004"));
        try (TestServer ts = startWatching(root)) {
            String u7 = TestServer.uri(versions.resolve("0007_feature.py"));
            ts.awaitDiagnostics(u7, hasCode("multiple-heads"));
            Path moved = versions.resolveSibling("versions_old");
            Files.move(versions, moved);
            ts.awaitDiagnostics(u7, List::isEmpty);
            Files.move(moved, versions);
            ts.awaitDiagnostics(u7, hasCode("multiple-heads"));
        }
    }

    @Test
    void migrationDeletedWhileOpenStaysUntilTheBufferCloses() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        Path extra = versions.resolve("0007_feature.py");
        Files.writeString(extra, RevisionGraphDiagnosticsIT.revisionFile("0007", "0004"));
        try (TestServer ts = startWatching(root)) {
            String u7 = ts.open(extra);
            String u6 = TestServer.uri(versions.resolve("0006_add_users_locale.py"));
            ts.awaitDiagnostics(u6, hasCode("multiple-heads"));
            Files.delete(extra);
            // the editor still holds the buffer, so the revision still exists for the graph
            ts.awaitDiagnostics(u7, hasCode("multiple-heads"));
            ts.close(u7);
            ts.awaitDiagnostics(u6, List::isEmpty);
            ts.awaitDiagnostics(u7, List::isEmpty);
            assertThat(ts.isAlive()).isTrue();
        }
    }
}
