package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.codes;
import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Branched-revision diagnostics over stdio: published on every file involved, open or not, and kept true as things change. */
class RevisionGraphDiagnosticsIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    static String revisionFile(String rev, String down) {
        return """
                \"\"\"Conflicting change.

                Revision ID: %s
                Revises: %s
                Create Date: 2025-05-01 10:00:00.000000
                \"\"\"

                from alembic import op
                import sqlalchemy as sa


                revision: str = "%s"
                down_revision: str | None = "%s"
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    op.add_column("users", sa.Column("nickname", sa.Text(), nullable=True))


                def downgrade() -> None:
                    op.drop_column("users", "nickname")
                """.formatted(rev, down, rev, down);
    }

    @Test
    void secondHeadOnABranchIsReportedOnBothFilesAndFollowsEditsInTheBuffer() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        Path conflict = versions.resolve("0007_add_users_nickname.py");
        Files.writeString(conflict, revisionFile("0007", "0004"));
        try (TestServer ts = TestServer.start(root)) {
            String headUri = TestServer.uri(versions.resolve("0006_add_users_locale.py"));
            // 0006 is not open: it still gets the graph finding, at the revision value, with related info to 0007
            List<Diagnostic> onHead = ts.awaitDiagnostics(headUri, hasCode("multiple-heads"));
            Diagnostic d = onHead.stream()
                    .filter(x -> x.getCode().getLeft().equals("multiple-heads"))
                    .findFirst()
                    .orElseThrow();
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(d.getSource()).isEqualTo("migration-lsp");
            assertThat(d.getRange()).isEqualTo(new Range(new Position(16, 16), new Position(16, 22))); // "0006"
            assertThat(d.getRelatedInformation())
                    .singleElement()
                    .satisfies(r -> assertThat(r.getLocation().getUri()).isEqualTo(TestServer.uri(conflict)));
            assertThat(d.getCodeDescription().getHref()).endsWith("#multiple-heads");
            // the deliberate river_cutover branch is not a conflict
            String riverUri = TestServer.uri(versions.resolve("0005_river_cutover_state.py"));
            assertThat(ts.client().latest(riverUri) == null
                            || lacksCode("multiple-heads")
                                    .test(ts.client().latest(riverUri).getDiagnostics()))
                    .isTrue();

            String uri = ts.open(conflict);
            ts.awaitDiagnostics(uri, hasCode("multiple-heads"));
            // typing the other head's id into down_revision resolves the conflict everywhere, without saving
            ts.change(uri, new Range(new Position(12, 29), new Position(12, 33)), "0006");
            ts.awaitDiagnostics(uri, lacksCode("multiple-heads"));
            ts.awaitDiagnostics(headUri, List::isEmpty);
            // the docstring still says Revises: 0004 -> revision-mismatch on the open buffer
            List<Diagnostic> after = ts.awaitDiagnostics(uri, hasCode("revision-mismatch"));
            // (0006 adds a column to the existing users table without a lock_timeout: issue 14's missing-lock-timeout)
            assertThat(codes(after)).containsExactlyInAnyOrder("revision-mismatch", "missing-lock-timeout");
            // heads notification followed along: one head per branch again
            assertThat(ts.client().heads).isNotEmpty();
            assertThat(ts.client().heads.get(ts.client().heads.size() - 1).conflict())
                    .isFalse();
        }
    }

    @Test
    void filesAppearingAndDisappearingOnDiskUpdateClosedFiles_withClientWatchers() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        try (TestServer ts = TestServer.start(root)) {
            ts.await(() -> !ts.client().registrations.isEmpty(), "watchers registered dynamically");
            Path conflict = versions.resolve("0007_add_users_nickname.py");
            Files.writeString(conflict, revisionFile("0007", "0004"));
            ts.server()
                    .getWorkspaceService()
                    .didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                            List.of(new FileEvent(TestServer.uri(conflict), FileChangeType.Created))));
            String headUri = TestServer.uri(versions.resolve("0006_add_users_locale.py"));
            ts.awaitDiagnostics(headUri, hasCode("multiple-heads"));
            ts.awaitDiagnostics(TestServer.uri(conflict), hasCode("multiple-heads"));
            Files.delete(conflict);
            ts.server()
                    .getWorkspaceService()
                    .didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                            List.of(new FileEvent(TestServer.uri(conflict), FileChangeType.Deleted))));
            ts.awaitDiagnostics(headUri, List::isEmpty);
            ts.awaitDiagnostics(TestServer.uri(conflict), List::isEmpty);
        }
    }

    @Test
    void withoutClientWatchersTheServerWatchesTheDiskItself() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        try (TestServer ts =
                TestServer.start(root, TestServer.Options.defaults().withDynamicWatchers(false))) {
            // wait until the workspace is loaded (heads announced), so the watcher is in place
            ts.await(() -> !ts.client().heads.isEmpty(), "workspace loaded");
            assertThat(ts.client().registrations).isEmpty();
            Path conflict = versions.resolve("0007_add_users_nickname.py");
            Files.writeString(conflict, revisionFile("0007", "0004"));
            String headUri = TestServer.uri(versions.resolve("0006_add_users_locale.py"));
            // the WatchService may take a moment; keep nudging by polling only (no client event is sent)
            ts.awaitDiagnostics(headUri, hasCode("multiple-heads"));
            Files.delete(conflict);
            ts.awaitDiagnostics(headUri, List::isEmpty);
        }
    }

    @Test
    void severityFromSettingsAppliesWithoutRestart() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path versions = root.resolve(VERSIONS);
        Files.writeString(versions.resolve("0007_add_users_nickname.py"), revisionFile("0007", "0004"));
        try (TestServer ts = TestServer.start(root)) {
            String headUri = TestServer.uri(versions.resolve("0006_add_users_locale.py"));
            ts.awaitDiagnostics(headUri, hasCode("multiple-heads"));
            JsonObject settings = new Gson()
                    .fromJson("{\"migration-lsp\": {\"rules\": {\"multiple-heads\": \"warning\"}}}", JsonObject.class);
            ts.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            ts.awaitDiagnostics(headUri, ds -> ds.size() == 1 && ds.get(0).getSeverity() == DiagnosticSeverity.Warning);
            settings = new Gson()
                    .fromJson("{\"migration-lsp\": {\"rules\": {\"multiple-heads\": \"off\"}}}", JsonObject.class);
            ts.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            ts.awaitDiagnostics(headUri, List::isEmpty);
            // a bad setting is reported once, clearly, and the rest keeps working
            ts.expectMessage("invalid settings");
            settings = new Gson()
                    .fromJson("{\"migration-lsp\": {\"rules\": {\"multiple-heads\": \"loud\"}}}", JsonObject.class);
            ts.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            ts.await(
                    () -> ts.client().messages.stream()
                            .anyMatch(m -> m.getMessage().contains("rules.multiple-heads")),
                    "a message naming the bad setting");
        }
    }

    @Test
    void badConfigurationFileGetsADiagnosticAtTheKey() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path pyproject = root.resolve("pyproject.toml");
        String text = Files.readString(pyproject)
                .replace("diagnostics-debounce-ms = 100", "diagnostics-debounce-ms = \"fast\"");
        Files.writeString(pyproject, text);
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(pyproject);
            List<Diagnostic> ds = ts.awaitDiagnostics(uri, hasCode("invalid-configuration"));
            int line = text.lines().toList().indexOf("diagnostics-debounce-ms = \"fast\"");
            assertThat(ds)
                    .singleElement()
                    .satisfies(
                            d -> assertThat(d.getRange().getStart().getLine()).isEqualTo(line));
        }
    }

    @Test
    void closingABufferDropsItsFindingsAndTheDiskVersionCountsAgain() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(VERSIONS).resolve("0006_add_users_locale.py");
        try (TestServer ts = TestServer.start(root)) {
            // unsaved buffer: the docstring disagrees with the variables
            String uri = ts.open(file, Files.readString(file).replace("Revision ID: 0006", "Revision ID: 0009"));
            ts.awaitDiagnostics(uri, hasCode("revision-mismatch"));
            int before = ts.client().publishes.size();
            ts.close(uri);
            ts.await(
                    () -> ts
                            .client()
                            .publishes
                            .subList(before, ts.client().publishes.size())
                            .stream()
                            .anyMatch(p ->
                                    p.getUri().equals(uri) && p.getDiagnostics().isEmpty()),
                    "diagnostics cleared on close");
            assertThat(ts.client().latest(uri).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void headsCommandReportsHeadsWithLabels() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            assertThat(ts.initializeResult()
                            .getCapabilities()
                            .getExecuteCommandProvider()
                            .getCommands())
                    .contains("migration-lsp.heads");
            Object result = TestServer.get(ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("migration-lsp.heads", List.of())));
            JsonObject json = new Gson().toJsonTree(result).getAsJsonObject();
            assertThat(json.get("conflict").getAsBoolean()).isFalse();
            assertThat(json.getAsJsonArray("heads")).hasSize(2);
            assertThat(json.getAsJsonArray("heads")
                            .get(1)
                            .getAsJsonObject()
                            .get("revision")
                            .getAsString())
                    .isEqualTo("0006");
        }
    }
}
