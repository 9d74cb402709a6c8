package dev.migrationlsp.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentCreateTest {
    @TempDir
    Path tmp;

    @Test
    void concurrentRequestsGiveDistinctFilesAndOneLinearChain() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        int n = 12;
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            session.update(ws -> ws.load(Map.of()))
                    .get(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS);
            MigrationCreator creator = new MigrationCreator(new TemplateRenderer());
            ExecutorService callers = Executors.newFixedThreadPool(6);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<CreateResult>> pending = new ArrayList<>();
            List<CompletableFuture<CompletableFuture<CreateResult>>> submitted = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                ClickHouseKind kind = ClickHouseKind.DATA;
                submitted.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return k % 2 == 0
                                    ? creator.create(session, CreateRequest.postgres("step " + k))
                                    : creator.create(session, CreateRequest.clickhouse("step " + k, kind, null));
                        },
                        callers));
            }
            go.countDown();
            for (var s : submitted) {
                pending.add(s.get(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS));
            }
            List<Created> done = new ArrayList<>();
            for (var f : pending) {
                done.add((Created) f.get(dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS));
            }
            callers.shutdown();

            assertThat(new HashSet<>(done.stream().map(Created::path).toList())).hasSize(n);
            assertThat(done.stream()
                            .filter(c -> c.number().isPresent())
                            .map(c -> c.number().get())
                            .toList())
                    .containsExactlyInAnyOrder("005", "006", "007", "008", "009", "010");
            RevisionGraph g = session.latest().revisionGraph();
            assertThat(g.conflictingHeads()).isEmpty();
            // the application_schema line is 0001..0004, 0006, then the six new revisions one after another
            List<String> chain = new ArrayList<>();
            RevisionGraph.Node head = g.headsOfBranch("application_schema").get(0);
            for (RevisionGraph.Node x = head;
                    x != null;
                    x = x.downRevisions().isEmpty()
                            ? null
                            : g.node(x.downRevisions().get(0)).orElse(null)) {
                chain.add(0, x.revision());
            }
            assertThat(chain)
                    .containsExactly(
                            "0001", "0002", "0003", "0004", "0006", "0007", "0008", "0009", "0010", "0011", "0012");
            assertThat(g.heads()).hasSize(2);
        }
    }
}
