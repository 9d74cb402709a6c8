package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.lsp.TestServer;
import dev.migrationlsp.testing.RealPostgres;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.testing.RealTools.Result;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/**
 * Every quick fix the rules offer on PostgreSQL migrations leaves a migration that real Alembic renders
 * ({@code upgrade heads --sql}) and real PostgreSQL runs ({@code upgrade heads} on an empty database): each fix alone,
 * and all of them together through the server's {@code source.fixAll}. The fixes are read from the analysis, not
 * listed here, so a new rule's fix is covered as soon as it fires on these generated migrations.
 */
class PostgresFixesRunIT {
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";

    /** Generated migrations in the shapes people write (one per line, compact), violating every convention. */
    static final Map<String, String> GENERATED = new LinkedHashMap<>();

    static {
        GENERATED.put("0007_create_widgets.py", header("0007", "0006", "Create widgets.") + """
                def upgrade() -> None:
                    op.create_table(
                        "widgets",
                        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                        sa.Column("name", sa.String(50), nullable=False),
                        sa.Column("seen_at", sa.DateTime(), nullable=True),
                    )
                    op.add_column("users", sa.Column("nickname", sa.String(length=20), nullable=True))


                def downgrade() -> None:
                    pass
                """);
        GENERATED.put("0008_create_gadgets.py", header("0008", "0007", "Create gadgets.") + """
                def upgrade() -> None:
                    op.create_table("gadgets", sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
                                    sa.Column("org_id", sa.Integer(), nullable=False),
                                    sa.Column("label", sa.String(), nullable=True),
                                    sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(),
                                              nullable=False),
                                    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
                    op.create_table(
                        "gadget_parts",
                        sa.Column("id", sa.Integer(), server_default=sa.text("1"), nullable=False),
                        sa.Column("org_id", sa.Text(), nullable=False),
                        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
                        sa.PrimaryKeyConstraint("id"),
                    )


                def downgrade() -> None:
                    op.drop_table("gadget_parts")
                    op.drop_table("gadgets")
                """);
        // safety hazards on tables an earlier generated migration created
        GENERATED.put("0009_alter_widgets.py", header("0009", "0008", "Alter widgets.") + """
                def upgrade() -> None:
                    op.add_column("widgets", sa.Column("plan", sa.Text(), nullable=False))
                    op.add_column(
                        "widgets",
                        sa.Column(
                            "token",
                            sa.Text(),
                            server_default=sa.text("gen_random_uuid()"),
                            nullable=True,
                        ),
                    )
                    op.add_column("widgets", sa.Column("visits", sa.Integer(), nullable=False))
                    op.rename_table("gadget_parts", "parts")


                def downgrade() -> None:
                    op.rename_table("parts", "gadget_parts")
                    op.drop_column("widgets", "visits")
                    op.drop_column("widgets", "token")
                    op.drop_column("widgets", "plan")
                """);
        // a file that imports its operations bare: the fixes import what they call the same way
        GENERATED.put(
                "0010_index_widgets.py",
                header("0010", "0009", "Index widgets.")
                                .replace(
                                        "from alembic import op\n", "from alembic.op import create_index, add_column\n")
                        + """
                def upgrade() -> None:
                    create_index("ix_widgets_name", "widgets", ["name"])
                    add_column("widgets", sa.Column("note", sa.Text(), nullable=False))


                def downgrade() -> None:
                    pass
                """);
        // DDL as raw SQL in op.execute: the fixes edit the string and add their steps around it (the foreign key is
        // on widgets itself, so the primary-key type fixes change both sides)
        GENERATED.put("0011_sql_widgets.py", header("0011", "0010", "Constrain widgets in SQL.") + """
                def upgrade() -> None:
                    op.execute("ALTER TABLE widgets ADD CONSTRAINT fk_widgets_self FOREIGN KEY (id) REFERENCES widgets (id)")
                    op.execute(sa.text("ALTER TABLE widgets ADD CONSTRAINT ck_widgets_visits CHECK (visits >= 0);"))
                    op.execute(\"\"\"
                        ALTER TABLE widgets
                        ALTER COLUMN seen_at SET NOT NULL
                    \"\"\")
                    op.execute("ALTER TABLE widgets ADD COLUMN rank integer NOT NULL")
                    op.execute("ALTER TABLE widgets ADD COLUMN ref uuid DEFAULT gen_random_uuid()")
                    op.execute("ALTER TABLE widgets ADD CONSTRAINT uq_widgets_name UNIQUE (name)")


                def downgrade() -> None:
                    pass
                """);
    }

    static String header(String revision, String down, String description) {
        return "\"\"\"" + description + "\n\nRevision ID: " + revision + "\nRevises: " + down + "\n\"\"\"\n\n"
                + "from alembic import op\nimport sqlalchemy as sa\n\n"
                + "revision = \"" + revision + "\"\ndown_revision = \"" + down + "\"\nbranch_labels = None\n"
                + "depends_on = None\n\n\n";
    }

    record Variant(String name, Map<String, String> files) {}

    @Test
    void everyFixAloneAndAllTogetherRendersAndRuns() throws Exception {
        RealTools.requirePython("alembic", "psycopg2", "sqlalchemy");
        Path root = TestServer.copyOfExamples();
        for (var e : GENERATED.entrySet()) {
            Files.writeString(root.resolve(VERSIONS).resolve(e.getKey()), e.getValue());
        }
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("as generated", GENERATED));
        Set<RuleCode> fixedCodes = new TreeSet<>();
        Set<String> withSafeFix = new TreeSet<>();
        Set<String> fixedIn = new TreeSet<>();

        // each fix alone, as the rules offer them
        CoreWiring core = new CoreWiring();
        Workspace workspace = new Workspace(root, core.configLoader());
        WorkspaceSnapshot snapshot = workspace.load(Map.of());
        Analyzer analyzer = core.analyzer();
        for (String name : GENERATED.keySet()) {
            Path file = root.resolve(VERSIONS).resolve(name);
            for (Finding f : analyzer.analyze(snapshot, file, CancelChecker.NEVER)) {
                for (int k = 0; k < f.fixes().size(); k++) {
                    Fix fix = f.fixes().get(k);
                    assertThat(fix.edits())
                            .as(fix.title())
                            .allSatisfy(edit -> assertThat(edit)
                                    .isInstanceOfSatisfying(
                                            Edit.Replace.class,
                                            r -> assertThat(r.file()).isEqualTo(file)));
                    Map<String, String> files = new LinkedHashMap<>(GENERATED);
                    files.put(name, PostgresDiagnostics.apply(GENERATED.get(name), fix));
                    variants.add(new Variant(
                            name + " line " + (f.span().start().line() + 1) + " "
                                    + f.code().id() + ": " + fix.title(),
                            files));
                    fixedCodes.add(f.code());
                    fixedIn.add(name + " " + f.code().id());
                    if (fix.safe()) {
                        withSafeFix.add(name);
                    }
                }
            }
        }
        // the generated migrations exercise the fixes this test was written for
        assertThat(fixedCodes)
                .contains(
                        RuleCode.NON_UUID_PRIMARY_KEY,
                        RuleCode.STRING_COLUMN,
                        RuleCode.NAIVE_TIMESTAMP,
                        RuleCode.MISSING_ORG_ID,
                        RuleCode.MISSING_TIMESTAMPS,
                        RuleCode.ORG_ID_TYPE,
                        RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT,
                        RuleCode.VOLATILE_DEFAULT,
                        RuleCode.RENAME_BREAKS_CODE);
        assertThat(fixedIn)
                .contains(
                        "0011_sql_widgets.py constraint-not-valid",
                        "0011_sql_widgets.py set-not-null",
                        "0011_sql_widgets.py missing-lock-timeout",
                        "0011_sql_widgets.py required-column-without-default",
                        "0011_sql_widgets.py volatile-default",
                        "0011_sql_widgets.py unique-constraint-without-index");

        // all together, through the server's fix-all code action
        Map<String, String> fixedAll = new LinkedHashMap<>();
        try (TestServer ts = TestServer.start(root)) {
            for (var e : GENERATED.entrySet()) {
                String uri = ts.open(root.resolve(VERSIONS).resolve(e.getKey()), e.getValue());
                List<CodeAction> actions = PostgresCodeActionsIT.actions(
                        ts,
                        uri,
                        new Range(new Position(0, 0), new Position(0, 0)),
                        List.of(),
                        List.of("source.fixAll"));
                // fix-all is offered where a safe fix is (the safety fixes are all unsafe)
                assertThat(actions).as(e.getKey()).hasSize(withSafeFix.contains(e.getKey()) ? 1 : 0);
                if (actions.isEmpty()) {
                    fixedAll.put(e.getKey(), e.getValue());
                    continue;
                }
                fixedAll.put(
                        e.getKey(),
                        PostgresCodeActionsIT.apply(
                                e.getValue(),
                                PostgresCodeActionsIT.resolve(ts, actions.get(0))
                                        .getEdit(),
                                uri));
            }
        }
        variants.add(new Variant("source.fixAll", fixedAll));

        SoftAssertions soft = new SoftAssertions();
        try (RealPostgres postgres = RealPostgres.start()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                names.add("fixes_" + i);
            }
            List<String> urls = postgres.createDatabases(names);
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                for (var e : v.files().entrySet()) {
                    Files.writeString(root.resolve(VERSIONS).resolve(e.getKey()), e.getValue());
                }
                Map<String, String> env = Map.of("DATABASE_URL", urls.get(i));
                Result offline = alembic(root, env, "upgrade", "heads", "--sql");
                soft.assertThat(offline.exit())
                        .as(v.name() + " upgrade --sql:\n" + offline.out() + "\n" + v.files())
                        .isZero();
                soft.assertThat(offline.out())
                        .as(v.name())
                        .contains("CREATE TABLE widgets")
                        .contains("CREATE TABLE gadgets");
                Result online = alembic(root, env, "upgrade", "heads");
                soft.assertThat(online.exit())
                        .as(v.name() + " upgrade:\n" + online.out() + "\n" + v.files())
                        .isZero();
            }
        }
        soft.assertAll();
    }

    private static Result alembic(Path root, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(RealTools.PYTHON.toString(), "-m", "alembic", "-c", "alembic.ini"));
        cmd.addAll(List.of(args));
        return RealTools.run(cmd, root, env);
    }
}
