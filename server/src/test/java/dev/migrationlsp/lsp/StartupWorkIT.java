package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server builds on first use rather than before answering initialize (issue 15: spawn to initialize): a
 * session that opens a migration and gets its diagnostics loads the rules, and never the parts of a hover on a rule
 * code (the rule docs) or of a create command (the Alembic planner, its clock and templates), which it did not ask for.
 */
class StartupWorkIT {
    @Test
    void hoverDocsAndTheCreatorAreNotBuiltForDiagnostics(@TempDir Path tmp) throws Exception {
        Path root = TestServer.copyOfExamples();
        Path classLog = tmp.resolve("class-load.log");
        Path migration;
        try (Stream<Path> files = Files.walk(root)) {
            migration = files.filter(p -> p.toString().endsWith(".py")
                            && p.getParent().getFileName().toString().equals("versions"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        TestServer ts = TestServer.start(
                root, TestServer.Options.defaults(), List.of("-Xlog:class+load=info:file=" + classLog));
        try {
            String uri = ts.open(migration);
            ts.awaitDiagnostics(uri, ds -> true);
        } finally {
            ts.close();
        }

        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded)
                .as("the rules were built for the diagnostics, so the log works")
                .anyMatch(l -> l.contains(" dev.migrationlsp.rules.Rules "));
        assertThat(loaded)
                .noneMatch(l -> l.contains(" dev.migrationlsp.insight.RuleDocs ")
                        || l.contains(" dev.migrationlsp.create.AlembicPlanner "));
    }
}
