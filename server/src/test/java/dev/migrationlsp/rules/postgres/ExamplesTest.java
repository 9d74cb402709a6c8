package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled examples/ deliberately break two conventions, once each, and are otherwise clean. */
class ExamplesTest {
    static Path examples() {
        String prop = System.getProperty("migrationlsp.examples");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "examples");
        assertThat(Files.isDirectory(p)).as(p.toAbsolutePath().toString()).isTrue();
        return p;
    }

    @Test
    void onlyTheDeliberateStringColumnAndNaiveTimestamp() {
        CoreWiring core = new CoreWiring();
        WorkspaceSnapshot ws = new Workspace(examples(), core.configLoader()).load(Map.of());
        assertThat(core.analyzer().checkAll(ws, CancelChecker.NEVER).stream()
                        .filter(f -> PostgresDiagnostics.POSTGRES.contains(f.code()))
                        .map(f -> ws.relative(f.file()).replaceAll(".*/", "") + ":"
                                + (f.span().start().line() + 1) + ":" + f.code().id()))
                .containsExactly(
                        "0003_create_settings.py:29:string-column", "0004_create_audit_log.py:31:naive-timestamp");
    }
}
