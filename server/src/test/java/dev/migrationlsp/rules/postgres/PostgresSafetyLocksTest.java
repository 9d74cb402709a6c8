package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.testing.AlembicProject;
import dev.migrationlsp.testing.RealPostgres;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety rules' claims, verified on a real PostgreSQL: each hazardous migration is analysed (the rule must fire),
 * rendered by real Alembic ({@code upgrade --sql}) and run statement by statement on a table holding rows
 * ({@code lock_probe.py} reads {@code pg_locks}, {@code relfilenode} and the transaction's sequential scans). The lock
 * the finding's message names is the one PostgreSQL takes; the quick fix's output (rendered by Alembic too) takes the
 * weaker lock, or does not rewrite or scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSafetyLocksTest {
    static final String BASE = SafetyWorkspace.revision("0001", null, """
                op.create_table("u", sa.Column("id", sa.Integer(), primary_key=True))
                op.create_table(
                    "t",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("a", sa.Text()),
                    sa.Column("n", sa.Integer()),
                    sa.Column("v", sa.String(20)),
                    sa.Column("u_id", sa.Integer()),
                )
            """);
    static final Pattern LOCK = Pattern.compile("ACCESS EXCLUSIVE|SHARE ROW EXCLUSIVE|SHARE UPDATE EXCLUSIVE|SHARE");

    RealPostgres pg;
    AlembicProject project;
    SafetyWorkspace ws;
    Path probe;

    /** One statement as PostgreSQL ran it. */
    record Step(
            String sql,
            Map<String, List<String>> locks,
            Map<String, Boolean> rewritten,
            Map<String, Integer> scans,
            String error,
            boolean waited) {
        List<String> locksOn(String table) {
            return locks.getOrDefault(table, List.of());
        }
    }

    @BeforeAll
    void start(@TempDir Path work) throws IOException {
        RealTools.requirePython("alembic", "sqlalchemy", "psycopg2");
        pg = RealPostgres.start();
        project = AlembicProject.create(work.resolve("project"));
        project.write("0001_base.py", BASE);
        ws = new SafetyWorkspace(work.resolve("ws"), Map.of("0001_base.py", BASE), null);
        probe = work.resolve("lock_probe.py");
        try (InputStream in = getClass().getResourceAsStream("/postgres/lock_probe.py")) {
            Files.write(probe, in.readAllBytes());
        }
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    static String migration(String body) {
        return SafetyWorkspace.revision("0002", "0001", body);
    }

    /** The finding of {@code code} for {@code body}; asserts there is exactly one. */
    Finding finding(String text, RuleCode code) {
        List<Finding> found = ws.findings("0002_case.py", text, Set.of(code));
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    /** The lock mode a finding's message claims first, as pg_locks spells it ({@code AccessExclusiveLock}). */
    static String claimedLock(Finding f) {
        Matcher m = LOCK.matcher(f.message());
        assertThat(m.find()).as(f.message()).isTrue();
        StringBuilder b = new StringBuilder();
        for (String w : m.group().split(" ")) {
            b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b + "Lock";
    }

    String fixed(String text, Finding f) {
        assertThat(f.fixes()).hasSize(1);
        return PostgresDiagnostics.apply(text, f.fixes().get(0));
    }

    /** Fix {@code index} of a finding that offers {@code count}. */
    String fixed(String text, Finding f, int index, int count) {
        assertThat(f.fixes()).hasSize(count);
        return PostgresDiagnostics.apply(text, f.fixes().get(index));
    }

    /** No step failed, and none rewrote {@code table}. */
    static void ranWithoutRewrite(List<Step> steps, String table) {
        assertThat(steps).isNotEmpty().allSatisfy(s -> {
            assertThat(s.error()).as(s.sql()).isNull();
            assertThat(s.rewritten().get(table)).as(s.sql()).isFalse();
        });
    }

    /** Fresh tables with rows, revision 0002 = {@code text}, rendered by Alembic and run by the probe. */
    List<Step> run(String text, boolean block) throws IOException {
        // everything an earlier case left (a renamed table, the view that keeps its old name)
        pg.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        project.write("0002_case.py", text);
        Result up = project.alembic(Map.of("DATABASE_URL", pg.url()), "upgrade", "0001");
        assertThat(up.exit()).as(up.out()).isZero();
        pg.execute("INSERT INTO u SELECT g FROM generate_series(1, 2000) g; "
                + "INSERT INTO t SELECT g, 'a' || g, g, 'v', g FROM generate_series(1, 2000) g");
        Path sql = project.root().resolve("case.sql");
        Files.writeString(sql, project.renderSql("0001:0002"));
        List<String> cmd = new ArrayList<>(
                List.of(RealTools.PYTHON.toString(), probe.toString(), pg.url(), sql.toString(), "t,u,t2"));
        if (block) {
            cmd.add("block");
        }
        Result r = RealTools.run(cmd, project.root(), Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        String json = r.out().strip().lines().reduce((a, b) -> b).orElse("[]");
        List<Step> steps = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            Map<String, List<String>> locks = new java.util.TreeMap<>();
            o.getAsJsonObject("locks").entrySet().forEach(x -> {
                List<String> modes = new ArrayList<>();
                for (JsonElement m : (JsonArray) x.getValue()) {
                    modes.add(m.getAsString());
                }
                locks.put(x.getKey(), modes);
            });
            Map<String, Boolean> rewritten = new java.util.TreeMap<>();
            o.getAsJsonObject("rewritten")
                    .entrySet()
                    .forEach(x -> rewritten.put(x.getKey(), x.getValue().getAsBoolean()));
            Map<String, Integer> scans = new java.util.TreeMap<>();
            o.getAsJsonObject("scans")
                    .entrySet()
                    .forEach(x -> scans.put(x.getKey(), x.getValue().getAsInt()));
            steps.add(new Step(
                    o.get("sql").getAsString(),
                    locks,
                    rewritten,
                    scans,
                    o.get("error").isJsonNull() ? null : o.get("error").getAsString(),
                    o.get("waited").getAsBoolean()));
        }
        return steps;
    }

    /** Modes that block writes (or more); the safe forms must take none of them on the table. */
    static final List<String> BLOCKING_WRITES =
            List.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    static void weakLockOnly(Step s, String table) {
        assertThat(s.locksOn(table))
                .as(s.sql())
                .contains("ShareUpdateExclusiveLock")
                .doesNotContainAnyElementsOf(BLOCKING_WRITES);
    }

    Step only(List<Step> steps) {
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }

    Step step(List<Step> steps, String sqlPrefix) {
        return steps.stream()
                .filter(s -> s.sql().startsWith(sqlPrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + sqlPrefix + " in " + steps));
    }

    @Test
    void nonConcurrentIndex() throws IOException {
        for (String body : List.of(
                "    op.create_index(\"ix_t_a\", \"t\", [\"a\"])\n",
                "    op.execute(\"CREATE INDEX ix_t_a ON t (a)\")\n")) {
            String text = migration(body);
            Finding f = finding(text, RuleCode.NON_CONCURRENT_INDEX);
            assertThat(claimedLock(f)).isEqualTo("ShareLock");
            Step hazard = only(run(text, false));
            assertThat(hazard.locksOn("t")).contains("ShareLock");
            Step safe = only(run(fixed(text, f), false));
            assertThat(safe.sql()).contains("CONCURRENTLY");
            assertThat(safe.error()).isNull();
            weakLockOnly(safe, "t");
        }
    }

    @Test
    void requiredColumnWithoutDefaultFailsOnRows() throws IOException {
        String text = migration("    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), nullable=False))\n");
        Finding f = finding(text, RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT);
        assertThat(only(run(text, false)).error()).isEqualTo("23502"); // not_null_violation
        // fix 1: the column is added nullable: runs on rows, no rewrite
        List<Step> nullable = run(fixed(text, f, 0, 2), false);
        ranWithoutRewrite(nullable, "t");
        assertThat(only(nullable).sql()).doesNotContain("NOT NULL");
        // fix 2: existing rows get '' through a default stored once, dropped again: new rows must still name c
        List<Step> filled = run(fixed(text, f, 1, 2), false);
        ranWithoutRewrite(filled, "t");
        assertThat(filled).hasSize(2);
        assertThat(step(filled, "ALTER TABLE t ADD COLUMN c TEXT").locksOn("t")).contains(claimedLock(f));
        assertThat(pg.scalar("SELECT count(*) FROM t WHERE c = ''")).isEqualTo("2000");
        assertThat(pg.sqlState("INSERT INTO t (id) VALUES (5000)")).isEqualTo("23502");
        assertThat(pg.sqlState("INSERT INTO t (id, c) VALUES (5000, 'x')")).isNull();
        Step safe = only(run(
                migration(
                        "    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), nullable=False, server_default=\"x\"))\n"),
                false));
        assertThat(safe.error()).isNull();
        assertThat(safe.locksOn("t")).contains("AccessExclusiveLock");
        assertThat(safe.rewritten().get("t")).isFalse();
    }

    @Test
    void volatileDefaultRewrites() throws IOException {
        String text = migration(
                "    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), server_default=sa.text(\"gen_random_uuid()\")))\n");
        Finding f = finding(text, RuleCode.VOLATILE_DEFAULT);
        Step hazard = only(run(text, false));
        assertThat(hazard.locksOn("t")).contains(claimedLock(f));
        assertThat(hazard.rewritten().get("t")).isTrue();
        // the fix: the column without the default, then SET DEFAULT: no rewrite, only new rows get a value
        List<Step> safe = run(fixed(text, f), false);
        ranWithoutRewrite(safe, "t");
        assertThat(step(safe, "ALTER TABLE t ALTER COLUMN c SET DEFAULT gen_random_uuid()")
                        .scans()
                        .get("t"))
                .isZero();
        assertThat(pg.scalar("SELECT count(*) FROM t WHERE c IS NULL")).isEqualTo("2000");
        assertThat(pg.scalar("INSERT INTO t (id) VALUES (5000) RETURNING c IS NOT NULL"))
                .isEqualTo("True");
        String constant = migration("    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), server_default=\"x\"))\n");
        assertThat(ws.findings("0002_case.py", constant, Set.of(RuleCode.VOLATILE_DEFAULT)))
                .isEmpty();
        assertThat(only(run(constant, false)).rewritten().get("t")).isFalse(); // PostgreSQL 11+
    }

    @Test
    void typeChangeRewritesExceptBinaryCoercible() throws IOException {
        String text = migration("    op.alter_column(\"t\", \"n\", type_=sa.BigInteger())\n");
        Finding f = finding(text, RuleCode.TABLE_REWRITE_TYPE_CHANGE);
        Step hazard = only(run(text, false));
        assertThat(hazard.locksOn("t")).contains(claimedLock(f));
        assertThat(hazard.rewritten().get("t")).isTrue();
        for (String safe : List.of(
                "    op.alter_column(\"t\", \"v\", type_=sa.String(50))\n",
                "    op.alter_column(\"t\", \"v\", type_=sa.Text())\n")) {
            assertThat(ws.findings("0002_case.py", migration(safe), Set.of(RuleCode.TABLE_REWRITE_TYPE_CHANGE)))
                    .isEmpty();
            assertThat(only(run(migration(safe), false)).rewritten().get("t"))
                    .as(safe)
                    .isFalse();
        }
    }

    @Test
    void setNotNullScansUnlessAValidatedCheckProvesIt() throws IOException {
        String text = migration("    op.alter_column(\"t\", \"a\", nullable=False)\n");
        Finding f = finding(text, RuleCode.SET_NOT_NULL);
        Step hazard = only(run(text, false));
        assertThat(hazard.locksOn("t")).contains(claimedLock(f));
        assertThat(hazard.scans().get("t")).isPositive();
        List<Step> safe = run(fixed(text, f), false);
        assertThat(safe).allMatch(s -> s.error() == null);
        Step validate = step(safe, "ALTER TABLE t VALIDATE CONSTRAINT");
        weakLockOnly(validate, "t");
        Step setNotNull = step(safe, "ALTER TABLE t ALTER COLUMN a SET NOT NULL");
        assertThat(setNotNull.scans().get("t")).isZero();
        assertThat(step(safe, "ALTER TABLE t ADD CONSTRAINT").scans().get("t")).isZero();
    }

    @Test
    void constraintsWithoutNotValidScanUnderLock() throws IOException {
        for (String body : List.of(
                "    op.create_foreign_key(\"fk_t_u\", \"t\", \"u\", [\"u_id\"], [\"id\"])\n",
                "    op.create_check_constraint(\"ck_t_n\", \"t\", \"n > 0\")\n")) {
            String text = migration(body);
            Finding f = finding(text, RuleCode.CONSTRAINT_NOT_VALID);
            Step hazard = only(run(text, false));
            assertThat(hazard.locksOn("t")).as(body).contains(claimedLock(f));
            List<Step> safe = run(fixed(text, f), false);
            assertThat(safe).allMatch(s -> s.error() == null);
            Step add = step(safe, "ALTER TABLE t ADD CONSTRAINT");
            assertThat(add.sql()).endsWith("NOT VALID");
            assertThat(add.locksOn("t")).contains(claimedLock(f)); // brief: nothing is checked under it
            assertThat(add.scans().getOrDefault("t", 0)).isZero();
            weakLockOnly(step(safe, "ALTER TABLE t VALIDATE CONSTRAINT"), "t");
        }
    }

    @Test
    void uniqueConstraintBuildsItsIndexUnderAccessExclusive() throws IOException {
        String text = migration("    op.create_unique_constraint(\"uq_t_n\", \"t\", [\"n\"])\n");
        Finding f = finding(text, RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX);
        assertThat(only(run(text, false)).locksOn("t")).contains(claimedLock(f));
        List<Step> safe = run(fixed(text, f), false);
        assertThat(safe).allMatch(s -> s.error() == null);
        weakLockOnly(step(safe, "CREATE UNIQUE INDEX CONCURRENTLY"), "t");
        assertThat(step(safe, "ALTER TABLE t ADD CONSTRAINT uq_t_n UNIQUE USING INDEX")
                        .rewritten()
                        .get("t"))
                .isFalse();
    }

    @Test
    void renamesAndDropsTakeAccessExclusive() throws IOException {
        for (Object[] c : new Object[][] {
            {"    op.alter_column(\"t\", \"a\", new_column_name=\"b\")\n", RuleCode.RENAME_BREAKS_CODE},
            {"    op.rename_table(\"t\", \"t2\")\n", RuleCode.RENAME_BREAKS_CODE},
            {"    op.drop_column(\"t\", \"a\")\n", RuleCode.DROP_LOSES_DATA}
        }) {
            String text = migration((String) c[0]);
            Finding f = finding(text, (RuleCode) c[1]);
            Step s = only(run(text, false));
            List<String> modes = new ArrayList<>(s.locksOn("t"));
            modes.addAll(s.locksOn("t2"));
            assertThat(modes).as((String) c[0]).contains(claimedLock(f));
        }
    }

    @Test
    void aRenamedTableKeptAsAViewServesTheOldNameAndDowngrades() throws IOException {
        String text = migration("    op.rename_table(\"t\", \"t2\")\n")
                .replace("def downgrade():\n    pass\n", "def downgrade():\n    op.rename_table(\"t2\", \"t\")\n");
        Finding f = finding(text, RuleCode.RENAME_BREAKS_CODE);
        String fixed = fixed(text, f);
        List<Step> steps = run(fixed, false);
        assertThat(steps)
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.error()).as(s.sql()).isNull());
        assertThat(step(steps, "ALTER TABLE t RENAME TO t2").locksOn("t2")).contains(claimedLock(f)); // same oid
        // code that still says t reads, inserts (the table's own defaults apply), updates and deletes through the view
        assertThat(pg.scalar("SELECT count(*) FROM t")).isEqualTo("2000");
        pg.scalar("SELECT setval(pg_get_serial_sequence('t2', 'id'), 2000)"); // the rows were inserted with ids
        assertThat(pg.scalar("INSERT INTO t (a) VALUES ('new') RETURNING id")).isEqualTo("2001");
        pg.execute("UPDATE t SET a = 'changed' WHERE n = 7; DELETE FROM t WHERE n = 8");
        assertThat(pg.scalar("SELECT count(*) FROM t2 WHERE a IN ('new', 'changed')"))
                .isEqualTo("2");
        assertThat(pg.scalar("SELECT count(*) FROM t2")).isEqualTo("2000");
        // the downgrade drops the view before renaming back
        pg.execute("UPDATE alembic_version SET version_num = '0002'");
        Result down = project.alembic(Map.of("DATABASE_URL", pg.url()), "downgrade", "0001");
        assertThat(down.exit()).as(down.out()).isZero();
        assertThat(pg.scalar("SELECT relkind FROM pg_class WHERE relname = 't'"))
                .isEqualTo("r");
        assertThat(pg.scalar("SELECT count(*) FROM pg_class WHERE relname = 't2'"))
                .isEqualTo("0");
    }

    @Test
    void lockTimeoutMakesAQueuedLockGiveUp() throws IOException {
        String text = migration("    op.add_column(\"t\", sa.Column(\"c\", sa.Text()))\n");
        Finding f = finding(text, RuleCode.MISSING_LOCK_TIMEOUT);
        // another session reads t: without a timeout the ALTER queues (and every later query queues behind it)
        Step hazard = only(run(text, true));
        assertThat(hazard.waited()).isTrue();
        assertThat(hazard.locksOn("t")).contains(claimedLock(f));
        // with the fix it gives up with lock_not_available instead of queueing
        Step safe = step(run(fixed(text, f), true), "ALTER TABLE t ADD COLUMN");
        assertThat(safe.waited()).isFalse();
        assertThat(safe.error()).isEqualTo("55P03");
    }
}
