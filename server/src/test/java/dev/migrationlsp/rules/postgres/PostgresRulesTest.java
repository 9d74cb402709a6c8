package dev.migrationlsp.rules.postgres;

import static dev.migrationlsp.rules.postgres.PostgresDiagnostics.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.PyReader;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Exact ranges and exact fix output per rule. Lines and columns are 0-based. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRulesTest {
    static final String HEADER = """
            from alembic import op
            import sqlalchemy as sa
            from sqlalchemy.dialects.postgresql import UUID

            revision = "0001"
            down_revision = None


            """;

    PostgresDiagnostics diagnostics;

    @BeforeAll
    void setUp(@TempDir Path root) {
        diagnostics = new PostgresDiagnostics(root);
    }

    /** Header plus an upgrade() body; the body starts at line 9. */
    static String migration(String upgradeBody, String downgradeBody) {
        return HEADER + "def upgrade() -> None:\n" + upgradeBody + "\n\ndef downgrade() -> None:\n" + downgradeBody;
    }

    static final String DROP = "    op.drop_table(\"t\")\n";

    Finding only(String text, RuleCode code) {
        List<Finding> found = diagnostics.findings(text).stream()
                .filter(f -> f.code() == code)
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    String fixed(String text, RuleCode code) {
        Finding f = only(text, code);
        assertThat(f.fixes()).hasSize(1);
        return PostgresDiagnostics.apply(text, f.fixes().get(0));
    }

    @Nested
    class MissingOrgId {
        @Test
        void pointsAtTheTableName() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", UUID(as_uuid=True), primary_key=True),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )
                    """, DROP);
            diagnostics.testDiagnosticsFor(text, d(10, 8, 10, 11, RuleCode.MISSING_ORG_ID));
        }

        @Test
        void fixInsertsTheColumnAfterThePrimaryKeyInTheCallsLayout() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", UUID(as_uuid=True), primary_key=True),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )
                    """, DROP);
            assertThat(fixed(text, RuleCode.MISSING_ORG_ID))
                    .isEqualTo(
                            text.replace(
                                    "primary_key=True),\n",
                                    "primary_key=True),\n        sa.Column(\"org_id\", sa.Text(), nullable=False, server_default=\"default\"),\n"));
            assertThat(only(text, RuleCode.MISSING_ORG_ID).fixes().get(0).safe())
                    .isTrue();
        }

        @Test
        void oneLineCallGetsAnInlineArgumentAndBareImportsGetAnImport() {
            String text = """
                    from alembic import op
                    from sqlalchemy import Column, DateTime
                    from sqlalchemy.dialects.postgresql import UUID


                    def upgrade():
                        op.create_table("t", Column("id", UUID(as_uuid=True), primary_key=True), Column("created_at", DateTime(timezone=True)), Column("updated_at", DateTime(timezone=True)))


                    def downgrade():
                        op.drop_table("t")
                    """;
            String after = fixed(text, RuleCode.MISSING_ORG_ID);
            assertThat(after)
                    .contains("from sqlalchemy.dialects.postgresql import UUID\nfrom sqlalchemy import Text\n")
                    .contains(
                            "primary_key=True), Column(\"org_id\", Text(), nullable=False, server_default=\"default\"), Column(\"created_at\"");
            assertThat(PyReader.syntaxErrors(after)).as(after).isEmpty();
        }

        @Test
        void silentWhenColumnsComeFromElsewhere() {
            diagnostics.testDiagnosticsFor(migration("""
                        op.create_table("t", sa.Column("id", UUID(as_uuid=True), primary_key=True), *shared.COLUMNS)
                    """, DROP));
        }

        @Test
        void tablesCreatedInDowngradeAreNotChecked() {
            diagnostics.testDiagnosticsFor(migration(
                    "    op.drop_table(\"t\")\n",
                    "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True))\n"));
        }
    }

    @Nested
    class MissingTimestamps {
        @Test
        void fixAppendsBothColumnsAfterTheLastColumnKeepingTheTrailingComma() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", UUID(as_uuid=True), primary_key=True),
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.UniqueConstraint("org_id"),
                        )
                    """, DROP);
            diagnostics.testDiagnosticsFor(text, d(10, 8, 10, 11, RuleCode.MISSING_TIMESTAMPS));
            assertThat(fixed(text, RuleCode.MISSING_TIMESTAMPS))
                    .isEqualTo(
                            text.replace(
                                    "server_default=\"default\"),\n",
                                    "server_default=\"default\"),\n"
                                            + "        sa.Column(\"created_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n"
                                            + "        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n"));
        }

        @Test
        void withoutTrailingCommaTheFixAddsNone() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", UUID(as_uuid=True), primary_key=True),
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.Column("created_at", sa.DateTime(timezone=True))
                        )
                    """, DROP);
            Finding f = only(text, RuleCode.MISSING_TIMESTAMPS);
            assertThat(f.message()).contains("updated_at").doesNotContain("created_at");
            assertThat(fixed(text, RuleCode.MISSING_TIMESTAMPS))
                    .contains(
                            "sa.Column(\"created_at\", sa.DateTime(timezone=True)),\n"
                                    + "        sa.Column(\"updated_at\", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)\n    )");
        }
    }

    @Nested
    class NaiveTimestamp {
        @Test
        void rangeIsTheTypeCall() {
            String text = migration(
                    "    op.add_column(\"t\", sa.Column(\"seen_at\", sa.DateTime()))\n",
                    "    op.drop_column(\"t\", \"seen_at\")\n");
            diagnostics.testDiagnosticsFor(text, d(9, 44, 9, 57, RuleCode.NAIVE_TIMESTAMP));
            assertThat(fixed(text, RuleCode.NAIVE_TIMESTAMP)).contains("sa.DateTime(timezone=True)))");
        }

        @Test
        void bareClassFalseAndOtherArgumentsAreFixedInPlace() {
            assertThat(fixed(
                            migration("    op.add_column(\"t\", sa.Column(\"a\", sa.DateTime))\n", DROP),
                            RuleCode.NAIVE_TIMESTAMP))
                    .contains("sa.Column(\"a\", sa.DateTime(timezone=True)))");
            assertThat(fixed(
                            migration(
                                    "    op.add_column(\"t\", sa.Column(\"a\", sa.DateTime(timezone=False)))\n", DROP),
                            RuleCode.NAIVE_TIMESTAMP))
                    .contains("sa.DateTime(timezone=True)");
            assertThat(fixed(
                            migration("    op.add_column(\"t\", sa.Column(\"a\", sa.TIMESTAMP(precision=3)))\n", DROP),
                            RuleCode.NAIVE_TIMESTAMP))
                    .contains("sa.TIMESTAMP(precision=3, timezone=True)");
        }

        @Test
        void positionalTrueAndUnknownFlagsAreAccepted() {
            diagnostics.testDiagnosticsFor(migration(
                    "    op.add_column(\"t\", sa.Column(\"a\", sa.DateTime(True)))\n    op.add_column(\"t\", sa.Column(\"b\", sa.DateTime(timezone=TZ)))\n",
                    "    op.drop_column(\"t\", \"b\")\n    op.drop_column(\"t\", \"a\")\n"));
        }

        @Test
        void aSharedConstantIsOneFindingFixedWhereItIsWritten() {
            String text = HEADER.replace("revision = \"0001\"", "_TS = sa.DateTime()\nrevision = \"0001\"")
                    + "def upgrade():\n    op.add_column(\"t\", sa.Column(\"a\", _TS))\n    op.add_column(\"t\", sa.Column(\"b\", _TS))\n\n\n"
                    + "def downgrade():\n    op.drop_column(\"t\", \"b\")\n    op.drop_column(\"t\", \"a\")\n";
            diagnostics.testDiagnosticsFor(text, d(4, 6, 4, 19, RuleCode.NAIVE_TIMESTAMP));
            assertThat(fixed(text, RuleCode.NAIVE_TIMESTAMP)).contains("_TS = sa.DateTime(timezone=True)\n");
        }
    }

    @Nested
    class StringColumn {
        @Test
        void replacesTheWholeTypeWithText() {
            String text = migration(
                    "    op.add_column(\"t\", sa.Column(\"name\", sa.String(length=255), nullable=False))\n", DROP);
            diagnostics.testDiagnosticsFor(text, d(9, 41, 9, 62, RuleCode.STRING_COLUMN));
            assertThat(fixed(text, RuleCode.STRING_COLUMN)).contains("sa.Column(\"name\", sa.Text(), nullable=False)");
        }

        @Test
        void bareStringBecomesBareTextWithItsImport() {
            String text = """
                    from alembic import op
                    from sqlalchemy import Column, String


                    def upgrade():
                        op.add_column("t", Column("name", String(40)))


                    def downgrade():
                        op.drop_column("t", "name")
                    """;
            diagnostics.testDiagnosticsFor(text, d(5, 38, 5, 48, RuleCode.STRING_COLUMN));
            String after = fixed(text, RuleCode.STRING_COLUMN);
            assertThat(after)
                    .contains("from sqlalchemy import Column, String\nfrom sqlalchemy import Text\n")
                    .contains("Column(\"name\", Text())");
        }

        @Test
        void postgresqlVarcharAndAlterColumnTypesAreFlagged() {
            String text = """
                    from alembic import op
                    from sqlalchemy.dialects import postgresql


                    def upgrade():
                        op.alter_column("t", "code", type_=postgresql.VARCHAR(12))


                    def downgrade():
                        op.alter_column("t", "code", type_=postgresql.TEXT())
                    """;
            diagnostics.testDiagnosticsFor(text, d(5, 39, 5, 61, RuleCode.STRING_COLUMN));
        }
    }

    @Nested
    class NonUuidPrimaryKey {
        @Test
        void integerPrimaryKeyIsFlaggedAndTheFixIsUnsafe() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", sa.Integer(), autoincrement=True),
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                            sa.PrimaryKeyConstraint("id"),
                        )
                    """, DROP);
            diagnostics.testDiagnosticsFor(text, d(11, 24, 11, 36, RuleCode.NON_UUID_PRIMARY_KEY));
            Fix fix = only(text, RuleCode.NON_UUID_PRIMARY_KEY).fixes().get(0);
            assertThat(fix.safe()).isFalse();
            // SQLAlchemy refuses autoincrement=True on a UUID column: the fix drops it
            assertThat(PostgresDiagnostics.apply(text, fix)).contains("sa.Column(\"id\", UUID(as_uuid=True)),\n");
        }

        @Test
        void theFixDropsWhatOnlyAnIntegerKeyCanHaveInEveryLayout() {
            String inline = migration(
                    "    op.create_table(\"t\", sa.Column(\"id\", sa.BigInteger(), "
                            + "sa.Identity(always=True), primary_key=True, autoincrement=True))\n",
                    DROP);
            assertThat(fixed(inline, RuleCode.NON_UUID_PRIMARY_KEY))
                    .contains("op.create_table(\"t\", sa.Column(\"id\", UUID(as_uuid=True), primary_key=True))");
            String perLine = migration("""
                        op.create_table(
                            "t",
                            sa.Column(
                                "id",
                                sa.Integer(),
                                sa.Sequence("t_id_seq"),
                                server_default=sa.text("nextval('t_id_seq')"),
                                autoincrement=True,
                                primary_key=True,
                            ),
                        )
                    """, DROP);
            assertThat(fixed(perLine, RuleCode.NON_UUID_PRIMARY_KEY)).contains("""
                            sa.Column(
                                "id",
                                UUID(as_uuid=True),
                                primary_key=True,
                            ),
                    """);
            String lastArgument = migration(
                    "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), "
                            + "primary_key=True, server_default=\"1\"))\n",
                    DROP);
            assertThat(fixed(lastArgument, RuleCode.NON_UUID_PRIMARY_KEY))
                    .contains("sa.Column(\"id\", UUID(as_uuid=True), primary_key=True))");
        }

        @Test
        void dialectUuidNeedsAsUuidTrueAndTheFixAddsTheImport() {
            String text = """
                    from alembic import op
                    import sqlalchemy as sa
                    from sqlalchemy.dialects import postgresql


                    def upgrade():
                        op.create_table("t", sa.Column("id", postgresql.UUID(), primary_key=True))


                    def downgrade():
                        op.drop_table("t")
                    """;
            Finding f = only(text, RuleCode.NON_UUID_PRIMARY_KEY);
            assertThat(PostgresDiagnostics.toD(f)).isEqualTo(d(6, 41, 6, 58, RuleCode.NON_UUID_PRIMARY_KEY));
            assertThat(fixed(text, RuleCode.NON_UUID_PRIMARY_KEY))
                    .contains("sa.Column(\"id\", postgresql.UUID(as_uuid=True), primary_key=True)");

            String noImport = text.replace("from sqlalchemy.dialects import postgresql\n", "")
                    .replace("postgresql.UUID()", "sa.String(36)");
            assertThat(fixed(noImport, RuleCode.NON_UUID_PRIMARY_KEY))
                    .contains("import sqlalchemy as sa\nfrom sqlalchemy.dialects.postgresql import UUID\n")
                    .contains("sa.Column(\"id\", UUID(as_uuid=True), primary_key=True)");
        }

        @Test
        void compositeNaturalKeysAreNotSurrogateIds() {
            diagnostics.testDiagnosticsFor(migration("""
                        op.create_table(
                            "t",
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.Column("key", sa.Text(), nullable=False),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                            sa.PrimaryKeyConstraint("org_id", "key"),
                        )
                    """, DROP));
        }

        @Test
        void unknownPrimaryKeyTypesAreLeftAlone() {
            diagnostics.testDiagnosticsFor(migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", app_types.Key(), primary_key=True),
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )
                    """, DROP));
        }
    }

    @Nested
    class OrgIdType {
        @Test
        void wrongTypeMissingDefaultAndWrongDefaultPointAtTheCulprit() {
            String text = migration("""
                        op.add_column("a", sa.Column("org_id", sa.Integer(), server_default="default"))
                        op.add_column("b", sa.Column("org_id", sa.Text()))
                        op.add_column("c", sa.Column("org_id", sa.Text(), server_default="acme"))
                    """, "    op.drop_column(\"c\", \"org_id\")\n");
            diagnostics.testDiagnosticsFor(
                    text,
                    d(9, 43, 9, 55, RuleCode.ORG_ID_TYPE),
                    d(10, 33, 10, 41, RuleCode.ORG_ID_TYPE),
                    d(11, 69, 11, 75, RuleCode.ORG_ID_TYPE));
        }
    }

    @Nested
    class EmptyDowngrade {
        @Test
        void fixWritesTheInverseInReverseOrder() {
            String text = migration("""
                        op.create_table(
                            "t",
                            sa.Column("id", UUID(as_uuid=True), primary_key=True),
                            sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                            sa.Column("created_at", sa.DateTime(timezone=True)),
                            sa.Column("updated_at", sa.DateTime(timezone=True)),
                        )
                        op.create_index("ix_t_org", "t", ["org_id"])
                        op.add_column("u", sa.Column("t_id", UUID(as_uuid=True)))
                        op.create_foreign_key("fk_u_t", "u", "t", ["t_id"], ["id"])
                        op.create_unique_constraint("uq_u_t", "u", ["t_id"])
                        with op.batch_alter_table("v") as batch_op:
                            batch_op.add_column(sa.Column("note", sa.Text()))
                            batch_op.create_index("ix_v_note", ["note"])
                    """, "    pass\n");
            Finding f = only(text, RuleCode.EMPTY_DOWNGRADE);
            assertThat(PostgresDiagnostics.toD(f)).isEqualTo(d(25, 4, 25, 13, RuleCode.EMPTY_DOWNGRADE));
            assertThat(f.fixes().get(0).safe()).isTrue();
            String after = PostgresDiagnostics.apply(text, f.fixes().get(0));
            assertThat(after).endsWith("""
                    def downgrade() -> None:
                        with op.batch_alter_table("v") as batch_op:
                            batch_op.drop_index("ix_v_note")
                            batch_op.drop_column("note")
                        op.drop_constraint("uq_u_t", "u", type_="unique")
                        op.drop_constraint("fk_u_t", "u", type_="foreignkey")
                        op.drop_column("u", "t_id")
                        op.drop_index("ix_t_org", table_name="t")
                        op.drop_table("t")
                    """);
            assertThat(PyReader.syntaxErrors(after)).as(after).isEmpty();
        }

        @Test
        void opsWithoutAnInverseBecomeTodosAndMakeTheFixUnsafe() {
            String text = migration("    op.alter_column(\"t\", \"c\", nullable=False)\n", "    pass\n");
            Fix fix = only(text, RuleCode.EMPTY_DOWNGRADE).fixes().get(0);
            assertThat(fix.safe()).isFalse();
            String after = PostgresDiagnostics.apply(text, fix);
            assertThat(after).contains("    # TODO: reverse op.alter_column(...) from upgrade()\n");
        }

        @Test
        void oneLineDowngradeBecomesASuite() {
            String text = HEADER
                    + "def upgrade():\n    op.create_table(\"t\", sa.Column(\"id\", UUID(as_uuid=True), primary_key=True))\n\n\n"
                    + "def downgrade(): pass\n";
            String after = fixed(text, RuleCode.EMPTY_DOWNGRADE);
            assertThat(after).endsWith("def downgrade():\n    op.drop_table(\"t\")\n");
            assertThat(PyReader.syntaxErrors(after)).as(after).isEmpty();
        }

        @Test
        void dataOnlyUpgradesAndRealDowngradesAreFine() {
            diagnostics.testDiagnosticsFor(migration("    op.execute(\"UPDATE t SET a = 1\")\n", "    pass\n"));
            diagnostics.testDiagnosticsFor(migration(
                    "    op.drop_column(\"t\", \"a\")\n", "    op.add_column(\"t\", sa.Column(\"a\", sa.Text()))\n"));
        }
    }

    @Nested
    class AutogenerateStyle {
        @Test
        void fixesFollowSingleQuotesAndTheFlatArgumentLayout() {
            String text = PostgresFixturesTest.load("autogenerate_style.py");
            assertThat(fixed(text, RuleCode.MISSING_ORG_ID))
                    .contains("    sa.Column('id', sa.Integer(), nullable=False),  # expect[non-uuid-primary-key]\n"
                            + "    sa.Column('org_id', sa.Text(), nullable=False, server_default='default'),\n"
                            + "    sa.Column('name',");
            assertThat(fixed(text, RuleCode.MISSING_TIMESTAMPS))
                    .contains("    sa.Column('joined', sa.DateTime(), nullable=True),  # expect[naive-timestamp]\n"
                            + "    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n"
                            + "    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),\n"
                            + "    sa.PrimaryKeyConstraint('id')\n");
            assertThat(fixed(text, RuleCode.EMPTY_DOWNGRADE))
                    .contains("    # ### commands auto generated by Alembic - please adjust! ###\n"
                            + "    op.drop_constraint('uq_user_account_name', 'user_account', type_='unique')\n"
                            + "    op.drop_index(op.f('ix_user_account_name'), table_name='user_account')\n"
                            + "    op.drop_table('user_account')\n"
                            + "    # ### end Alembic commands ###\n");
        }
    }

    @Nested
    class HalfTyped {
        @Test
        void neverThrowsOnAnyPrefixOfAMigration() {
            String full = PostgresFixturesTest.load("bad_conventions.py")
                    + PostgresFixturesTest.load("good_constants_helpers.py");
            // the Analyzer logs and skips a rule that throws, so call the rules themselves to see exceptions
            java.util.List<dev.migrationlsp.rules.DocumentRule> rules = diagnostics.documentRules();
            assertThat(rules.stream().map(dev.migrationlsp.rules.DocumentRule::code))
                    .containsAll(PostgresDiagnostics.POSTGRES);
            int findings = 0;
            for (int cut = 0; cut <= full.length(); cut += 3) {
                var doc = new dev.migrationlsp.workspace.Document(
                        Path.of("/w/alembic/versions/x.py"),
                        dev.migrationlsp.workspace.FileKind.ALEMBIC,
                        full.substring(0, cut),
                        cut,
                        true);
                var ctx = new dev.migrationlsp.rules.DocumentContext(
                        null, doc, dev.migrationlsp.core.CancelChecker.NEVER);
                for (var rule : rules) {
                    if (rule.appliesTo(doc.kind()) && PostgresDiagnostics.POSTGRES.contains(rule.code())) {
                        findings += rule.check(ctx).size();
                    }
                }
            }
            assertThat(findings).as("prefixes still produce findings").isPositive();
        }
    }
}
