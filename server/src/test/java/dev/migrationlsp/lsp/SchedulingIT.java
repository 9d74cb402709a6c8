package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.json;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;

/** Over stdio against the jar: the serial queue never waits for the client. */
class SchedulingIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    @Test
    void aSlowApplyEditHoldsUpNeitherDidChangeNorReads() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(VERSIONS + "/0006_add_users_locale.py");
        try (TestServer ts = TestServer.start(root)) {
            CompletableFuture<ApplyWorkspaceEditResponse> answer = new CompletableFuture<>();
            ts.client().applyEditLater = p -> answer;
            String uri = ts.open(file);
            ts.awaitDiagnostics(uri, lacksCode("naive-timestamp"));

            CompletableFuture<Object> created = ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(
                            "migration-lsp.create", List.of(json("target", "postgres", "description", "slow editor"))));
            ts.await(() -> !ts.client().appliedEdits.isEmpty(), "the workspace/applyEdit request");

            // the editor has not answered: typing is still analysed, and snapshot reads still answer
            String text = Files.readString(file)
                    .replace(
                            "nullable=True))",
                            "nullable=True))\n    op.add_column(\"users\", sa.Column(\"seen_at\", sa.DateTime()))");
            ts.changeFull(uri, text);
            ts.awaitDiagnostics(uri, hasCode("naive-timestamp"));
            Object heads = ts.request(ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("migration-lsp.heads", List.of())));
            assertThat(new Gson().toJson(heads)).contains("\"heads\"");
            assertThat(created).isNotDone();

            ApplyWorkspaceEditParams edit = ts.client().appliedEdits.get(0);
            Path newFile = Uris.toPath(((CreateFile)
                                    edit.getEdit().getDocumentChanges().get(0).getRight())
                            .getUri())
                    .orElseThrow();
            Files.writeString(
                    newFile,
                    edit.getEdit()
                            .getDocumentChanges()
                            .get(1)
                            .getLeft()
                            .getEdits()
                            .get(0)
                            .getNewText(),
                    StandardCharsets.UTF_8);
            answer.complete(new ApplyWorkspaceEditResponse(true));

            JsonObject result = new Gson().toJsonTree(ts.request(created)).getAsJsonObject();
            assertThat(root.resolve(result.get("path").getAsString()))
                    .isEqualTo(newFile)
                    .exists();
        }
    }
}
