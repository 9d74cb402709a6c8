package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.core.SourceText;
import org.junit.jupiter.api.Test;

/** What the static model resolves (and what it refuses to guess). */
class MigrationModelReaderTest {
    static MigrationModel read(String text) {
        return MigrationModelReader.read(new SourceText(text));
    }

    @Test
    void resolvesConstantsHelpersWithParametersAndUnpackedLists() {
        MigrationModel m = read("""
                import sqlalchemy as sa
                from sqlalchemy.dialects import postgresql as pg
                from alembic import op

                _UUID = pg.UUID(as_uuid=True)

                def _ref(name, target):
                    col = sa.Column(name, _UUID, sa.ForeignKey(target))
                    return col

                def _owner_columns():
                    return (_ref("owner_id", "users.id"), sa.Column("org_id", sa.Text()))

                def upgrade():
                    op.create_table("t", sa.Column("id", _UUID), *_owner_columns(), sa.PrimaryKeyConstraint("id"))
                """);
        CreatedTable t = m.createdTables().get(0);
        assertThat(t.name()).isEqualTo("t");
        assertThat(t.columnsKnown()).isTrue();
        assertThat(t.columns()).extracting(ColumnDef::name).containsExactly("id", "owner_id", "org_id");
        assertThat(t.primaryKeyColumns()).containsExactly("id");
        assertThat(t.column("owner_id").orElseThrow().type().qualified())
                .isEqualTo("sqlalchemy.dialects.postgresql.UUID");
        assertThat(t.column("id").orElseThrow().type().argument(0, "as_uuid")).isPresent();
    }

    @Test
    void unknownSourcesMakeTheColumnListUnknown() {
        MigrationModel m = read("""
                import sqlalchemy as sa
                from alembic import op
                from app import columns

                def upgrade():
                    op.create_table("a", sa.Column("id", sa.Integer()), *columns())
                    op.create_table("b", sa.Column(f"{prefix}_id", sa.Integer()))
                    op.create_table("c", sa.Column("id", sa.Integer()), sa.Column("x", sa.Text()
                """);
        assertThat(m.createdTables()).extracting(CreatedTable::columnsKnown).containsExactly(false, true, false);
        assertThat(m.createdTables().get(1).columns().get(0).name()).isNull();
    }

    @Test
    void batchOpsHelpersCalledFromUpgradeAndNestedBlocksAreFound() {
        MigrationModel m = read("""
                from alembic import op
                import sqlalchemy as sa

                def _create():
                    op.create_table("made_in_helper", sa.Column("id", sa.Integer()))

                def upgrade():
                    _create()
                    if True:
                        with op.batch_alter_table("t", schema="s") as b:
                            b.add_column(sa.Column("c", sa.Text()))
                    op.get_bind()

                def downgrade():
                    op.create_table("only_in_downgrade")
                """);
        assertThat(m.upgradeOps())
                .extracting(MigrationModel.OpCall::name)
                .containsExactly("create_table", "add_column", "get_bind");
        assertThat(m.upgradeOps().get(1).inBatch()).isTrue();
        assertThat(m.addedColumns()).extracting(ColumnDef::name).containsExactly("c");
        assertThat(m.createdTables()).extracting(CreatedTable::name).containsExactly("made_in_helper");
    }

    @Test
    void bareImportsAndAliasesQualifyTypes() {
        MigrationModel m = read("""
                from alembic import op
                from sqlalchemy import Column, String as Str
                from sqlalchemy.dialects.postgresql import UUID

                def upgrade():
                    op.add_column("t", Column("a", Str(10)))
                    op.add_column("t", Column("b", UUID()))
                """);
        assertThat(m.addedColumns())
                .extracting(c -> c.type().qualified())
                .containsExactly("sqlalchemy.String", "sqlalchemy.dialects.postgresql.UUID");
        assertThat(m.localName("sqlalchemy.String")).hasValue("Str");
    }

    @Test
    void deeplyNestedBracketsDoNotExhaustTheStack() {
        String deep = "from alembic import op\nimport sqlalchemy as sa\n\ndef upgrade():\n    op.add_column(\"t\", "
                + "(".repeat(20_000) + "sa.Column(\"a\", sa.String(1))" + ")".repeat(20_000) + ")\n"
                + "    op.add_column(\"t\", sa.Column(\"b\", sa.String(2)))\n";
        MigrationModel m = read(deep);
        assertThat(m.addedColumns()).extracting(ColumnDef::name).contains("b");
    }

    /** The same operations in every import style Alembic allows: the canonical op list must not depend on it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "from alembic import op\n|op.",
                "from alembic import op as o\n|o.",
                "import alembic.op\n|alembic.op.",
                "import alembic\n|alembic.op.",
                "import alembic.op as aop\n|aop.",
                "from alembic.op import create_table, add_column, execute, drop_table as dt, batch_alter_table\n|",
            })
    void everyImportStyleGivesTheSameCanonicalOps(String spelling) {
        String[] parts = spelling.split("\\|", -1);
        String p = parts[1];
        String drop = p.isEmpty() ? "dt" : p + "drop_table";
        MigrationModel m = read(parts[0] + """
                import sqlalchemy as sqla
                from sqlalchemy.sql.expression import text

                SQL = "CREATE INDEX i ON t (a)"

                def _helper():
                    P.execute(text(SQL))

                def upgrade():
                    P.create_table("t", sqla.Column("id", sqla.Integer()))
                    if sqla:
                        for _ in range(2):
                            P.add_column("t", sqla.Column("a", sqla.types.String()))
                    with P.batch_alter_table("t") as bop:
                        bop.add_column(sqla.Column("b", sqla.Text()))
                    _helper()
                    DROP("t")

                def downgrade():
                    DROP("t")
                """.replace("DROP(", drop + "(").replace("P.", p));
        assertThat(m.upgradeOps())
                .extracting(MigrationModel.OpCall::name)
                .containsExactly("create_table", "add_column", "add_column", "execute", "drop_table");
        assertThat(m.upgradeOps())
                .extracting(MigrationModel.OpCall::conditional)
                .containsExactly(false, true, false, false, false);
        assertThat(m.upgradeOps())
                .extracting(MigrationModel.OpCall::inBatch)
                .containsExactly(false, false, true, false, false);
        assertThat(m.upgradeOps().get(3).helper().name()).isEqualTo("_helper");
        assertThat(m.upgradeOps().get(3).sqlText()).hasValue("CREATE INDEX i ON t (a)");
        assertThat(m.upgradeOps().get(0).bare()).isEqualTo(p.isEmpty());
        assertThat(m.addedColumns())
                .extracting(c -> c.type().qualified())
                .containsExactly("sqlalchemy.types.String", "sqlalchemy.Text");
        assertThat(m.downgradeOps()).extracting(MigrationModel.OpCall::name).containsExactly("drop_table");
    }

    @Test
    void aBareNameIsAnOperationOnlyWhenImportedFromAlembicOp() {
        MigrationModel m = read("""
                from alembic import op

                def create_table(name):
                    op.execute("SELECT 1")

                def upgrade():
                    create_table("x")
                    drop_table("y")
                """);
        assertThat(m.upgradeOps()).extracting(MigrationModel.OpCall::name).containsExactly("execute");
    }

    @Test
    void annotatedModuleConstantsResolveTypes() {
        MigrationModel m = read("""
                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy.types import TypeEngine

                STAMP: TypeEngine = sa.DateTime(timezone=True)
                NAME_TYPE: "TypeEngine" = sa.types.String(50)

                def upgrade():
                    op.add_column("t", sa.Column("at", STAMP))
                    op.add_column("t", sa.Column("name", NAME_TYPE))
                """);
        assertThat(m.addedColumns())
                .extracting(c -> c.type().qualified())
                .containsExactly("sqlalchemy.DateTime", "sqlalchemy.types.String");
        assertThat(m.addedColumns().get(0).type().argument(0, "timezone")).isPresent();
    }
}
