package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.json;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.Test;

/** A multi-root workspace over stdio: every folder has its own history, diagnostics, navigation, heads and create. */
class WorkspaceFoldersIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    /** A second folder whose history has one more revision (0007 on top of 0006), so the two folders' heads differ. */
    private static Path secondFolder() throws Exception {
        Path b = TestServer.copyOfExamples();
        Path ours = b.resolve(VERSIONS + "/0006_add_users_locale.py");
        Files.writeString(
                b.resolve(VERSIONS + "/0007_add_users_theme.py"),
                Files.readString(ours)
                        .replace("\"0006\"", "\"0007\"")
                        .replace("\"0004\"", "\"0006\"")
                        .replace("Revision ID: 0006", "Revision ID: 0007")
                        .replace("Revises: 0004", "Revises: 0006")
                        .replace("locale", "theme"));
        return b;
    }

    private static JsonObject command(TestServer ts, String id, JsonObject arg) {
        return new Gson()
                .toJsonTree(ts.request(
                        ts.server().getWorkspaceService().executeCommand(new ExecuteCommandParams(id, List.of(arg)))))
                .getAsJsonObject();
    }

    private static List<String> headRevisions(JsonObject heads) {
        return heads.getAsJsonArray("heads").asList().stream()
                .map(h -> h.getAsJsonObject().get("revision").getAsString())
                .sorted()
                .toList();
    }

    @Test
    void everyFolderIsServed() throws Exception {
        Path a = TestServer.copyOfExamples();
        Path b = secondFolder();
        try (TestServer ts = TestServer.startWithFolders(a, List.of(b))) {
            // diagnostics in the second folder: its own graph (0007's down_revision is checked against b's history)
            Path theme = b.resolve(VERSIONS + "/0007_add_users_theme.py");
            String uri = ts.open(theme, Files.readString(theme).replace("\"0006\"", "\"0099\""));
            ts.awaitDiagnostics(uri, hasCode("unknown-down-revision"));
            ts.changeFull(uri, Files.readString(theme));
            ts.awaitDiagnostics(uri, lacksCode("unknown-down-revision"));

            // navigation in the second folder: down_revision "0006" leads to b's 0006, not a's
            String text = Files.readString(theme);
            int line = (int) text.substring(0, text.indexOf("down_revision"))
                    .chars()
                    .filter(c -> c == '\n')
                    .count();
            int col = text.lines().toList().get(line).indexOf("\"0006\"") + 2;
            List<? extends Location> defs = ts.request(ts.server()
                            .getTextDocumentService()
                            .definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, col))))
                    .getLeft();
            assertThat(defs)
                    .singleElement()
                    .satisfies(l -> assertThat(l.getUri())
                            .isEqualTo(TestServer.uri(b.resolve(VERSIONS + "/0006_add_users_locale.py"))));

            // heads per folder, chosen by "root" or by a document's "uri"
            assertThat(headRevisions(command(ts, "migration-lsp.heads", json("root", TestServer.uri(a)))))
                    .containsExactly("0005", "0006");
            assertThat(headRevisions(command(ts, "migration-lsp.heads", json("uri", uri))))
                    .containsExactly("0005", "0007");

            // create in the folder of the given document
            ts.client().applyEdit = CreateCommandsIT::applyAndSave;
            JsonObject created = command(
                    ts,
                    "migration-lsp.create",
                    json("target", "postgres", "description", "add users avatar", "uri", uri));
            assertThat(created.get("downRevision").getAsString()).isEqualTo("0007");
            assertThat(created.get("uri").getAsString()).startsWith(TestServer.uri(b));
        }
    }

    @Test
    void foldersAddedAndRemovedLater() throws Exception {
        Path a = TestServer.copyOfExamples();
        Path b = secondFolder();
        try (TestServer ts = TestServer.start(a)) {
            ts.server()
                    .getWorkspaceService()
                    .didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(
                            List.of(new WorkspaceFolder(TestServer.uri(b), "b")), List.of())));
            Path theme = b.resolve(VERSIONS + "/0007_add_users_theme.py");
            String uri = ts.open(theme, Files.readString(theme).replace("\"0006\"", "\"0099\""));
            ts.awaitDiagnostics(uri, hasCode("unknown-down-revision"));
            // the buffer's broken down_revision counts: 0006 is a head again in b
            assertThat(headRevisions(command(ts, "migration-lsp.heads", json("root", TestServer.uri(b)))))
                    .containsExactly("0005", "0006", "0007");

            ts.server()
                    .getWorkspaceService()
                    .didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(
                            List.of(), List.of(new WorkspaceFolder(TestServer.uri(b), "b")))));
            ts.awaitDiagnostics(uri, List::isEmpty);
        }
    }
    /**
     * {@code migration-lsp/headsChanged} is sent per folder: it names the folder ({@code root}) and, with several
     * histories in one folder, each head's history and that history's folder, so a client can say whose heads moved.
     */
    @Test
    void headsChangedNamesTheFolderAndEachHistory() throws Exception {
        Path a = TestServer.copyOfExamples();
        Path b = Files.createTempDirectory("two-histories");
        Files.createDirectories(b.resolve("db/core/versions"));
        Files.createDirectories(b.resolve("db/tenant/versions"));
        Files.writeString(
                b.resolve("db/alembic.ini"),
                "[core]\nscript_location = %(here)s/core\n\n[tenant]\nscript_location = %(here)s/tenant\n");
        Files.writeString(b.resolve("db/core/versions/0001_init.py"), revision("0001", null));
        Files.writeString(b.resolve("db/tenant/versions/0001_init.py"), revision("0001", null));
        Files.writeString(b.resolve("db/tenant/versions/0002_orgs.py"), revision("0002", "0001"));
        try (TestServer ts = TestServer.startWithFolders(a, List.of(b))) {
            ts.await(
                    () -> ts.client().heads.stream()
                                    .anyMatch(r -> TestServer.uri(b).equals(r.root()))
                            && ts.client().heads.stream()
                                    .anyMatch(r -> TestServer.uri(a).equals(r.root())),
                    "heads of both folders");
            var ofB = ts.client().heads.stream()
                    .filter(r -> TestServer.uri(b).equals(r.root()))
                    .reduce((x, y) -> y)
                    .orElseThrow();
            assertThat(ofB.heads())
                    .extracting(h -> h.history() + "@" + h.historyFolder() + ":" + h.revision())
                    .containsExactlyInAnyOrder("core@db/core:0001", "tenant@db/tenant:0002");
            // one history: the heads carry no history, as before
            var ofA = ts.client().heads.stream()
                    .filter(r -> TestServer.uri(a).equals(r.root()))
                    .reduce((x, y) -> y)
                    .orElseThrow();
            assertThat(ofA.heads()).allSatisfy(h -> {
                assertThat(h.history()).isNull();
                assertThat(h.historyFolder()).isNull();
            });
            // the command answers in the same shape
            JsonObject heads = command(ts, "migration-lsp.heads", json("root", TestServer.uri(b)));
            assertThat(heads.get("root").getAsString()).isEqualTo(TestServer.uri(b));
            assertThat(heads.getAsJsonArray("heads").asList())
                    .extracting(h -> h.getAsJsonObject().get("historyFolder").getAsString())
                    .containsExactlyInAnyOrder("db/core", "db/tenant");
        }
    }

    private static String revision(String id, String down) {
        return "revision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"")
                + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
    }
}
