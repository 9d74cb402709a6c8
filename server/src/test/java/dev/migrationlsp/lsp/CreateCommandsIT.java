package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.json;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** {@code migration-lsp.create} and {@code migration-lsp.createMerge} over stdio against the jar, both creation paths. */
class CreateCommandsIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";
    static final String CLICKHOUSE = "src/dev_health_ops/migrations/clickhouse";

    private static JsonObject execute(TestServer ts, String command, JsonObject argument) {
        Object r = TestServer.get(
                ts.server().getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(argument))));
        assertThat(r).isNotNull();
        // the client side decodes the answer as plain maps; compare as JSON
        return new com.google.gson.Gson().toJsonTree(r).getAsJsonObject();
    }

    /** An editor that applies the CreateFile + text edit and saves the file, as VS Code does after a create. */
    static ApplyWorkspaceEditResponse applyAndSave(ApplyWorkspaceEditParams p) {
        List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes =
                p.getEdit().getDocumentChanges();
        CreateFile create = (CreateFile) changes.get(0).getRight();
        TextDocumentEdit text = changes.get(1).getLeft();
        Path file = Uris.toPath(create.getUri()).orElseThrow();
        try {
            Files.writeString(
                    file,
                    text.getEdits().get(0).getNewText(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApplyWorkspaceEditResponse(true);
    }

    private static Path path(TestServer ts, JsonObject result) {
        return ts.root().resolve(result.get("path").getAsString());
    }

    @Test
    void createsThroughWorkspaceApplyEditWhenTheClientCanCreateFiles() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;

            JsonObject first = execute(
                    ts,
                    "migration-lsp.create",
                    json("target", "postgres", "description", "Create api tokens", "table", "api_tokens"));

            assertThat(first.get("path").getAsString()).isEqualTo(VERSIONS + "/0007_create_api_tokens.py");
            assertThat(first.get("revision").getAsString()).isEqualTo("0007");
            assertThat(first.get("downRevision").getAsString()).isEqualTo("0006");
            assertThat(first.get("branchHasMultipleHeads").getAsBoolean()).isFalse();
            assertThat(first.get("uri").getAsString()).isEqualTo(TestServer.uri(path(ts, first)));
            assertThat(ts.client().appliedEdits).hasSize(1);
            var changes = ts.client().appliedEdits.get(0).getEdit().getDocumentChanges();
            CreateFile create = (CreateFile) changes.get(0).getRight();
            assertThat(create.getUri()).isEqualTo(first.get("uri").getAsString());
            assertThat(create.getOptions().getOverwrite()).isFalse();
            assertThat(create.getOptions().getIgnoreIfExists()).isFalse();
            assertThat(changes.get(1).getLeft().getEdits().get(0).getNewText())
                    .contains("op.create_table(\n        \"api_tokens\"");
            assertThat(Files.readString(path(ts, first))).contains("revision: str = \"0007\"");
            assertThat(ts.client().shownDocuments)
                    .extracting(d -> d.getUri())
                    .contains(first.get("uri").getAsString());

            // the next request sees the file the editor created: one linear chain
            JsonObject second = execute(
                    ts, "migration-lsp.create", json("target", "postgres", "description", "Add users timezone"));
            assertThat(second.get("revision").getAsString()).isEqualTo("0008");
            assertThat(second.get("downRevision").getAsString()).isEqualTo("0007");
            assertThat(ts.client().appliedEdits).hasSize(2);
        }
    }

    @Test
    void aBufferTheEditorHasNotSavedYetStillCountsForTheNextCreate() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            // the default fake editor answers "applied" without touching the disk: the content lives in its buffer

            JsonObject first =
                    execute(ts, "migration-lsp.create", json("target", "postgres", "description", "in a buffer"));
            JsonObject second =
                    execute(ts, "migration-lsp.create", json("target", "postgres", "description", "after it"));

            assertThat(Files.exists(path(ts, first))).isFalse();
            assertThat(first.get("revision").getAsString()).isEqualTo("0007");
            assertThat(second.get("revision").getAsString()).isEqualTo("0008");
            assertThat(second.get("downRevision").getAsString()).isEqualTo("0007");
        }
    }

    @Test
    void createsOnDiskWhenTheClientCannotCreateFiles() throws Exception {
        Path root = TestServer.copyOfExamples();
        TestServer.Options noCreate = new TestServer.Options(
                true, true, false, null, ProcessHandle.current().pid());
        try (TestServer ts = TestServer.start(root, noCreate)) {
            JsonObject r = execute(
                    ts,
                    "migration-lsp.create",
                    json(
                            "target",
                            "clickhouse",
                            "description",
                            "Create work items",
                            "kind",
                            "table",
                            "table",
                            "work_items"));

            assertThat(r.get("path").getAsString()).isEqualTo(CLICKHOUSE + "/005_create_work_items.sql");
            assertThat(r.get("number").getAsString()).isEqualTo("005");
            assertThat(r.has("revision")).isFalse();
            assertThat(ts.client().appliedEdits).isEmpty();
            assertThat(Files.readString(path(ts, r)))
                    .startsWith("-- 005_create_work_items.sql\n")
                    .contains("ENGINE = ReplacingMergeTree(updated_at)");
            // the server waits for window/showDocument before it answers
            assertThat(ts.client().shownDocuments)
                    .extracting(d -> d.getUri())
                    .contains(r.get("uri").getAsString());

            JsonObject pg =
                    execute(ts, "migration-lsp.create", json("target", "postgres", "description", "on disk too"));
            assertThat(Files.readString(path(ts, pg))).contains("down_revision: Union[str, None] = \"0006\"");
        }
    }

    @Test
    void aMissingTargetIsAskedFor() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            ts.client().answer = p -> p.getActions().stream()
                    .filter(a -> a.getTitle().equals("clickhouse"))
                    .findFirst()
                    .orElseThrow();

            JsonObject r = execute(ts, "migration-lsp.create", json("description", "backfill labels", "kind", "data"));

            assertThat(ts.client().messageRequests).hasSize(1);
            assertThat(ts.client().messageRequests.get(0).getActions())
                    .extracting(MessageActionItem::getTitle)
                    .containsExactly("postgres", "clickhouse");
            assertThat(r.get("path").getAsString()).isEqualTo(CLICKHOUSE + "/005_backfill_labels.py");
        }
    }

    @Test
    void severalHeadsAreOfferedAndTheAnswerIsUsed() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(
                pyproject, Files.readString(pyproject).replace("default-branch = \"application_schema\"\n", ""));
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            ts.client().answer = p -> p.getActions().stream()
                    .filter(a -> a.getTitle().contains("river_cutover"))
                    .findFirst()
                    .orElseThrow();

            JsonObject r =
                    execute(ts, "migration-lsp.create", json("target", "postgres", "description", "cutover step"));

            assertThat(ts.client().messageRequests).hasSize(1);
            assertThat(ts.client().messageRequests.get(0).getActions())
                    .extracting(MessageActionItem::getTitle)
                    .containsExactlyInAnyOrder("0006 (application_schema)", "0005 (river_cutover)");
            assertThat(r.get("downRevision").getAsString()).isEqualTo("0005");

            // dismissing the question creates nothing and answers null
            ts.client().answer = p -> null;
            Object dismissed = TestServer.get(ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(
                            "migration-lsp.create", List.of(json("target", "postgres", "description", "not now")))));
            assertThat(dismissed).isNull();
            assertThat(ts.client().appliedEdits).hasSize(1);
        }
    }

    @Test
    void createMergeJoinsTheHeadsAndTheMultipleHeadsFindingGoes() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path ours = root.resolve(VERSIONS + "/0006_add_users_locale.py");
        Files.writeString(
                root.resolve(VERSIONS + "/0007_add_settings_scope.py"),
                Files.readString(ours).replace("0006", "0007"));
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            String uri = ts.open(ours);
            ts.awaitDiagnostics(uri, hasCode("multiple-heads"));

            JsonObject r = execute(ts, "migration-lsp.createMerge", json("branch", "application_schema"));

            assertThat(r.get("revision").getAsString()).isEqualTo("0008");
            assertThat(r.get("downRevision").getAsJsonArray())
                    .extracting(e -> e.getAsString())
                    .containsExactlyInAnyOrder("0006", "0007");
            assertThat(r.get("branchHasMultipleHeads").getAsBoolean()).isFalse();
            ts.awaitDiagnostics(uri, lacksCode("multiple-heads"));
        }
    }

    @Test
    void withSeveralHistoriesTheEditorAsksWhichOneAndTheHistoryArgumentChoosesWithoutAsking() throws Exception {
        Path root = Files.createTempDirectory("two-histories");
        Files.createDirectories(root.resolve("db/core/versions"));
        Files.createDirectories(root.resolve("db/tenant/versions"));
        Files.writeString(
                root.resolve("db/alembic.ini"),
                "[core]\nscript_location = %(here)s/core\n\n" + "[tenant]\nscript_location = %(here)s/tenant\n");
        Files.writeString(
                root.resolve("db/tenant/versions/0001_init.py"),
                "revision = \"0001\"\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n");
        TestServer.Options noCreate = new TestServer.Options(
                true, true, false, null, ProcessHandle.current().pid());
        try (TestServer ts = TestServer.start(root, noCreate)) {
            // dismissed: nothing is created
            ts.client().answer = params -> null;
            Object dismissed = ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(
                            "migration-lsp.create", List.of(json("target", "postgres", "description", "x"))))
                    .get(120, TimeUnit.SECONDS);
            assertThat(dismissed).isNull();
            assertThat(ts.client().messageRequests).hasSize(1);
            assertThat(ts.client().messageRequests.get(0).getActions())
                    .extracting(MessageActionItem::getTitle)
                    .containsExactlyInAnyOrder("core", "tenant");
            // answered: created in the chosen history
            ts.client().answer = params -> params.getActions().stream()
                    .filter(a -> a.getTitle().equals("tenant"))
                    .findFirst()
                    .orElse(null);
            JsonObject asked =
                    execute(ts, "migration-lsp.create", json("target", "postgres", "description", "add teams"));
            assertThat(asked.get("path").getAsString()).isEqualTo("db/tenant/versions/0002_add_teams.py");
            // the argument chooses without a question
            int questions = ts.client().messageRequests.size();
            JsonObject r = execute(
                    ts,
                    "migration-lsp.create",
                    json("target", "postgres", "description", "add roles", "history", "tenant"));
            assertThat(ts.client().messageRequests).hasSize(questions);
            assertThat(r.get("path").getAsString()).isEqualTo("db/tenant/versions/0003_add_roles.py");
            assertThat(Files.readString(path(ts, r))).contains("\"0002\"");
            JsonObject graph = execute(ts, "migration-lsp.graph", json("history", "tenant"));
            assertThat(graph.get("mermaid").getAsString()).contains("0003");
            assertThat(graph.get("history").getAsString()).isEqualTo("tenant");
        } finally {
            dev.migrationlsp.testing.RealTools.deleteTree(root);
        }
    }

    @Test
    void badInputIsAnInvalidParamsErrorAndWritesNothing() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            for (JsonObject bad : List.of(
                    json("target", "postgres", "description", "x", "table", "users; drop"),
                    json("target", "postgres"),
                    json("target", "mysql", "description", "x"),
                    json("target", "clickhouse", "description", "x", "kind", "table"))) {
                assertThatThrownBy(() -> ts.server()
                                .getWorkspaceService()
                                .executeCommand(new ExecuteCommandParams("migration-lsp.create", List.of(bad)))
                                .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOf(ResponseErrorException.class)
                        .matches(
                                e -> ((ResponseErrorException) e)
                                                .getResponseError()
                                                .getCode()
                                        == ResponseErrorCode.InvalidParams.getValue(),
                                "InvalidParams");
            }
            assertThat(ts.client().appliedEdits).isEmpty();
            try (var files = Files.list(root.resolve(VERSIONS))) {
                assertThat(files.count()).isEqualTo(6);
            }
        }
    }

    @Test
    void concurrentCreatesOverTheWireMakeOneLinearChain() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            List<java.util.concurrent.CompletableFuture<Object>> pending = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pending.add(ts.server()
                        .getWorkspaceService()
                        .executeCommand(new ExecuteCommandParams(
                                "migration-lsp.create",
                                List.of(json("target", "postgres", "description", "parallel " + i)))));
            }
            java.util.Map<String, String> parentOf = new java.util.TreeMap<>();
            for (var f : pending) {
                JsonObject r =
                        new com.google.gson.Gson().toJsonTree(TestServer.get(f)).getAsJsonObject();
                parentOf.put(
                        r.get("revision").getAsString(), r.get("downRevision").getAsString());
            }
            assertThat(parentOf)
                    .containsExactly(
                            java.util.Map.entry("0007", "0006"),
                            java.util.Map.entry("0008", "0007"),
                            java.util.Map.entry("0009", "0008"),
                            java.util.Map.entry("0010", "0009"),
                            java.util.Map.entry("0011", "0010"));
        }
    }

    @Test
    void anEditorThatRefusesTheEditGetsAnErrorAndNothingIsRecorded() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            ts.client().applyEdit = p -> new ApplyWorkspaceEditResponse(false);

            assertThatThrownBy(() -> ts.server()
                            .getWorkspaceService()
                            .executeCommand(new ExecuteCommandParams(
                                    "migration-lsp.create",
                                    List.of(json("target", "postgres", "description", "refused"))))
                            .get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ResponseErrorException.class)
                    .hasMessageContaining("did not create");

            // the refused revision was not recorded: the next one still takes 0007
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            JsonObject r = execute(ts, "migration-lsp.create", json("target", "postgres", "description", "accepted"));
            assertThat(r.get("revision").getAsString()).isEqualTo("0007");
            assertThat(ts.client().shownDocuments).hasSize(1);
        }
    }

    @Test
    void theServerAdvertisesBothCommands() throws Exception {
        try (TestServer ts = TestServer.start(TestServer.copyOfExamples())) {
            assertThat(ts.initializeResult()
                            .getCapabilities()
                            .getExecuteCommandProvider()
                            .getCommands())
                    .contains("migration-lsp.create", "migration-lsp.createMerge");
        }
    }
}
