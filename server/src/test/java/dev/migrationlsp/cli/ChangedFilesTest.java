package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.migrationlsp.cli.CliTest.Result;
import dev.migrationlsp.testing.GitRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed-since REF} and {@code --staged} on real git repositories: findings in the files a change adds
 * or modifies, plus those it causes in files it leaves alone, and nothing from the settled rest of the history.
 */
class ChangedFilesTest {
    static final String V = "src/app/alembic/versions";
    static final String CH = "src/app/migrations/clickhouse";

    @TempDir
    Path tmp;

    GitRepo repo;

    /** main: 0001 (with an old String-column warning) ← 0002; ClickHouse 000, 001. */
    @BeforeEach
    void mainBranch() {
        repo = GitRepo.init(tmp.resolve("repo"))
                .write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write(
                        V + "/0001_a.py",
                        WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("old", "sa.String(9)"))
                .write(V + "/0002_b.py", WorkflowFixtures.rev("0002", "0001"))
                .write(CH + "/000_create_a.sql", clickhouse("000_create_a.sql", "a"))
                .write(CH + "/001_create_b.sql", clickhouse("001_create_b.sql", "b"))
                .commitAll("main");
        repo.git("checkout", "-q", "-b", "feature");
    }

    static String clickhouse(String file, String table) {
        return "-- " + file + "\n-- Tables affected: " + table + "\nCREATE TABLE IF NOT EXISTS " + table
                + " (org_id String, id UInt64) ENGINE = MergeTree ORDER BY (org_id, id);\n";
    }

    private List<String> findings(String... args) {
        Result r = CliTest.runIn(Path.of(args[1]), args);
        assertThat(r.err()).isEmpty();
        JsonArray arr = new Gson().fromJson(r.out(), JsonArray.class);
        return StreamSupport.stream(arr.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .map(o -> o.get("code").getAsString() + " " + o.get("path").getAsString())
                .sorted()
                .toList();
    }

    @Test
    void aNewSecondHeadIsReportedOnTheNewFileAndOnTheOldHeadItCollidesWith() {
        repo.write(
                        V + "/0003_c.py",
                        WorkflowFixtures.rev("0003", "0001") + WorkflowFixtures.createTable("fresh", "sa.Text()"))
                .commitAll("second head");
        // the whole check also shows the old String column in 0001; the change-scoped one does not
        assertThat(findings("check", repo.dir().toString(), "--format", "json"))
                .contains("string-column " + V + "/0001_a.py");
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--changed-since", "main"))
                .containsExactly("multiple-heads " + V + "/0002_b.py", "multiple-heads " + V + "/0003_c.py");
        assertThat(CliTest.runIn(repo.dir(), "check", repo.dir().toString(), "--changed-since", "main")
                        .code())
                .isEqualTo(1);
    }

    @Test
    void aModifiedFileShowsAllItsFindingsAndUncommittedWorkCounts() {
        // not committed, not even added: a laptop run before the first commit sees it too
        repo.write(
                V + "/0002_b.py",
                WorkflowFixtures.rev("0002", "0001") + WorkflowFixtures.createTable("t", "sa.String(5)"));
        repo.write(
                V + "/0003_c.py",
                WorkflowFixtures.rev("0003", "0002") + WorkflowFixtures.createTable("u", "sa.VARCHAR(3)"));
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--changed-since", "main"))
                .containsExactly("string-column " + V + "/0002_b.py", "string-column " + V + "/0003_c.py");
    }

    @Test
    void aClickHouseNumberCollisionNamesTheOldFileToo() {
        repo.write(CH + "/001_create_c.sql", clickhouse("001_create_c.sql", "c"))
                .commitAll("collision");
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--changed-since", "main"))
                .contains(
                        "migration-numbering " + CH + "/001_create_b.sql",
                        "migration-numbering " + CH + "/001_create_c.sql");
    }

    @Test
    void deletingAParentReportsTheOrphanedChild() {
        repo.write(V + "/0003_c.py", WorkflowFixtures.rev("0003", "0002")).commitAll("child");
        repo.git("checkout", "-q", "-b", "deleting");
        repo.git("rm", "-q", V + "/0002_b.py");
        repo.git("commit", "-q", "--no-verify", "-m", "delete");
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--changed-since", "feature"))
                .contains("unknown-down-revision " + V + "/0003_c.py")
                .doesNotContain("string-column " + V + "/0001_a.py");
    }

    @Test
    void aChangeThatBreaksNothingHasNoFindings() {
        repo.write(
                        V + "/0003_c.py",
                        WorkflowFixtures.rev("0003", "0002") + WorkflowFixtures.createTable("fine", "sa.Text()"))
                .commitAll("fine");
        Result r = CliTest.runIn(repo.dir(), "check", repo.dir().toString(), "--changed-since", "main");
        assertThat(r.code()).isZero();
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--changed-since", "main"))
                .isEmpty();
    }

    @Test
    void stagedChecksTheIndexNotUntrackedFiles() {
        repo.write(
                V + "/0003_c.py",
                WorkflowFixtures.rev("0003", "0002") + WorkflowFixtures.createTable("s", "sa.String(1)"));
        repo.write(
                V + "/0004_d.py",
                WorkflowFixtures.rev("0004", "0003") + WorkflowFixtures.createTable("t", "sa.String(1)"));
        repo.git("add", V + "/0003_c.py");
        assertThat(findings("check", repo.dir().toString(), "--format", "json", "--staged"))
                .containsExactly("string-column " + V + "/0003_c.py");
    }

    @Test
    void stagedInARepositoryWithoutCommitsChecksWhatIsStaged() {
        GitRepo fresh = GitRepo.init(tmp.resolve("fresh"))
                .write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write(
                        V + "/0001_a.py",
                        WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("x", "sa.String(2)"));
        fresh.git("add", "-A");
        assertThat(findings("check", fresh.dir().toString(), "--format", "json", "--staged"))
                .containsExactly("string-column " + V + "/0001_a.py");
    }

    @Test
    void aWorkspaceInASubfolderOfTheRepositoryWorks() {
        GitRepo mono = GitRepo.init(tmp.resolve("mono"))
                .write("services/api/alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write("services/api/" + V + "/0001_a.py", WorkflowFixtures.rev("0001", null))
                .write("README.md", "monorepo\n")
                .commitAll("base");
        mono.git("checkout", "-q", "-b", "f");
        mono.write(
                        "services/api/" + V + "/0002_b.py",
                        WorkflowFixtures.rev("0002", "0001") + WorkflowFixtures.createTable("y", "sa.String(3)"))
                .write("services/api/" + V + "/0003_c.py", WorkflowFixtures.rev("0003", "0001"))
                .commitAll("f");
        assertThat(findings(
                        "check",
                        mono.dir().resolve("services/api").toString(),
                        "--format",
                        "json",
                        "--changed-since",
                        "main"))
                .containsExactly(
                        "multiple-heads " + V + "/0002_b.py",
                        "multiple-heads " + V + "/0003_c.py",
                        "string-column " + V + "/0002_b.py");
    }

    @Test
    void aMissingRefInAShallowCloneSaysHowToFetchIt() {
        repo.write(V + "/0003_c.py", WorkflowFixtures.rev("0003", "0002")).commitAll("feature work");
        GitRepo shallow = GitRepo.at(tmp);
        shallow.git("clone", "-q", "--depth", "1", "--branch", "feature", "file://" + repo.dir(), "shallow");
        Result r = CliTest.runIn(
                tmp.resolve("shallow"), "check", tmp.resolve("shallow").toString(), "--changed-since", "origin/main");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("origin/main").contains("git fetch --depth");
    }

    @Test
    void badRefsAndNonRepositoriesAreOneLineUsageErrors() {
        for (String ref : List.of("no-such-branch", "--upload-pack=evil", "main\nmain")) {
            Result r = CliTest.runIn(repo.dir(), "check", repo.dir().toString(), "--changed-since", ref);
            assertThat(r.code()).as(ref).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(ref).isEqualTo(1);
        }
        Path plain = tmp.resolve("plain"); // the temp folder is in no repository
        GitRepo.at(tmp)
                .write("plain/alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write("plain/" + V + "/0001_a.py", WorkflowFixtures.rev("0001", null));
        Result r = CliTest.runIn(plain, "check", plain.toString(), "--staged");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a git repository");
        assertThat(CliTest.runIn(repo.dir(), "check", repo.dir().toString(), "--staged", "--changed-since", "main")
                        .code())
                .isEqualTo(2);
        assertThat(CliTest.runIn(
                                repo.dir(),
                                "check",
                                repo.dir().toString(),
                                "--staged",
                                "--write-baseline",
                                tmp.resolve("b.json").toString())
                        .code())
                .isEqualTo(2);
    }
}
