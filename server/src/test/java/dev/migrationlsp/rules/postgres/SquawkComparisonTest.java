package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.testing.AlembicProject;
import dev.migrationlsp.testing.Oracles;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side by side with squawk 2.66 (docs/safety.md): hazardous and safe variants of every operation, each one revision on
 * the same history, rendered to SQL by real Alembic ({@code upgrade --sql}) and linted by squawk. On the Python source
 * this tool reports every hazard squawk reports (the mapped code, on the line of the operation that rendered the
 * flagged statement) and nothing on the safe variants.
 */
class SquawkComparisonTest {
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
                op.create_index("ix_t_n", "t", ["n"])
            """);

    /** squawk's lock, rewrite and breaking-change rules and the code that covers each (the rest: docs/safety.md). */
    static final Map<String, Set<RuleCode>> COVERED = Map.ofEntries(
            Map.entry("require-concurrent-index-creation", Set.of(RuleCode.NON_CONCURRENT_INDEX)),
            Map.entry("require-concurrent-index-deletion", Set.of(RuleCode.NON_CONCURRENT_INDEX)),
            Map.entry("adding-required-field", Set.of(RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT)),
            Map.entry("adding-field-with-default", Set.of(RuleCode.VOLATILE_DEFAULT)),
            Map.entry("changing-column-type", Set.of(RuleCode.TABLE_REWRITE_TYPE_CHANGE)),
            Map.entry("adding-not-nullable-field", Set.of(RuleCode.SET_NOT_NULL)),
            Map.entry(
                    "constraint-missing-not-valid",
                    Set.of(
                            RuleCode.CONSTRAINT_NOT_VALID,
                            RuleCode
                                    .UNIQUE_CONSTRAINT_WITHOUT_INDEX)) /* also said of UNIQUE, which has no NOT VALID */,
            Map.entry("adding-foreign-key-constraint", Set.of(RuleCode.CONSTRAINT_NOT_VALID)),
            Map.entry("disallowed-unique-constraint", Set.of(RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX)),
            Map.entry("adding-serial-primary-key-field", Set.of(RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX)),
            Map.entry("renaming-column", Set.of(RuleCode.RENAME_BREAKS_CODE)),
            Map.entry("renaming-table", Set.of(RuleCode.RENAME_BREAKS_CODE)),
            Map.entry("ban-drop-column", Set.of(RuleCode.DROP_LOSES_DATA)),
            Map.entry("ban-drop-table", Set.of(RuleCode.DROP_LOSES_DATA)),
            Map.entry("require-lock-timeout", Set.of(RuleCode.MISSING_LOCK_TIMEOUT)));

    static final String TIMEOUT = "    op.execute(\"SET lock_timeout = '5s'\")\n";

    /** A generated migration: its upgrade() body and, for a hazard, the code it must get. */
    record Case(String name, String body, RuleCode expected) {}

    static final List<Case> CASES = List.of(
            new Case("index", "    op.create_index(\"ix_t_a\", \"t\", [\"a\"])\n", RuleCode.NON_CONCURRENT_INDEX),
            new Case("index-sql", "    op.execute(\"CREATE INDEX ix_t_a ON t (a)\")\n", RuleCode.NON_CONCURRENT_INDEX),
            new Case(
                    "unique-index",
                    "    op.create_index(\"ix_t_v\", \"t\", [\"v\"], unique=True)\n",
                    RuleCode.NON_CONCURRENT_INDEX),
            new Case("drop-index", "    op.drop_index(\"ix_t_n\", table_name=\"t\")\n", RuleCode.NON_CONCURRENT_INDEX),
            new Case(
                    "required-column",
                    "    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), nullable=False))\n",
                    RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT),
            new Case(
                    "volatile-default",
                    "    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), "
                            + "server_default=sa.text(\"gen_random_uuid()\")))\n",
                    RuleCode.VOLATILE_DEFAULT),
            new Case(
                    "volatile-default-sql",
                    "    op.execute(\"ALTER TABLE t ADD COLUMN c timestamptz DEFAULT clock_timestamp()\")\n",
                    RuleCode.VOLATILE_DEFAULT),
            new Case(
                    "type-change",
                    "    op.alter_column(\"t\", \"n\", type_=sa.BigInteger())\n",
                    RuleCode.TABLE_REWRITE_TYPE_CHANGE),
            new Case(
                    "type-narrowing",
                    "    op.alter_column(\"t\", \"v\", type_=sa.String(10))\n",
                    RuleCode.TABLE_REWRITE_TYPE_CHANGE),
            new Case("set-not-null", "    op.alter_column(\"t\", \"a\", nullable=False)\n", RuleCode.SET_NOT_NULL),
            new Case(
                    "set-not-null-sql",
                    "    op.execute(\"ALTER TABLE t ALTER COLUMN a SET NOT NULL\")\n",
                    RuleCode.SET_NOT_NULL),
            new Case(
                    "foreign-key",
                    "    op.create_foreign_key(\"fk_t_u\", \"t\", \"u\", [\"u_id\"], [\"id\"])\n",
                    RuleCode.CONSTRAINT_NOT_VALID),
            new Case(
                    "check",
                    "    op.create_check_constraint(\"ck_t_n\", \"t\", \"n > 0\")\n",
                    RuleCode.CONSTRAINT_NOT_VALID),
            new Case(
                    "check-sql",
                    "    op.execute(\"ALTER TABLE t ADD CONSTRAINT ck_t_n CHECK (n > 0)\")\n",
                    RuleCode.CONSTRAINT_NOT_VALID),
            new Case(
                    "unique-constraint",
                    "    op.create_unique_constraint(\"uq_t_n\", \"t\", [\"n\"])\n",
                    RuleCode.UNIQUE_CONSTRAINT_WITHOUT_INDEX),
            new Case(
                    "rename-column",
                    "    op.alter_column(\"t\", \"a\", new_column_name=\"b\")\n",
                    RuleCode.RENAME_BREAKS_CODE),
            new Case("rename-table", "    op.rename_table(\"t\", \"t2\")\n", RuleCode.RENAME_BREAKS_CODE),
            new Case("drop-column", "    op.drop_column(\"t\", \"a\")\n", RuleCode.DROP_LOSES_DATA),
            new Case("drop-table", "    op.drop_table(\"u\")\n", RuleCode.DROP_LOSES_DATA),
            new Case(
                    "add-column-no-timeout",
                    "    op.add_column(\"t\", sa.Column(\"c\", sa.Text()))\n",
                    RuleCode.MISSING_LOCK_TIMEOUT),
            // safe variants
            new Case(
                    "safe-index",
                    TIMEOUT + "    with op.get_context().autocommit_block():\n"
                            + "        op.create_index(\"ix_t_a\", \"t\", [\"a\"], postgresql_concurrently=True)\n",
                    null),
            new Case(
                    "safe-drop-index",
                    TIMEOUT + "    with op.get_context().autocommit_block():\n"
                            + "        op.drop_index(\"ix_t_n\", table_name=\"t\", postgresql_concurrently=True)\n",
                    null),
            new Case("safe-nullable-column", TIMEOUT + "    op.add_column(\"t\", sa.Column(\"c\", sa.Text()))\n", null),
            new Case(
                    "safe-constant-default",
                    TIMEOUT
                            + "    op.add_column(\"t\", sa.Column(\"c\", sa.Text(), nullable=False, server_default=\"x\"))\n",
                    null),
            new Case(
                    "safe-now-default",
                    TIMEOUT
                            + "    op.add_column(\"t\", sa.Column(\"c\", sa.DateTime(timezone=True), server_default=sa.func.now()))\n",
                    null),
            new Case(
                    "safe-varchar-widening",
                    TIMEOUT + "    op.alter_column(\"t\", \"v\", type_=sa.String(50))\n",
                    null),
            new Case("safe-varchar-to-text", TIMEOUT + "    op.alter_column(\"t\", \"v\", type_=sa.Text())\n", null),
            new Case(
                    "safe-set-not-null",
                    TIMEOUT
                            + "    op.create_check_constraint(\"ck_t_a\", \"t\", \"a IS NOT NULL\", postgresql_not_valid=True)\n"
                            + "    with op.get_context().autocommit_block():\n"
                            + "        op.execute(\"ALTER TABLE t VALIDATE CONSTRAINT ck_t_a\")\n"
                            + "    op.alter_column(\"t\", \"a\", nullable=False)\n"
                            + "    op.drop_constraint(\"ck_t_a\", \"t\", type_=\"check\")\n",
                    null),
            new Case(
                    "safe-foreign-key",
                    TIMEOUT
                            + "    op.create_foreign_key(\"fk_t_u\", \"t\", \"u\", [\"u_id\"], [\"id\"], postgresql_not_valid=True)\n"
                            + "    with op.get_context().autocommit_block():\n"
                            + "        op.execute(\"ALTER TABLE t VALIDATE CONSTRAINT fk_t_u\")\n",
                    null),
            new Case(
                    "safe-check",
                    TIMEOUT
                            + "    op.create_check_constraint(\"ck_t_n\", \"t\", \"n > 0\", postgresql_not_valid=True)\n"
                            + "    with op.get_context().autocommit_block():\n"
                            + "        op.execute(\"ALTER TABLE t VALIDATE CONSTRAINT ck_t_n\")\n",
                    null),
            new Case(
                    "safe-unique",
                    TIMEOUT + "    with op.get_context().autocommit_block():\n"
                            + "        op.create_index(\"uq_t_n\", \"t\", [\"n\"], unique=True, postgresql_concurrently=True)\n"
                            + "    op.execute(\"ALTER TABLE t ADD CONSTRAINT uq_t_n UNIQUE USING INDEX uq_t_n\")\n",
                    null),
            new Case("safe-new-table", """
                        op.create_table("w", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("a", sa.Text()))
                        op.create_index("ix_w_a", "w", ["a"])
                        op.add_column("w", sa.Column("b", sa.Text(), nullable=False))
                        op.create_foreign_key("fk_w_u", "w", "u", ["id"], ["id"])
                        op.create_unique_constraint("uq_w_a", "w", ["a"])
                        op.alter_column("w", "a", type_=sa.String(10))
                        op.alter_column("w", "a", nullable=False)
                    """, null));

    @Test
    void findsEveryHazardSquawkFindsAndNoneOnSafeVariants(@TempDir Path work) throws IOException {
        Path squawk = Oracles.squawk();
        AlembicProject project = AlembicProject.create(work.resolve("project"));
        project.write("0001_base.py", BASE);
        SafetyWorkspace ws = new SafetyWorkspace(work.resolve("ws"), Map.of("0001_base.py", BASE), null);
        List<String> problems = new ArrayList<>();
        Map<String, TreeSet<String>> squawkOnSafe = new LinkedHashMap<>();
        for (Case c : CASES) {
            String text = SafetyWorkspace.revision("0002", "0001", c.body());
            project.write("0002_case.py", text);
            String sql = project.renderSql("0001:0002");
            Path sqlFile = work.resolve(c.name() + ".sql");
            Files.writeString(sqlFile, sql);
            RealTools.Result r = RealTools.run(
                    List.of(squawk.toString(), "--reporter", "json", "--pg-version", "15", sqlFile.toString()),
                    work,
                    Map.of());
            String json = r.out().substring(r.out().indexOf('['));
            List<Finding> ours = ws.findings("0002_case.py", text, SafetyWorkspace.SAFETY);
            SourceText src = new SourceText(text);
            List<Integer> opLines = opLines(text);
            List<Integer> statementLines = statementLines(sql);
            assertThat(statementLines)
                    .as(c.name() + ": one SQL statement per operation\n" + sql)
                    .hasSameSizeAs(opLines);
            for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
                JsonObject v = e.getAsJsonObject();
                String rule = v.get("rule_name").getAsString();
                int line = v.get("line").getAsInt();
                int statement = 0;
                while (statement + 1 < statementLines.size() && statementLines.get(statement + 1) <= line) {
                    statement++;
                }
                int pyLine = opLines.get(statement);
                Set<RuleCode> codes = COVERED.get(rule);
                if (codes == null) {
                    continue; // not a lock or rewrite hazard (see docs/safety.md)
                }
                if (c.expected() == null) {
                    squawkOnSafe.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(rule);
                    continue;
                }
                boolean found = ours.stream()
                        .anyMatch(f ->
                                codes.contains(f.code()) && f.span().start().line() == pyLine);
                if (!found) {
                    problems.add(c.name() + ": squawk " + rule + " on line " + (pyLine + 1) + " ("
                            + src.lineText(pyLine).strip()
                            + ") but no " + codes + " there; ours: "
                            + ours.stream()
                                    .map(f -> f.code().id() + "@"
                                            + (f.span().start().line() + 1))
                                    .toList());
                }
            }
            if (c.expected() == null) {
                if (!ours.isEmpty()) {
                    problems.add(c.name() + ": safe variant flagged "
                            + ours.stream().map(f -> f.code().id()).toList());
                }
            } else if (ours.stream().noneMatch(f -> f.code() == c.expected())) {
                problems.add(c.name() + ": expected " + c.expected().id() + ", got "
                        + ours.stream().map(f -> f.code().id()).toList());
            }
        }
        System.out.println(
                "squawk findings on safe variants (verified safe by PostgresSafetyLocksTest): " + squawkOnSafe);
        assertThat(problems).isEmpty();
    }

    /** 0-based lines of upgrade()'s operations, in order. */
    static List<Integer> opLines(String text) {
        MigrationModel m = MigrationModelReader.read(new SourceText(text));
        SourceText t = m.text();
        // operations only: op.get_context(), op.f(), op.get_bind() ... render no statement of their own
        Set<String> noStatement = Set.of("get_context", "f", "get_bind", "inline_literal", "batch_alter_table");
        return m.upgradeOps().stream()
                .filter(op -> !noStatement.contains(op.name()))
                .map(op -> t.lineOf(op.call().start()))
                .toList();
    }

    /** 0-based first lines of the rendered statements, without transaction control and alembic_version bookkeeping. */
    static List<Integer> statementLines(String sql) {
        List<Integer> out = new ArrayList<>();
        String[] lines = sql.split("\n", -1);
        boolean inStatement = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!inStatement && !l.isEmpty() && !l.startsWith("--")) {
                inStatement = true;
                String upper = l.toUpperCase(java.util.Locale.ROOT);
                if (!upper.equals("BEGIN;") && !upper.equals("COMMIT;") && !l.contains("alembic_version")) {
                    out.add(i);
                }
            }
            if (inStatement && l.endsWith(";")) {
                inStatement = false;
            }
        }
        return out;
    }
}
