package dev.migrationlsp.rules.clickhouse;

import static dev.migrationlsp.rules.clickhouse.ClickHouseWorkspace.apply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each quick fix produces exactly the text the migration guide asks for, and says whether it is safe. */
class ClickHouseFixesTest {
    private static final String HEADER = "-- 001_x.sql\n--\n-- Tables affected:\n--   - t: created\n";

    @TempDir
    Path tmp;

    private Fix onlyFix(ClickHouseWorkspace ws, String file, RuleCode code) {
        List<Finding> found = ws.findings(file, code);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).fixes()).hasSize(1);
        return found.get(0).fixes().get(0);
    }

    @Test
    void mutableEngineBecomesReplacingMergeTreeWithTheVersionColumn() {
        String text = HEADER
                + "CREATE TABLE IF NOT EXISTS t (org_id String, id String, updated_at DateTime)\nENGINE = MergeTree()\nORDER BY (org_id, id);\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("001_x.sql", text);
        Fix fix = onlyFix(ws, "001_x.sql", RuleCode.MUTABLE_TABLE_ENGINE);

        assertThat(fix.safe()).isFalse();
        assertThat(apply(text, fix, ws.path("001_x.sql")))
                .isEqualTo(text.replace("ENGINE = MergeTree()", "ENGINE = ReplacingMergeTree(updated_at)"));
    }

    @Test
    void replicatedEngineKeepsItsReplicationArguments() {
        String text = HEADER
                + "CREATE TABLE IF NOT EXISTS t (org_id String, id String, version UInt64) ENGINE = ReplicatedMergeTree('/t/{shard}', '{replica}') ORDER BY (org_id, id);\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("001_x.sql", text);
        Fix fix = onlyFix(ws, "001_x.sql", RuleCode.MUTABLE_TABLE_ENGINE);

        assertThat(apply(text, fix, ws.path("001_x.sql")))
                .contains("ENGINE = ReplicatedReplacingMergeTree('/t/{shard}', '{replica}', version) ORDER BY");
    }

    @Test
    void rollupGetsAggregatingEnginePartitionAndCounterType() {
        String text = HEADER
                + "CREATE TABLE IF NOT EXISTS daily (\n    org_id String,\n    day Date,\n    n UInt64\n) ENGINE = SummingMergeTree\nORDER BY (org_id, day);\n"
                + "CREATE MATERIALIZED VIEW IF NOT EXISTS daily_mv TO daily AS SELECT org_id, today() AS day, count() AS n FROM daily GROUP BY org_id, day;\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("001_x.sql", text);
        Path file = ws.path("001_x.sql");

        Fix engine = onlyFix(ws, "001_x.sql", RuleCode.ROLLUP_ENGINE);
        Fix partition = onlyFix(ws, "001_x.sql", RuleCode.ROLLUP_PARTITION);
        Fix counter = onlyFix(ws, "001_x.sql", RuleCode.ROLLUP_COUNTER_TYPE);

        assertThat(apply(text, engine, file)).contains(") ENGINE = AggregatingMergeTree()\nORDER BY");
        assertThat(engine.safe()).isFalse();
        assertThat(apply(text, partition, file))
                .contains(") ENGINE = SummingMergeTree\nPARTITION BY toYYYYMM(day)\nORDER BY (org_id, day);");
        assertThat(partition.safe()).isTrue();
        assertThat(apply(text, counter, file)).contains("    n SimpleAggregateFunction(sum, UInt64)\n) ENGINE");
        assertThat(counter.safe()).isFalse();
    }

    @Test
    void ifNotExistsIsInsertedAfterTheObjectKeyword() {
        String text = HEADER
                + "CREATE TABLE t (org_id String) ENGINE = MergeTree ORDER BY org_id;\nCREATE MATERIALIZED VIEW mv TO t AS SELECT org_id FROM t;\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("001_x.sql", text);
        List<Finding> found = ws.findings("001_x.sql", RuleCode.MISSING_IF_NOT_EXISTS);

        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(f -> assertThat(f.fixes().get(0).safe()).isTrue());
        assertThat(apply(text, found.get(0).fixes().get(0), ws.path("001_x.sql")))
                .contains("CREATE TABLE IF NOT EXISTS t (org_id");
        assertThat(apply(text, found.get(1).fixes().get(0), ws.path("001_x.sql")))
                .contains("CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO t");
    }

    @Test
    void headerIsInsertedWithTheTablesTheFileTouches() {
        String text =
                "CREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;\nALTER TABLE t ADD COLUMN IF NOT EXISTS x UInt8;\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("007_make_t.sql", text);
        Fix fix = onlyFix(ws, "007_make_t.sql", RuleCode.HEADER_COMMENT);

        assertThat(fix.safe()).isTrue();
        assertThat(apply(text, fix, ws.path("007_make_t.sql")))
                .startsWith(
                        "-- 007_make_t.sql\n-- TODO: what this migration does and why.\n--\n-- Tables affected:\n--   - t: created\n\nCREATE TABLE");
        ws.file("007_make_t.sql", apply(text, fix, ws.path("007_make_t.sql")));
        assertThat(ws.findings("007_make_t.sql", RuleCode.HEADER_COMMENT)).isEmpty();
    }

    @Test
    void wrongFileNameInHeaderIsCorrected() {
        String text =
                "-- 006_old.sql\n--\n-- Tables affected:\n--   - t: created\nCREATE TABLE IF NOT EXISTS t (org_id String) ENGINE = MergeTree ORDER BY org_id;\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp).file("007_new.sql", text);
        Fix fix = onlyFix(ws, "007_new.sql", RuleCode.HEADER_COMMENT);

        assertThat(apply(text, fix, ws.path("007_new.sql"))).isEqualTo(text.replace("006_old.sql", "007_new.sql"));
    }
}
