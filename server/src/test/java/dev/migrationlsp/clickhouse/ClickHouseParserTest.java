package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact ranges of the nodes the rules and fixes rely on, the runner model, and per-document caching. */
class ClickHouseParserTest {
    private static final String TABLE = """
            -- 001_x.sql
            CREATE TABLE IF NOT EXISTS db.pull_requests ON CLUSTER c (
                org_id LowCardinality(String) DEFAULT 'default',
                state Enum8('open' = 1, 'closed' = 2),
                merged_at Nullable(DateTime64(3, 'UTC')),
                updated_at DateTime64(3, 'UTC')
            ) ENGINE = ReplacingMergeTree(updated_at)
            PARTITION BY toYYYYMM(updated_at)
            ORDER BY (org_id, state)
            SETTINGS index_granularity = 8192;
            """;

    private static String slice(String text, TextRange r) {
        return r.of(text);
    }

    @Test
    void createTableNodesHaveExactRanges() {
        ClickHouseScript script = ClickHouseScript.parse(TABLE);
        Statement.CreateTable t = (Statement.CreateTable) script.statements().get(0);

        assertThat(slice(TABLE, t.head())).isEqualTo("CREATE TABLE");
        assertThat(TABLE.substring(t.ifNotExistsAt())).startsWith(" IF NOT EXISTS db.pull_requests");
        assertThat(t.ifNotExists()).isTrue();
        assertThat(slice(TABLE, t.name().range())).isEqualTo("db.pull_requests");
        assertThat(t.name().database()).isEqualTo("db");
        assertThat(t.columns()).extracting(Column::name).containsExactly("org_id", "state", "merged_at", "updated_at");
        assertThat(t.columns())
                .allSatisfy(c -> assertThat(slice(TABLE, c.nameRange())).isEqualTo(c.name()));
        assertThat(slice(TABLE, t.columns().get(1).type().range())).isEqualTo("Enum8('open' = 1, 'closed' = 2)");
        assertThat(t.columns().get(1).type().params())
                .extracting(Ast.DataType::name)
                .containsExactly("'open' = 1", "'closed' = 2");
        assertThat(t.columns().get(2).type().unwrapped().name()).isEqualTo("DateTime64");
        assertThat(slice(TABLE, t.columns().get(0).defaultExpr().range())).isEqualTo("'default'");
        assertThat(slice(TABLE, t.columns().get(0).range()))
                .isEqualTo("org_id LowCardinality(String) DEFAULT 'default'");
        assertThat(slice(TABLE, t.engine().range())).isEqualTo("ReplacingMergeTree(updated_at)");
        assertThat(slice(TABLE, t.engine().clause())).isEqualTo("ENGINE = ReplacingMergeTree(updated_at)");
        assertThat(slice(TABLE, t.partitionClause())).isEqualTo("PARTITION BY toYYYYMM(updated_at)");
        assertThat(slice(TABLE, t.orderBy().range())).isEqualTo("(org_id, state)");
        assertThat(t.orderBy().elements()).extracting(Ast.Expr::name).containsExactly("org_id", "state");
        assertThat(slice(TABLE, t.range())).startsWith("CREATE TABLE").endsWith("index_granularity = 8192");
    }

    @Test
    void viewKnowsItsTargetSourcesAndGrouping() {
        String text = "CREATE MATERIALIZED VIEW mv TO db.daily AS\nWITH c AS (SELECT * FROM commits)\n"
                + "SELECT org_id, count() AS n FROM c JOIN repos AS r ON r.id = c.repo_id WHERE x IN (SELECT id FROM db.allowed) GROUP BY org_id";
        Statement.CreateView v =
                (Statement.CreateView) ClickHouseScript.parse(text).statements().get(0);

        assertThat(v.materialized()).isTrue();
        assertThat(slice(text, v.to().range())).isEqualTo("db.daily");
        assertThat(v.select().facts().sources())
                .extracting(Ast.QualifiedName::qualified)
                .containsExactly("commits", "repos", "db.allowed");
        assertThat(v.select().facts().sources())
                .allSatisfy(s -> assertThat(slice(text, s.range())).isEqualTo(s.qualified()));
        assertThat(v.select().facts().hasGroupBy()).isTrue();
        assertThat(v.select().facts().parsedByJsqlParser())
                .as("a nested query goes to JSQLParser")
                .isTrue();
    }

    @Test
    void clickHouseOnlyQueryFallsBackToTheScan() {
        String text =
                "CREATE MATERIALIZED VIEW mv TO t AS SELECT org_id, l FROM prs ARRAY JOIN labels AS l WHERE extract(DAY FROM ts) > 1 GROUP BY org_id, l WITH TOTALS";
        Statement.CreateView v =
                (Statement.CreateView) ClickHouseScript.parse(text).statements().get(0);

        assertThat(v.select().facts().withJsqlParser().get(2))
                .as("JSQLParser cannot read ARRAY JOIN ... WITH TOTALS")
                .isEqualTo(false);
        assertThat(v.select().facts().parsedByJsqlParser()).isFalse();
        assertThat(v.select().facts().sources())
                .extracting(Ast.QualifiedName::name)
                .containsExactly("prs");
        assertThat(v.select().facts().hasGroupBy()).isTrue();
    }

    @Test
    void tableNamedJoinIsASourceAndUsingIsNot() {
        String text =
                "CREATE VIEW v AS SELECT loyalty, count() FROM hits SEMI LEFT JOIN join USING UserID GROUP BY loyalty";
        Statement.CreateView v =
                (Statement.CreateView) ClickHouseScript.parse(text).statements().get(0);

        assertThat(v.select().facts().sources())
                .extracting(Ast.QualifiedName::name)
                .containsExactly("hits", "join");
    }

    @Test
    void renameKeepsEveryPairInOrderAndCommandsAreChecked() {
        String text = "RENAME TABLE IF EXISTS a TO b, db.b TO c ON CLUSTER x;\nDELETE FROM db.t WHERE a = 1;\n"
                + "SYSTEM STOP MERGES db.t;\nGRANT SELECT(a, b) ON db.t TO u WITH GRANT OPTION;\nSET mutations_sync = 2";
        List<Statement> statements = ClickHouseScript.parse(text).statements();

        Statement.Rename rename = (Statement.Rename) statements.get(0);
        assertThat(rename.pairs())
                .extracting(p -> p[0].qualified() + ">" + p[1].qualified())
                .containsExactly("a>b", "db.b>c");
        assertThat(((Statement.Delete) statements.get(1)).table().qualified()).isEqualTo("db.t");
        assertThat(statements.subList(2, 5))
                .extracting(s -> ((Statement.Command) s).kind())
                .containsExactly("SYSTEM", "GRANT", "SET");
        assertThat(ClickHouseScript.parse(text.replace("STOP MERGES", "STOP MERGE"))
                        .errors())
                .singleElement()
                .satisfies(b -> assertThat(text.replace("STOP MERGES", "STOP MERGE")
                                .substring(b.error().range().start()))
                        .startsWith("db.t;"));
    }

    @Test
    void runnerStripsDashCommentsAndSplitsOnEverySemicolon() {
        String text =
                "-- header; with a semicolon\nCREATE TABLE t (a String DEFAULT 'x;y') ENGINE = Memory; -- done\nDROP TABLE t";
        List<String> sent =
                MigrationRunner.statements(text).stream().map(r -> r.of(text)).toList();

        assertThat(sent).containsExactly("CREATE TABLE t (a String DEFAULT 'x", "y') ENGINE = Memory", "DROP TABLE t");
        assertThat(ClickHouseScript.parse(text).runnerHazards())
                .extracting(MigrationRunner.Hazard::kind)
                .containsExactly(
                        MigrationRunner.HazardKind.SEMICOLON_IN_LINE_COMMENT,
                        MigrationRunner.HazardKind.SEMICOLON_IN_STRING);
    }

    @Test
    void scriptIsParsedOncePerDocumentVersion() {
        Document d = new Document(Path.of("/tmp/x/001_x.sql"), FileKind.CLICKHOUSE_SQL, TABLE, 1, true);
        Document next = new Document(Path.of("/tmp/x/001_x.sql"), FileKind.CLICKHOUSE_SQL, TABLE + "\n", 2, true);

        assertThat(ClickHouseScript.of(d)).isSameAs(ClickHouseScript.of(d));
        assertThat(ClickHouseScript.of(next)).isNotSameAs(ClickHouseScript.of(d));
    }
}
