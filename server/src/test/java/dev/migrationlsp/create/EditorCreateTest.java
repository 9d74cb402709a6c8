package dev.migrationlsp.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The create path when the editor writes the file: planned and reserved on the serial queue, written by the editor
 * while the queue goes on serving, then registered (or released when the editor refuses).
 */
class EditorCreateTest {
    @TempDir
    Path tmp;

    @Test
    void theQueueServesOtherChangesWhileTheEditorHasNotAnsweredAndAConcurrentCreatePlansAfterTheReservedFile()
            throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            session.update(ws -> ws.load(Map.of())).get(30, TimeUnit.SECONDS);
            MigrationCreator creator = Fixtures.creator();
            List<MigrationPlan> handed = new ArrayList<>();
            List<CompletableFuture<Boolean>> answers = new ArrayList<>();
            MigrationCreator.EditorWriter slowEditor = plan -> {
                CompletableFuture<Boolean> answer = new CompletableFuture<>();
                synchronized (handed) {
                    handed.add(plan);
                    answers.add(answer);
                }
                return answer;
            };
            CompletableFuture<CreateResult> first =
                    creator.create(session, CreateRequest.postgres("first"), slowEditor);
            // the queue is free: a later mutation completes although the editor has not answered
            Path other = root.resolve(Fixtures.VERSIONS).resolve("0001_create_orgs.py");
            session.update(ws -> ws.open(other, 1, Fixtures.read(other) + "# edited\n"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(first).isNotDone();
            CompletableFuture<CreateResult> second =
                    creator.create(session, CreateRequest.postgres("second"), slowEditor);
            session.afterPendingMutations().get(30, TimeUnit.SECONDS);
            assertThat(handed).as("second: %s", second).hasSize(2);
            assertThat(handed.get(1).downRevisions())
                    .containsExactly(handed.get(0).revision().orElseThrow());

            for (int i = 0; i < 2; i++) {
                Files.writeString(handed.get(i).path(), handed.get(i).content(), StandardCharsets.UTF_8);
                answers.get(i).complete(true);
            }
            Created a = (Created) first.get(30, TimeUnit.SECONDS);
            Created b = (Created) second.get(30, TimeUnit.SECONDS);
            assertThat(b.headsAfter())
                    .extracting(HeadInfo::revision)
                    .contains(b.revision().orElseThrow())
                    .doesNotContain(a.revision().orElseThrow());
            assertThat(session.latest().document(a.path()))
                    .hasValueSatisfying(d -> assertThat(d.isOpen()).isFalse());
        }
    }

    @Test
    void aRefusedEditReleasesTheReservedFile() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            session.update(ws -> ws.load(Map.of())).get(30, TimeUnit.SECONDS);
            MigrationCreator creator = Fixtures.creator();
            CompletableFuture<CreateResult> refused = creator.create(
                    session,
                    CreateRequest.postgres("refused"),
                    plan -> CompletableFuture.failedFuture(new CreateException("the editor did not create it")));
            assertThatThrownBy(() -> refused.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasRootCauseInstanceOf(CreateException.class);
            int revisions = session.latest().alembicFiles().size();
            assertThat(revisions)
                    .isEqualTo(Files.list(root.resolve(Fixtures.VERSIONS))
                            .filter(p -> p.toString().endsWith(".py")
                                    && !p.getFileName().toString().startsWith("__"))
                            .count());
        }
    }

    @Test
    void aMergeThroughTheEditorEndsTheMultipleHeadsFinding() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Path versions = root.resolve(Fixtures.VERSIONS);
        Path ours = versions.resolve("0006_add_users_locale.py");
        Files.writeString(
                versions.resolve("0007_add_settings_scope.py"),
                Files.readString(ours).replace("0006", "0007"));
        Analyzer analyzer = new CoreWiring().analyzer();
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            session.update(ws -> ws.load(Map.of())).get(30, TimeUnit.SECONDS);
            session.update(ws -> ws.open(ours, 1, Fixtures.read(ours))).get(30, TimeUnit.SECONDS);
            assertThat(codes(analyzer.analyze(session.latest(), ours, CancelChecker.NEVER)))
                    .contains("multiple-heads");
            Created merge = (Created) Fixtures.creator()
                    .create(session, new MergeRequest(Optional.empty(), Optional.of("application_schema")), plan -> {
                        Fixtures.write(root, plan.relativePath(), plan.content());
                        return CompletableFuture.completedFuture(true);
                    })
                    .get(30, TimeUnit.SECONDS);
            assertThat(merge.branchHasMultipleHeads()).isFalse();
            assertThat(codes(analyzer.analyze(session.latest(), ours, CancelChecker.NEVER)))
                    .doesNotContain("multiple-heads");
        }
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code().id()).toList();
    }
}
