package dev.migrationlsp.create;

import static dev.migrationlsp.create.Fixtures.VERSIONS;
import static dev.migrationlsp.testing.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.InProcessCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migration-lsp new} through the real picocli entry point (in process; the jar is driven by AlembicPostgresIT). */
class NewCommandCliTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheCreatedPathRelativeToTheRoot() {
        Path root = Fixtures.copyExamples(tmp.resolve("ws"));
        Run r = run("new", "postgres", "Add users timezone", "--root", root.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(VERSIONS + "/0007_add_users_timezone.py\n");
        assertThat(root.resolve(VERSIONS + "/0007_add_users_timezone.py")).exists();
        assertThat(r.err()).isEmpty();

        Run ch = run(
                "new",
                "clickhouse",
                "create work items",
                "--root",
                root.toString(),
                "--kind",
                "table",
                "--table",
                "work_items");
        assertThat(ch.exit()).as(ch.err()).isZero();
        assertThat(ch.out()).isEqualTo(Fixtures.CLICKHOUSE + "/005_create_work_items.sql\n");
    }

    @Test
    void severalHeadsWithoutADefaultBranchExitTwoNamingHeadsAndFlags() throws Exception {
        Path root = Fixtures.copyExamples(tmp.resolve("ws"));
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(pyproject, Fixtures.read(pyproject).replace("default-branch = \"application_schema\"\n", ""));

        Run r = run("new", "postgres", "Add x", "--root", root.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err())
                .contains("0006 (application_schema)")
                .contains("0005 (river_cutover)")
                .contains("--branch LABEL")
                .contains("--head REV");

        Run chosen = run("new", "postgres", "Add x", "--root", root.toString(), "--branch", "river_cutover");
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        assertThat(Fixtures.read(root.resolve(chosen.out().strip())))
                .contains("down_revision: Union[str, None] = \"0005\"");
    }

    @Test
    void badInputExitsTwoWithOneLineReasons() {
        Path root = Fixtures.copyExamples(tmp.resolve("ws"));
        for (String[] args : new String[][] {
            {"new", "mysql", "x", "--root", root.toString()},
            {"new", "postgres", "", "--root", root.toString()},
            {"new", "postgres", "x", "--table", "bad name", "--root", root.toString()},
            {"new", "clickhouse", "x", "--kind", "view", "--table", "t", "--root", root.toString()},
            {"new", "postgres", "x", "--branch", "a", "--head", "b", "--root", root.toString()},
            {"new", "postgres", "x", "--root", root.resolve("missing").toString()},
            {"new", "postgres", "x", "--head", "0004", "--root", root.toString()}
        }) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("migration-lsp: ").doesNotContain("Exception");
        }
        assertThat(root.resolve(VERSIONS).toFile().list()).hasSize(6);
    }

    @Test
    void mergeFlagJoinsTheHeadsOfABranch() throws Exception {
        Path root = Fixtures.copyExamples(tmp.resolve("ws"));
        Fixtures.write(
                root,
                VERSIONS + "/0007_other.py",
                Fixtures.read(root.resolve(VERSIONS + "/0006_add_users_locale.py"))
                        .replace("0006", "0007"));

        Run r = run("new", "postgres", "--merge", "--root", root.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(VERSIONS + "/0008_merge_heads.py\n");
        assertThat(Fixtures.read(root.resolve(r.out().strip()))).contains("(\"0006\", \"0007\")");
    }
}
