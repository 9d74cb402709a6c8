package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration-safety rules on a migration chained after a history that creates {@code users} and {@code orgs}.
 * Expected findings are written in the migration body as {@code «code:flagged text»} markers: the test strips them and
 * asserts each finding's code and exact range (and that nothing else is reported).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyRulesTest {
    static final String BASE = SafetyWorkspace.revision("0001", null, """
                op.create_table(
                    "users",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("email", sa.String(100), nullable=False),
                    sa.Column("name", sa.Text()),
                    sa.Column("score", sa.Numeric(10, 2)),
                )
                op.create_table("orgs", sa.Column("id", sa.Integer(), primary_key=True))
            """);

    SafetyWorkspace ws;
    SafetyWorkspace ws10;

    @BeforeAll
    void setUp(@TempDir Path root, @TempDir Path root10) {
        ws = new SafetyWorkspace(root, Map.of("0001_base.py", BASE), null);
        ws10 = new SafetyWorkspace(root10, Map.of("0001_base.py", BASE), "postgres-version = 10\n");
    }

    @org.junit.jupiter.api.AfterAll
    void noRuleThrew() {
        assertThat(ws.ruleFailures()).isZero();
    }

    /** Checks {@code body} (with «code:text» markers) as revision 0002; only {@code codes} are compared. */
    void check(SafetyWorkspace w, String body, Set<RuleCode> codes) {
        StringBuilder clean = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf('«', i);
            if (open < 0) {
                clean.append(body, i, body.length());
                break;
            }
            clean.append(body, i, open);
            int colon = body.indexOf(':', open);
            int close = body.indexOf('»', colon);
            String code = body.substring(open + 1, colon);
            String flagged = body.substring(colon + 1, close);
            int start = clean.length();
            clean.append(flagged);
            expected.add(code + "@" + start + ":" + flagged);
            i = close + 1;
        }
        String header = SafetyWorkspace.revision("0002", "0001", "");
        header = header.substring(0, header.indexOf("def upgrade():\n") + "def upgrade():\n".length());
        String text = header + clean + "\n\ndef downgrade():\n    pass\n";
        List<String> shifted = expected.stream()
                .map(e -> {
                    int at = e.indexOf('@');
                    int colon = e.indexOf(':', at);
                    return e.substring(0, at + 1)
                            + (Integer.parseInt(e.substring(at + 1, colon)) + 0)
                            + e.substring(colon);
                })
                .toList();
        int offset = header.length();
        List<String> actual = w.findings("0002_case.py", text, codes).stream()
                .map(f -> f.code().id() + "@" + (f.span().startOffset() - offset) + ":"
                        + new SourceText(text)
                                .slice(f.span().startOffset(), f.span().endOffset()))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(shifted);
    }

    void check(String body) {
        check(
                ws,
                body,
                EnumSet.complementOf(EnumSet.of(
                        RuleCode.MISSING_LOCK_TIMEOUT,
                        RuleCode.EMPTY_DOWNGRADE,
                        RuleCode.UNKNOWN_TABLE,
                        RuleCode.UNKNOWN_COLUMN,
                        RuleCode.MISSING_ORG_ID,
                        RuleCode.MISSING_TIMESTAMPS,
                        RuleCode.STRING_COLUMN,
                        RuleCode.NON_UUID_PRIMARY_KEY,
                        RuleCode.NAIVE_TIMESTAMP,
                        RuleCode.ORG_ID_TYPE)));
    }

    @Test
    void indexes() {
        check("""
                    «non-concurrent-index:op.create_index»("ix_users_name", "users", ["name"])
                    with op.get_context().autocommit_block():
                        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)
                    «non-concurrent-index:op.create_index»("ix_orgs_id", "orgs", ["id"], unique=True)
                    op.execute("«non-concurrent-index:CREATE INDEX ix_a ON users (score)»")
                    op.execute("CREATE INDEX CONCURRENTLY ix_b ON users (score)")
                    op.create_table("fresh", sa.Column("id", sa.Integer()))
                    op.create_index("ix_fresh_id", "fresh", ["id"])
                    «non-concurrent-index:op.drop_index»("ix_old", table_name="users")
                    op.drop_index("ix_users_name", table_name="users")
                    op.execute("«non-concurrent-index:DROP INDEX ix_older»")
                    op.execute("DROP INDEX CONCURRENTLY ix_oldest")
                """);
    }

    @Test
    void columns() {
        check("""
                    «required-column-without-default:op.add_column»("users", sa.Column("a", sa.Text(), nullable=False))
                    op.add_column("users", sa.Column("b", sa.Text(), nullable=False, server_default="x"))
                    op.add_column("users", sa.Column("c", sa.Text()))
                    «volatile-default:op.add_column»("users", sa.Column("d", sa.Text(), server_default=sa.text("gen_random_uuid()")))
                    op.add_column("users", sa.Column("e", sa.DateTime(timezone=True), server_default=sa.func.now()))
                    op.execute("«volatile-default:ALTER TABLE users ADD COLUMN f float DEFAULT random()»")
                    op.execute("«required-column-without-default:ALTER TABLE users ADD COLUMN g int NOT NULL»")
                    op.create_table("fresh", sa.Column("id", sa.Integer()))
                    op.add_column("fresh", sa.Column("a", sa.Text(), nullable=False))
                """);
    }

    @Test
    void postgresVersionSelectsWhatApplies() {
        // a constant default rewrites before 11 only
        check(
                ws,
                "    op.add_column(\"users\", sa.Column(\"b\", sa.Text(), server_default=\"x\"))\n",
                Set.of(RuleCode.VOLATILE_DEFAULT));
        check(
                ws10,
                "    «volatile-default:op.add_column»(\"users\", sa.Column(\"b\", sa.Text(), server_default=\"x\"))\n",
                Set.of(RuleCode.VOLATILE_DEFAULT));
        // before 12 a validated CHECK does not spare the SET NOT NULL scan
        String validated = """
                    op.create_check_constraint("ck", "users", "name IS NOT NULL", postgresql_not_valid=True)
                    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck")
                """;
        check(
                ws,
                validated + "    op.alter_column(\"users\", \"name\", nullable=False)\n",
                Set.of(RuleCode.SET_NOT_NULL));
        check(
                ws10,
                validated + "    «set-not-null:op.alter_column»(\"users\", \"name\", nullable=False)\n",
                Set.of(RuleCode.SET_NOT_NULL));
    }

    @Test
    void typeChangesUseTheHistory() {
        check("""
                    op.alter_column("users", "email", type_=sa.String(200))
                    op.alter_column("users", "email", type_=sa.Text())
                    «table-rewrite-type-change:op.alter_column»("users", "id", type_=sa.BigInteger())
                    «table-rewrite-type-change:op.alter_column»("users", "name", type_=sa.String(50))
                    op.alter_column("users", "score", type_=sa.Numeric(12, 2))
                    «table-rewrite-type-change:op.alter_column»("users", "score", type_=sa.Numeric(12, 4))
                    op.alter_column("legacy", "x", type_=sa.BigInteger())
                    «table-rewrite-type-change:op.alter_column»("legacy", "x", type_=sa.BigInteger(), existing_type=sa.Integer())
                    op.execute("«table-rewrite-type-change:ALTER TABLE orgs ALTER COLUMN id TYPE bigint»")
                """);
    }

    @Test
    void setNotNull() {
        check("""
                    «set-not-null:op.alter_column»("users", "name", nullable=False)
                    op.alter_column("users", "email", nullable=False)
                    op.add_column("users", sa.Column("fresh", sa.Text()))
                    op.alter_column("users", "fresh", nullable=False)
                    op.create_check_constraint("ck_users_score_nn", "users", "score IS NOT NULL", postgresql_not_valid=True)
                    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_score_nn")
                    op.alter_column("users", "score", nullable=False)
                """);
    }

    @Test
    void constraints() {
        check("""
                    «constraint-not-valid:op.create_foreign_key»("fk_users_org", "users", "orgs", ["org"], ["id"])
                    op.create_foreign_key("fk_users_org2", "users", "orgs", ["org"], ["id"], postgresql_not_valid=True)
                    «constraint-not-valid:op.create_check_constraint»("ck_users_score", "users", "score > 0")
                    op.execute("«constraint-not-valid:ALTER TABLE users ADD CONSTRAINT ck2 CHECK (score > 1)»")
                    op.execute("ALTER TABLE users ADD CONSTRAINT ck3 CHECK (score > 1) NOT VALID")
                    «unique-constraint-without-index:op.create_unique_constraint»("uq_users_email", "users", ["email"])
                    with op.get_context().autocommit_block():
                        op.create_index("uq_users_name", "users", ["name"], unique=True, postgresql_concurrently=True)
                    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE USING INDEX uq_users_name")
                    op.execute("«unique-constraint-without-index:ALTER TABLE orgs ADD CONSTRAINT uq UNIQUE (id)»")
                """);
    }

    @Test
    void renamesAndDrops() {
        check("""
                    «rename-breaks-code:op.alter_column»("users", "name", new_column_name="full_name")
                    «drop-loses-data:op.drop_column»("users", "score")
                    op.add_column("users", sa.Column("tmp", sa.Text()))
                    op.drop_column("users", "tmp")
                    «rename-breaks-code:op.rename_table»("orgs", "organisations")
                    «drop-loses-data:op.drop_table»("organisations")
                    op.execute("«drop-loses-data:DROP TABLE users»")
                """);
    }

    @Test
    void aRenamedTableKeptAsAViewOfItsNewNameBreaksNothing() {
        check("""
                    op.rename_table("orgs", "organisations")
                    op.execute("CREATE VIEW orgs AS SELECT * FROM organisations")
                    «rename-breaks-code:op.rename_table»("users", "people")
                    op.execute("CREATE VIEW users AS SELECT id FROM people")
                """);
    }

    @Test
    void batchOperationsAreReadToo() {
        check("""
                    with op.batch_alter_table("users") as batch_op:
                        «required-column-without-default:batch_op.add_column»(sa.Column("a", sa.Text(), nullable=False))
                        «drop-loses-data:batch_op.drop_column»("score")
                        «non-concurrent-index:batch_op.create_index»("ix_users_name", ["name"])
                """);
    }

    @Test
    void lockTimeoutOncePerMigration() {
        Set<RuleCode> only = EnumSet.of(RuleCode.MISSING_LOCK_TIMEOUT);
        check(ws, """
                    op.create_table("fresh", sa.Column("id", sa.Integer()))
                    op.create_index("ix_fresh", "fresh", ["id"])
                    «missing-lock-timeout:op.add_column»("users", sa.Column("c", sa.Text()))
                    op.drop_column("users", "name")
                """, only);
        check(ws, """
                    op.execute("SET lock_timeout = '3s'")
                    op.add_column("users", sa.Column("c", sa.Text()))
                """, only);
        check(ws, """
                    with op.get_context().autocommit_block():
                        op.create_index("ix", "users", ["name"], postgresql_concurrently=True)
                """, only);
    }

    @Test
    void unknownTablesAndColumns() {
        Set<RuleCode> codes = EnumSet.of(RuleCode.UNKNOWN_TABLE, RuleCode.UNKNOWN_COLUMN);
        check(ws, """
                    op.add_column(«unknown-table:"userz"», sa.Column("a", sa.Text()))
                    op.alter_column("users", «unknown-column:"nmae"», nullable=True)
                    op.drop_column("users", "name")
                    op.alter_column("users", «unknown-column:"name"», nullable=True)
                    op.create_table("fresh", sa.Column("id", sa.Integer()))
                    op.create_index("ix", "fresh", ["id"])
                    op.rename_table("orgs", "organisations")
                    op.drop_table(«unknown-table:"orgs"»)
                    op.drop_table("organisations")
                """, codes);
        // an application helper ran first: nothing is known to be missing
        check(ws, """
                    from_app_helpers(op)
                    op.add_column("userz", sa.Column("a", sa.Text()))
                """, codes);
        // what this migration does to a table counts from that change on (the status at the migration's start is
        // remembered per table, not replayed per operation)
        check(ws, """
                    op.add_column("users", sa.Column("a", sa.Text()))
                    op.add_column(«unknown-table:"userz"», sa.Column("a", sa.Text()))
                    op.drop_table("users")
                    op.add_column(«unknown-table:"users"», sa.Column("b", sa.Text()))
                    op.rename_table("orgs", "teams")
                    op.add_column(«unknown-table:"orgs"», sa.Column("b", sa.Text()))
                    op.add_column("teams", sa.Column("b", sa.Text()))
                    op.add_column(«unknown-table:"userz"», sa.Column("b", sa.Text()))
                    from_app_helpers(op)
                    op.add_column("userz", sa.Column("c", sa.Text()))
                    op.add_column("users", sa.Column("c", sa.Text()))
                """, codes);
    }

    /**
     * Real histories (CKAN): {@code for table in ("resource", "resource_revision"): op.add_column(table, ...)} adds
     * columns to tables named at run time, so a later drop of such a column is not an unknown column.
     */
    @Test
    void anOperationOnATableNamedAtRunTimeMakesEarlierTablesPartlyUnknown(@TempDir Path root) {
        SafetyWorkspace w = new SafetyWorkspace(
                root,
                Map.of("0001_base.py", BASE, "0002_loop.py", SafetyWorkspace.revision("0002", "0001", """
                                    for table in ("users", "users_archive"):
                                        op.add_column(table, sa.Column("webstore_url", sa.Text()))
                                """)),
                null);
        Set<RuleCode> codes = EnumSet.of(RuleCode.UNKNOWN_TABLE, RuleCode.UNKNOWN_COLUMN);
        String header = SafetyWorkspace.revision("0003", "0002", "    op.drop_column(\"users\", \"webstore_url\")\n");
        assertThat(w.findings("0003_drop.py", header, codes)).isEmpty();
        // a table created after the unknown operation is known again
        String fresh = SafetyWorkspace.revision("0003", "0002", """
                    op.create_table("fresh", sa.Column("id", sa.Integer()))
                    op.drop_column("fresh", "webstore_url")
                """);
        assertThat(w.findings("0003_drop.py", fresh, codes))
                .extracting(f -> f.code())
                .containsExactly(RuleCode.UNKNOWN_COLUMN);
    }

    /**
     * Real histories adopted an existing database (Redash, Lemur, Indico, CKAN's extensions): the first revision alters
     * or points foreign keys at tables no revision creates. A table no revision ever creates is then presumed to be part
     * of that baseline; a table the history drops or renames is still reported.
     */
    @Test
    void aHistoryStartingFromAnExistingDatabasePresumesNeverCreatedTablesExist(
            @TempDir Path alters, @TempDir Path fks) {
        Set<RuleCode> codes = EnumSet.of(RuleCode.UNKNOWN_TABLE, RuleCode.UNKNOWN_COLUMN);
        String later = SafetyWorkspace.revision("0002", "0001", """
                    op.add_column("queries", sa.Column("is_draft", sa.Boolean()))
                    op.drop_table("events")
                    op.drop_table("events")
                """);
        SafetyWorkspace altersFirst = new SafetyWorkspace(
                alters,
                Map.of(
                        "0001_base.py",
                        SafetyWorkspace.revision(
                                "0001", null, "    op.add_column(\"dashboards\", sa.Column(\"x\", sa.Text()))\n")),
                null);
        SafetyWorkspace foreignKeysFirst =
                new SafetyWorkspace(fks, Map.of("0001_base.py", SafetyWorkspace.revision("0001", null, """
                                    op.create_table(
                                        "events",
                                        sa.Column("id", sa.Integer(), primary_key=True),
                                        sa.Column("cert_id", sa.Integer(), sa.ForeignKey("certificates.id")),
                                    )
                                """)), null);
        // no revision creates "queries" or "events" here: both are presumed to be part of the baseline
        assertThat(altersFirst.findings("0002_later.py", later, codes)).isEmpty();
        // here the base revision creates "events": the second drop_table("events") is still reported
        assertThat(foreignKeysFirst.findings("0002_later.py", later, codes))
                .extracting(f -> f.code())
                .containsExactly(RuleCode.UNKNOWN_TABLE);
        // a self-contained history (BASE creates everything it names) still reports a never-created table
        check(ws, "    op.add_column(«unknown-table:\"queries\"», sa.Column(\"a\", sa.Text()))\n", codes);
    }

    /** Prefect keeps a SQLite history beside the PostgreSQL one ({@code versions/sqlite}, {@code versions/postgresql}). */
    @Test
    void aHistoryInAFolderNamedAfterAnotherDatabaseGetsNoPostgresSafetyFindings(@TempDir Path root)
            throws java.io.IOException {
        for (String dialect : List.of("sqlite", "postgresql")) {
            java.nio.file.Files.createDirectories(root.resolve("alembic/versions/" + dialect));
            java.nio.file.Files.writeString(root.resolve("alembic/versions/" + dialect + "/0001_base.py"), BASE);
        }
        SafetyWorkspace w = new SafetyWorkspace(root, Map.of(), null);
        String index = SafetyWorkspace.revision(
                "0002", "0001", "    op.create_index(\"ix_users_name\", \"users\", [\"name\"])\n");
        assertThat(w.findings("sqlite/0002_index.py", index, SafetyWorkspace.SAFETY))
                .isEmpty();
        assertThat(w.findings("postgresql/0002_index.py", index, SafetyWorkspace.SAFETY))
                .extracting(f -> f.code())
                .contains(RuleCode.NON_CONCURRENT_INDEX);
    }

    @Test
    void findingsNeverThrowOnHalfTypedCode() {
        for (String body : List.of(
                "    op.create_index(",
                "    op.add_column(\"users\", sa.Column(",
                "    op.execute(\"ALTER TABLE",
                "    op.alter_column(\"users\", \"name\", nullable=",
                "    op.execute(f\"CREATE INDEX {x}\")",
                "    op.create_unique_constraint(None, \"users\", cols)")) {
            List<Finding> f =
                    ws.findings("0002_case.py", SafetyWorkspace.revision("0002", "0001", body), SafetyWorkspace.SAFETY);
            assertThat(f).allMatch(x -> x.span().startOffset() <= x.span().endOffset());
        }
        assertThat(ws.ruleFailures()).isZero();
    }
}
