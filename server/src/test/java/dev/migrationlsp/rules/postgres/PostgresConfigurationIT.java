package dev.migrationlsp.rules.postgres;

import static dev.migrationlsp.lsp.TestServer.hasCode;
import static dev.migrationlsp.lsp.TestServer.lacksCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.cli.RootCommand;
import dev.migrationlsp.lsp.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;

/**
 * Configuration and baseline as the editor sees them, for the PostgreSQL rules: a severity set in the configuration
 * file applies to the open buffer without restart, and a baseline written by {@code check --write-baseline} hides the
 * old finding in the editor while a newly typed one shows.
 */
class PostgresConfigurationIT {
    static final String SETTINGS = "src/dev_health_ops/alembic/versions/0003_create_settings.py";

    static void configChanged(TestServer ts, Path file) {
        ts.server()
                .getWorkspaceService()
                .didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                        List.of(new FileEvent(TestServer.uri(file), FileChangeType.Changed))));
    }

    static Diagnostic only(List<Diagnostic> ds, String code) {
        List<Diagnostic> matching =
                ds.stream().filter(d -> d.getCode().getLeft().equals(code)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @Test
    void severityFromTheConfigurationFileAndTheBaselineApplyInTheEditor() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(SETTINGS);
        Path pyproject = root.resolve("pyproject.toml");
        String original = Files.readString(pyproject);
        try (TestServer ts = TestServer.start(root)) {
            String text = Files.readString(file);
            String uri = ts.open(file, text);
            assertThat(only(ts.awaitDiagnostics(uri, hasCode("string-column")), "string-column")
                            .getSeverity())
                    .isEqualTo(DiagnosticSeverity.Warning);

            Files.writeString(pyproject, original + "\n[tool.migration-lsp.rules]\nstring-column = \"error\"\n");
            configChanged(ts, pyproject);
            ts.awaitDiagnostics(
                    uri,
                    ds -> ds.stream()
                            .anyMatch(d -> d.getCode().getLeft().equals("string-column")
                                    && d.getSeverity() == DiagnosticSeverity.Error));

            StringWriter err = new StringWriter();
            int exit = RootCommand.run(
                    new String[] {
                        "check",
                        root.toString(),
                        "--write-baseline",
                        root.resolve(".migration-lsp-baseline.json").toString()
                    },
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            assertThat(exit).as(err.toString()).isZero();
            Files.writeString(
                    pyproject,
                    original.replace(
                            "[tool.migration-lsp]\n",
                            "[tool.migration-lsp]\nbaseline = \".migration-lsp-baseline.json\"\n"));
            configChanged(ts, pyproject);
            ts.awaitDiagnostics(uri, lacksCode("string-column"));

            // lines added above the old finding, and a new String column: only the new one shows
            String edited = text.replace(
                            "import sqlalchemy as sa\n", "import sqlalchemy as sa\n\n# settings are per organisation\n")
                    .replace(
                            "        sa.Column(\"value\"",
                            "        sa.Column(\"scope\", sa.String(20)),\n        sa.Column(\"value\"");
            ts.changeFull(uri, edited);
            Diagnostic fresh = only(ts.awaitDiagnostics(uri, hasCode("string-column")), "string-column");
            assertThat(fresh.getRange().getStart().getLine())
                    .isEqualTo(edited.lines().toList().indexOf("        sa.Column(\"scope\", sa.String(20)),"));
        }
    }
}
