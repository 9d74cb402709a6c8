package dev.migrationlsp.rules.postgres;

import static dev.migrationlsp.rules.postgres.PostgresDiagnostics.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code empty-downgrade} fires only when {@code upgrade()} leaves a net schema change behind. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptyDowngradeNetChangeTest {
    PostgresDiagnostics diagnostics;

    @BeforeAll
    void setUp(@TempDir Path root) {
        diagnostics = new PostgresDiagnostics(root);
    }

    /** {@code body} is upgrade()'s body ({@code |} = new line); {@code net} the operations the finding counts (0 = none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '`',
            value = {
                // a scratch table created and dropped by op calls, by SQL, or mixed
                "op.create_table('tmp', sa.Column('id', sa.Integer()))|op.execute('UPDATE t SET a = 1')|op.drop_table('tmp')# 0",
                "op.execute('CREATE TABLE tmp_ids (id int)')|op.execute('INSERT INTO tmp_ids SELECT id FROM t')"
                        + "|op.execute('DROP TABLE tmp_ids')# 0",
                "op.execute('CREATE TABLE \"Tmp\" (id int)')|op.drop_table('Tmp')# 0",
                "op.create_table('tmp', schema='s')|op.execute('DROP TABLE IF EXISTS s.tmp CASCADE')# 0",
                // a temporary table never outlives the session
                "op.execute('CREATE TEMP TABLE ids AS SELECT id FROM t')|op.execute('UPDATE t SET a = 1')# 0",
                "op.create_table('ids', sa.Column('id', sa.Integer()), prefixes=['TEMPORARY'])# 0",
                // a trigger disabled and re-enabled around an UPDATE, in one script or in three calls
                "op.execute('ALTER TABLE t DISABLE TRIGGER audit; UPDATE t SET a = 1; ALTER TABLE t ENABLE TRIGGER audit')# 0",
                "op.execute(sa.text('ALTER TABLE ONLY t DISABLE TRIGGER ALL'))|op.execute('UPDATE t SET a = 2')"
                        + "|op.execute(sa.text('alter table t enable trigger all'))# 0",
                // an index dropped and rebuilt is a change (the drop undoes nothing created here); created and dropped
                // is not
                "op.create_index('ix_tmp', 't', ['a'])|op.execute('UPDATE t SET a = 1')|op.drop_index('ix_tmp')# 0",
                "op.add_column('t', sa.Column('tmp', sa.Text()))|op.drop_column('t', 'tmp')# 0",
                "op.create_foreign_key('fk_tmp', 't', 'u', ['a'], ['id'])|op.drop_constraint('fk_tmp', 't')# 0",
                // data only
                "op.execute('UPDATE t SET a = 1')|op.bulk_insert(table, [])|op.get_bind()# 0",
                // net changes remain
                "op.create_table('tmp')|op.drop_table('other')# 2",
                "op.execute('ALTER TABLE t DISABLE TRIGGER audit')|op.execute('UPDATE t SET a = 1')# 1",
                "op.execute('CREATE TABLE keep (id int); CREATE TABLE tmp (id int); DROP TABLE tmp')# 1",
                "op.create_table('a')|op.drop_table('a')|op.create_table('a')# 1",
                "op.add_column('t', sa.Column('c', sa.Text()))|op.drop_column('u', 'c')# 2",
                "op.execute(f'CREATE TABLE {name} (id int)')|op.execute(f'DROP TABLE {name}')# 0",
            })
    void firesOnlyOnNetSchemaChanges(String body, int net) {
        String text = PostgresRulesTest.migration("    " + body.replace("|", "\n    ") + "\n", "    pass\n");
        List<Finding> found = diagnostics.findings(text).stream()
                .filter(f -> f.code() == RuleCode.EMPTY_DOWNGRADE)
                .toList();
        if (net == 0) {
            assertThat(found).as(text).isEmpty();
        } else {
            assertThat(found).as(text).hasSize(1);
            assertThat(found.get(0).message()).contains("(" + net + " operation");
        }
    }

    @Test
    void theFixReversesOnlyWhatRemains() {
        String text = PostgresRulesTest.migration("""
                    op.create_table("tmp", sa.Column("id", sa.Integer()))
                    op.create_index("ix_t_a", "t", ["a"])
                    op.drop_table("tmp")
                """, "    pass\n");
        Finding f = diagnostics.findings(text).stream()
                .filter(x -> x.code() == RuleCode.EMPTY_DOWNGRADE)
                .findFirst()
                .orElseThrow();
        assertThat(PostgresDiagnostics.toD(f)).isEqualTo(d(14, 4, 14, 13, RuleCode.EMPTY_DOWNGRADE));
        String after = PostgresDiagnostics.apply(text, f.fixes().get(0));
        assertThat(after).endsWith("def downgrade() -> None:\n    op.drop_index(\"ix_t_a\", table_name=\"t\")\n");
    }
}
