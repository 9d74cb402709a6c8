package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.GitRepo;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published pre-commit hook end to end, with Debian's real {@code pre-commit} and {@code git}: a repository of
 * hooks holding this project's {@code .pre-commit-hooks.yaml} and scripts (as they are in the working tree), a team's
 * repository that lists it in {@code .pre-commit-config.yaml}, and {@code git commit}: a migration that adds a second
 * head is refused with the finding, the fixed one is committed.
 */
class PreCommitHookIT {
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final String V = "src/app/alembic/versions";

    @TempDir
    Path tmp;

    @Test
    void aBadMigrationBlocksTheCommitAndTheFixedOnePasses() throws IOException {
        RealTools.require(
                Files.isExecutable(Path.of("/usr/bin/pre-commit")) ? List.of() : List.of("pre-commit"),
                "apt-get install -y pre-commit");
        GitRepo hooks = GitRepo.init(tmp.resolve("hooks"));
        for (String f : List.of(".pre-commit-hooks.yaml", "bin/migration-lsp-pre-commit", "bin/migration-lsp")) {
            Path to = hooks.dir().resolve(f);
            Files.createDirectories(to.getParent());
            Files.copy(PROJECT.resolve(f), to);
        }
        hooks.commitAll("hooks");
        String rev = hooks.git("rev-parse", "HEAD").strip();

        Map<String, String> env = Map.of(
                "PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString(),
                "MIGRATION_LSP_JAR", RealTools.jar().toString(), // the jar under test: no build inside the hook's clone
                "MIGRATION_LSP_CACHE", tmp.resolve("cds").toString(),
                "JAVA_HOME", System.getProperty("java.home"),
                "HOME", tmp.toString());
        GitRepo team = GitRepo.init(tmp.resolve("team"))
                .write(".pre-commit-config.yaml", """
                        repos:
                          - repo: %s
                            rev: %s
                            hooks:
                              - id: migration-lsp
                        """.formatted(hooks.dir(), rev))
                .write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write(V + "/0001_a.py", WorkflowFixtures.rev("0001", null))
                .write(V + "/0002_b.py", WorkflowFixtures.rev("0002", "0001"))
                .commitAll("history");
        Result install = team.exec(env, "pre-commit", "install");
        assertThat(install.exit()).as(install.out()).isZero();

        team.write(V + "/0003_c.py", WorkflowFixtures.rev("0003", "0001"));
        team.git("add", V + "/0003_c.py");
        Result refused = team.exec(env, "git", "commit", "-m", "a second head");
        assertThat(refused.exit()).as(refused.out()).isNotZero();
        assertThat(refused.out()).contains(V + "/0003_c.py").contains("[multiple-heads]");
        assertThat(team.git("log", "--format=%s")).doesNotContain("a second head");

        team.write(V + "/0003_c.py", WorkflowFixtures.rev("0003", "0002"));
        team.git("add", V + "/0003_c.py");
        Result accepted = team.exec(env, "git", "commit", "-m", "chained on 0002");
        assertThat(accepted.exit()).as(accepted.out()).isZero();
        assertThat(accepted.out()).contains("migration-lsp").contains("Passed");
        assertThat(team.git("log", "--format=%s")).contains("chained on 0002");
    }
}
