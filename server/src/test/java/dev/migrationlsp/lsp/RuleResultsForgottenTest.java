package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.testing.Deadlines;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The server's rule-results cache holds only files that exist: a migration deleted or renamed on disk, or a folder
 * removed from the workspace, takes its cached results with it (else they pile up for the server's lifetime).
 */
class RuleResultsForgottenTest {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Deadlines.LIVENESS.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(5_000_000); // the analysis threads are busy; poll gently
        }
    }

    @Test
    void deletedRenamedAndRemovedFilesLeaveTheCache() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path nested = TestServer.copyOfExamples();
        Path users = root.resolve(VERSIONS + "/0002_create_users.py");
        Path settings = root.resolve(VERSIONS + "/0003_create_settings.py");
        Path renamed = root.resolve(VERSIONS + "/0003_create_app_settings.py");
        Path otherFolders = nested.resolve(VERSIONS + "/0002_create_users.py");
        Analyzer analyzer = new CoreWiring().analyzer();
        ServerState state = new ServerState();
        try (DiagnosticsPublisher publisher = new DiagnosticsPublisher(() -> analyzer, state)) {
            WorkspaceSession a = session(root, state, publisher);
            WorkspaceSession b = session(nested, state, publisher);
            a.update(ws -> ws.open(users, 1, read(users))).join();
            a.update(ws -> ws.open(settings, 1, read(settings))).join();
            b.update(ws -> ws.open(otherFolders, 1, read(otherFolders))).join();
            await(() -> analyzer.cachedFiles().containsAll(List.of(users, settings, otherFolders)), "first analyses");

            // closed, then deleted on disk: gone from the cache, the other files stay
            a.update(ws -> ws.close(users)).join();
            Files.delete(users);
            a.update(ws -> ws.filesChanged(List.of(users))).join();
            await(() -> !analyzer.cachedFiles().contains(users), "the deleted file to leave the cache");
            assertThat(analyzer.cachedFiles()).contains(settings, otherFolders);

            // renamed while open (an editor's rename): the old path goes, the new one is analysed
            String text = read(settings);
            Files.move(settings, renamed);
            a.update(ws -> {
                        ws.close(settings);
                        ws.filesChanged(List.of(settings, renamed));
                        return ws.open(renamed, 1, text);
                    })
                    .join();
            await(
                    () -> !analyzer.cachedFiles().contains(settings)
                            && analyzer.cachedFiles().contains(renamed),
                    "the rename to reach the cache");
            assertThat(analyzer.cachedFiles()).contains(otherFolders);

            // a removed folder takes its files' results with it; the other folder's stay
            state.removeFolder(root).orElseThrow().close();
            publisher.forgetFolder(root);
            assertThat(analyzer.cachedFiles()).doesNotContain(renamed).contains(otherFolders);
        }
    }

    private static WorkspaceSession session(Path root, ServerState state, DiagnosticsPublisher publisher) {
        WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()));
        session.addListener(snap -> publisher.onSnapshot(session, snap));
        state.addFolder(session);
        session.update(ws -> ws.load(Map.<String, Object>of())).join();
        return session;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
