package dev.migrationlsp.lsp;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/**
 * Adopting the tool on a long history, in the editor: "Accept Current Findings" ({@code migration-lsp.acceptFindings})
 * writes the baseline and the accepted findings disappear; a new problem still shows; a file at the baseline's path
 * that is not a baseline is never overwritten.
 */
class AdoptionIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    @Test
    void acceptingFindingsWritesTheBaselineAndHidesThem() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path settings = root.resolve(VERSIONS + "/0003_create_settings.py"); // has a string-column warning
        try (TestServer s = TestServer.start(root)) {
            String uri = s.open(settings);
            s.awaitDiagnostics(uri, hasCode("string-column"));

            Object answer = s.request(s.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(AcceptFindingsCommandHandler.ID, List.of())));
            JsonObject result = new Gson().toJsonTree(answer).getAsJsonObject();
            assertThat(result.get("path").getAsString()).isEqualTo(".migration-lsp/baseline.json");
            assertThat(result.get("findings").getAsInt()).isGreaterThanOrEqualTo(2);
            assertThat(Files.readString(root.resolve(".migration-lsp/baseline.json")))
                    .contains("string-column");
            s.awaitDiagnostics(uri, lacksCode("string-column"));

            // a new problem in the same file is not covered by the baseline
            String text = Files.readString(settings);
            s.changeFull(uri, text.replace("sa.Text()", "sa.String(20)"));
            s.awaitDiagnostics(uri, hasCode("string-column"));
        }
        // the CLI reads the same default baseline: the accepted findings are gone there too
        var check = dev.migrationlsp.testing.RealTools.runJar(root, "check", root.toString(), "--format", "json");
        assertThat(check.out()).doesNotContain("string-column").doesNotContain("naive-timestamp");
    }

    @Test
    void aFileThatIsNotABaselineIsNeverOverwritten() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path precious = root.resolve(".migration-lsp/baseline.json");
        Files.createDirectories(precious.getParent());
        Files.writeString(precious, "my notes, not JSON\n");
        try (TestServer s = TestServer.start(root)) {
            s.open(root.resolve(VERSIONS + "/0003_create_settings.py"));
            var answer = s.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(AcceptFindingsCommandHandler.ID, List.of()));
            Throwable failure = catchThrowable(() -> answer.get(TestServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ResponseErrorException.class);
            String message = ((ResponseErrorException) failure.getCause())
                    .getResponseError()
                    .getMessage();
            assertThat(message)
                    .contains(".migration-lsp/baseline.json")
                    .doesNotContain("\n")
                    .doesNotContain("gson");
        }
        assertThat(Files.readString(precious)).isEqualTo("my notes, not JSON\n");
    }

    @Test
    void checkAfterSkipsSettledMigrationsButKeepsGraphRules() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(
                pyproject, Files.readString(pyproject) + "\n[tool.migration-lsp.check-after]\nalembic = \"0004\"\n");
        Path settings = root.resolve(VERSIONS + "/0003_create_settings.py");
        Path conflict = root.resolve(VERSIONS + "/0007_second_head.py");
        Files.writeString(conflict, RevisionGraphDiagnosticsIT.revisionFile("0007", "0004"));
        try (TestServer s = TestServer.start(root)) {
            String settled = s.open(settings);
            String fresh = s.open(conflict);
            // 0007 forks 0004's line again: graph rules still see the settled 0006 as the other head
            s.awaitDiagnostics(fresh, hasCode("multiple-heads"));
            List<String> codes = TestServer.codes(s.awaitDiagnostics(settled, d -> true));
            assertThat(codes).doesNotContain("string-column");
        }
    }
}
