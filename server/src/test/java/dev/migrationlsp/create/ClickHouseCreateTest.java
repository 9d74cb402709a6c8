package dev.migrationlsp.create;

import static dev.migrationlsp.create.Fixtures.CLICKHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickHouseCreateTest {
    @TempDir
    Path tmp;

    private static Created create(Workspace ws, CreateRequest r) throws CreateException {
        CreateResult result = Fixtures.creator().create(ws, r);
        assertThat(result).isInstanceOf(Created.class);
        return (Created) result;
    }

    /** No ';' inside comments or strings: what the runner's strip-comments-then-split does to the file. */
    private static List<String> runnerStatements(String sql) {
        return dev.migrationlsp.clickhouse.MigrationRunner.statements(sql).stream()
                .map(r -> r.of(sql))
                .toList();
    }

    @Test
    void tableKindIsAMutableReplacingMergeTreeWithOrgIdFirst() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));

        Created c = create(ws, CreateRequest.clickhouse("Create work items", ClickHouseKind.TABLE, "work_items"));

        assertThat(c.relativePath()).isEqualTo(CLICKHOUSE + "/005_create_work_items.sql");
        assertThat(c.number()).contains("005");
        assertThat(c.revision()).isEmpty();
        String sql = Fixtures.read(c.path());
        assertThat(sql)
                .startsWith("-- 005_create_work_items.sql\n-- Create work items.\n")
                .contains("--\n-- Tables affected:\n--   - work_items: created\n\n")
                .contains(
                        "CREATE TABLE IF NOT EXISTS work_items (\n    org_id LowCardinality(String) DEFAULT 'default',\n")
                .contains(") ENGINE = ReplacingMergeTree(updated_at)\nORDER BY (org_id, id);\n");
        assertThat(runnerStatements(sql))
                .hasSize(1)
                .allMatch(s -> s.startsWith("CREATE TABLE IF NOT EXISTS work_items"));
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void rollupKindIsAnAggregatingDailyRollupWithItsView() throws Exception {
        Path root = Fixtures.copyExamples(tmp);
        Fixtures.write(root, CLICKHOUSE + "/005_create_deployments.sql", """
                -- 005_create_deployments.sql
                -- Deployments never change once recorded: immutable.
                --
                -- Tables affected:
                --   - deployments: created

                CREATE TABLE IF NOT EXISTS deployments (
                    org_id LowCardinality(String) DEFAULT 'default',
                    service String,
                    finished_at Nullable(DateTime64(3, 'UTC')),
                    started_at DateTime64(3, 'UTC')
                ) ENGINE = MergeTree()
                ORDER BY (org_id, service, started_at);
                """);
        Workspace ws = Fixtures.load(root);

        Created c =
                create(ws, CreateRequest.clickhouse("Deployments per day", ClickHouseKind.ROLLUP, "deployments_daily"));

        assertThat(c.relativePath()).isEqualTo(CLICKHOUSE + "/006_deployments_per_day.sql");
        String sql = Fixtures.read(c.path());
        assertThat(sql)
                .contains("deployments SimpleAggregateFunction(sum, UInt64)")
                .contains(") ENGINE = AggregatingMergeTree()\nPARTITION BY toYYYYMM(day)\nORDER BY (org_id, day);")
                .contains("CREATE MATERIALIZED VIEW IF NOT EXISTS deployments_daily_mv TO deployments_daily AS")
                // the nullable finished_at is skipped: a partition key must not be Nullable
                .contains("toDate(started_at) AS day")
                .contains("FROM deployments\nGROUP BY org_id, day;")
                .contains("--   - deployments_daily_mv: created (feeds deployments_daily)");
        assertThat(runnerStatements(sql)).hasSize(2);
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void aRollupOverAMutableTableOrAnUnknownSourceIsRefused() {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        MigrationCreator creator = Fixtures.creator();
        assertThatThrownBy(() -> creator.create(
                        ws, CreateRequest.clickhouse("prs per day", ClickHouseKind.ROLLUP, "pull_requests_daily")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("mutable");
        assertThatThrownBy(
                        () -> creator.create(ws, CreateRequest.clickhouse("x", ClickHouseKind.ROLLUP, "nothing_daily")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("nothing");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.clickhouse("x", ClickHouseKind.ROLLUP, "weird_name")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("--source");
        assertThatThrownBy(
                        () -> creator.create(ws, CreateRequest.clickhouse("x", ClickHouseKind.ROLLUP, "commits_daily")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void rollupWithAnExplicitSource() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        Created c = create(
                ws,
                CreateRequest.clickhouse("author activity", ClickHouseKind.ROLLUP, "author_activity_daily")
                        .withSource("commits"));
        String sql = Fixtures.read(c.path());
        assertThat(sql)
                .contains("toDate(committed_at) AS day")
                .contains("count() AS commits")
                .contains("FROM commits\n");
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void alterKindAddsAColumnToAnExistingTable() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));

        Created c =
                create(ws, CreateRequest.clickhouse("pull request reviewers", ClickHouseKind.ALTER, "pull_requests"));

        String sql = Fixtures.read(c.path());
        assertThat(sql)
                .startsWith("-- 005_pull_request_reviewers.sql\n")
                .contains("-- pull_requests is mutable (ReplacingMergeTree): never materialize from it.\n")
                .contains("ALTER TABLE pull_requests ADD COLUMN IF NOT EXISTS ");
        assertThat(runnerStatements(sql)).hasSize(1);
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
        assertThatThrownBy(() -> Fixtures.creator()
                        .create(ws, CreateRequest.clickhouse("x", ClickHouseKind.ALTER, "no_such_table")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("no_such_table");
    }

    @Test
    void dataKindIsAPythonUpgradeClient() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));

        Created c = create(ws, CreateRequest.clickhouse("backfill labels", ClickHouseKind.DATA, "pull_requests"));

        assertThat(c.relativePath()).isEqualTo(CLICKHOUSE + "/005_backfill_labels.py");
        assertThat(Fixtures.read(c.path()))
                .startsWith("\"\"\"005_backfill_labels.py: backfill labels\n")
                .contains("\ndef upgrade(client):\n");
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void numberingKeepsTheWidthUnderstandsSuffixesAndNeverReusesAGap() throws Exception {
        Fixtures.write(tmp, "pyproject.toml", "[tool.migration-lsp]\nclickhouse-migrations = \"ch\"\n");
        Fixtures.write(tmp, "ch/0000_a.sql", "-- 0000_a.sql\nSELECT 1;\n");
        Fixtures.write(tmp, "ch/0023_x.sql", "-- 0023_x.sql\nSELECT 1;\n");
        Fixtures.write(tmp, "ch/0023b_y.sql", "-- 0023b_y.sql\nSELECT 1;\n");
        Fixtures.write(tmp, "ch/0024c_z.py", "def upgrade(client):\n    pass\n");
        Workspace ws = Fixtures.load(tmp);

        Created first = create(ws, CreateRequest.clickhouse("next one", ClickHouseKind.DATA, null));
        Created second = create(ws, CreateRequest.clickhouse("and the next", ClickHouseKind.DATA, null));

        assertThat(first.relativePath()).isEqualTo("ch/0025_next_one.py");
        assertThat(second.relativePath()).isEqualTo("ch/0026_and_the_next.py");
    }

    @Test
    void emptyDirectoryStartsAt000() throws Exception {
        Fixtures.write(tmp, "pyproject.toml", "[tool.migration-lsp]\nclickhouse-migrations = \"ch\"\n");
        Files.createDirectories(tmp.resolve("ch"));
        Workspace ws = Fixtures.load(tmp);
        Created c = create(ws, CreateRequest.clickhouse("create events", ClickHouseKind.TABLE, "events"));
        assertThat(c.relativePath()).isEqualTo("ch/000_create_events.sql");
    }

    @Test
    void semicolonsInTheDescriptionNeverReachAComment() throws Exception {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        Created c = create(ws, CreateRequest.clickhouse("add a; drop b", ClickHouseKind.TABLE, "b_things"));
        String sql = Fixtures.read(c.path());
        assertThat(sql).contains("-- add a, drop b.\n");
        assertThat(runnerStatements(sql)).hasSize(1);
        assertThat(Fixtures.findings(ws, c.path())).isEmpty();
    }

    @Test
    void kindAndTableAreValidated() {
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        MigrationCreator creator = Fixtures.creator();
        CreateRequest noTable = CreateRequest.clickhouse("x", ClickHouseKind.TABLE, null);
        assertThatThrownBy(() -> creator.create(ws, noTable))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("--table");
        CreateRequest badKind = new CreateRequest(
                Target.CLICKHOUSE,
                "x",
                java.util.Optional.of("view"),
                java.util.Optional.of("t"),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        assertThatThrownBy(() -> creator.create(ws, badKind))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("table, rollup, alter, data");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.clickhouse("x", ClickHouseKind.TABLE, "commits")))
                .isInstanceOf(CreateException.class)
                .hasMessageContaining("000_create_commits.sql");
        assertThatThrownBy(() -> creator.create(ws, CreateRequest.clickhouse("x", ClickHouseKind.TABLE, "a`b")))
                .isInstanceOf(CreateException.class);
    }

    @Test
    void theAnalyzerUsedForTheNoFindingsChecksDoesReportClickHouseProblems() throws Exception {
        // positive control, active once ClickHouse rules are bound: "no findings" on generated files then means
        // something
        boolean rulesBound = new CoreWiring()
                .analyzer().documentRules().stream()
                        .anyMatch(r -> r.appliesTo(dev.migrationlsp.workspace.FileKind.CLICKHOUSE_SQL));
        org.junit.jupiter.api.Assumptions.assumeTrue(rulesBound, "no ClickHouse document rules bound yet");
        Workspace ws = Fixtures.load(Fixtures.copyExamples(tmp));
        Created c = create(ws, CreateRequest.clickhouse("Create work items", ClickHouseKind.TABLE, "work_items"));
        Files.writeString(c.path(), Fixtures.read(c.path()).replace("IF NOT EXISTS ", ""));
        ws.filesChanged(List.of(c.path()));

        assertThat(Fixtures.findings(ws, c.path()))
                .extracting(f -> f.code().id())
                .contains("missing-if-not-exists");
    }

    @Test
    void theRunnerSplitCheckCatchesSemicolonsInCommentsStringsAndBlocks() {
        assertThatThrownBy(() -> ClickHousePlanner.checkRunnerSplit("-- a; b\nSELECT 1;\n", "t"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> ClickHousePlanner.checkRunnerSplit("SELECT 1;\nSELECT ';';\n", "t"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> ClickHousePlanner.checkRunnerSplit("/* x; */ SELECT 1;", "t"))
                .hasMessageContaining("/*");
        org.assertj.core.api.Assertions.assertThatCode(
                        () -> ClickHousePlanner.checkRunnerSplit("-- fine\nSELECT 'a', 'b''c';\nSELECT 2;\n", "t"))
                .doesNotThrowAnyException();
    }
}
