package dev.migrationlsp.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.SetLockTimeout;
import dev.migrationlsp.postgres.PgChange.Unknown;
import dev.migrationlsp.postgres.PgSchema.Lookup;
import dev.migrationlsp.postgres.PgSchema.Status;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replayed PostgreSQL schema: op calls, batch operations, SQL in op.execute, branches, renames and unknowns. */
class PgSchemaTest {
    @TempDir
    Path root;

    static String revision(String id, String down, String body) {
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + id + "\"\ndown_revision = " + down
                + "\n\n\ndef upgrade():\n" + body + "\n\ndef downgrade():\n    pass\n";
    }

    Path write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve("alembic/versions"));
        return Files.writeString(dir.resolve(name), text);
    }

    WorkspaceSnapshot load() {
        return new Workspace(root, new ConfigLoader()).load(Map.of());
    }

    @Test
    void replaysOperationsInGraphOrderWithOrigins() throws IOException {
        Path a = write("a.py", revision("a", "None", """
                    op.create_table(
                        "users",
                        sa.Column("id", sa.Integer(), primary_key=True),
                        sa.Column("email", sa.String(100), nullable=False),
                    )
                """));
        // file order puts c before b: the graph decides
        Path c = write("0_c.py", revision("c", "\"b\"", """
                    op.alter_column("users", "email", type_=sa.Text())
                    op.execute("ALTER TABLE users ADD COLUMN score numeric(10, 2) NOT NULL DEFAULT 0")
                    with op.batch_alter_table("users") as batch_op:
                        batch_op.alter_column("name", new_column_name="full_name", nullable=False)
                        batch_op.drop_column("legacy")
                """));
        Path b = write("b.py", revision("b", "\"a\"", """
                    op.add_column("users", sa.Column("name", sa.String(20)))
                    op.add_column("users", sa.Column("legacy", sa.Boolean()))
                    op.create_index("ix_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)
                """));
        WorkspaceSnapshot ws = load();
        PgSchema schema = PgSchema.of(ws);
        assertThat(schema.revisions().stream().map(PgSchema.Revision::id)).containsExactly("a", "b", "c");

        Lookup beforeB = schema.table(b.toAbsolutePath().normalize(), 0, "users");
        assertThat(beforeB.exists()).isTrue();
        assertThat(beforeB.table().columns().keySet()).containsExactly("id", "email");
        assertThat(beforeB.table().column("email").get().type().display()).isEqualTo("varchar(100)");
        assertThat(beforeB.table().column("email").get().nullable()).isFalse();

        Path cn = c.toAbsolutePath().normalize();
        Lookup beforeC = schema.table(cn, 0, "users");
        assertThat(beforeC.table().columns().keySet()).containsExactly("id", "email", "name", "legacy");
        assertThat(beforeC.table().indexes()).containsKey("ix_users_email");

        PgTable end = schema.tableAtEnd("users").table();
        assertThat(end.columns().keySet()).containsExactly("id", "email", "full_name", "score");
        assertThat(end.column("email").get().type().name()).isEqualTo("text");
        assertThat(end.column("score").get().type().display()).isEqualTo("numeric(10, 2)");
        assertThat(end.column("score").get().nullable()).isFalse();
        assertThat(end.column("full_name").get().nullable()).isFalse();
        assertThat(end.column("full_name").get().created().revision()).isEqualTo("b");
        assertThat(end.column("full_name").get().altered())
                .extracting(PgTable.Origin::revision)
                .containsExactly("c");
        // the origin is the table name's range in the create_table call
        PgTable.Origin created = end.created();
        assertThat(created.file()).isEqualTo(a.toAbsolutePath().normalize());
        assertThat(new SourceText(Files.readString(a)).slice(created.start(), created.end()))
                .isEqualTo("\"users\"");
        assertThat(schema.references("users")).hasSize(8);
    }

    @Test
    void branchesSeeOnlyTheirAncestorsAndRenamesCarryTheTable() throws IOException {
        write("a.py", revision("a", "None", "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer()))\n"));
        Path left = write("b.py", revision("b", "\"a\"", "    op.add_column(\"t\", sa.Column(\"left\", sa.Text()))\n"));
        Path right = write("c.py", revision("c", "\"a\"", "    op.rename_table(\"t\", \"u\")\n"));
        Path merge = write("d.py", revision("d", "(\"b\", \"c\")", "    op.drop_column(\"u\", \"id\")\n"));
        PgSchema schema = PgSchema.of(load());
        Path r = right.toAbsolutePath().normalize();
        assertThat(schema.table(r, 0, "t").table().columns().keySet()).containsExactly("id"); // no "left": other branch
        assertThat(schema.table(r, 1, "t").status()).isEqualTo(Status.ABSENT);
        assertThat(schema.table(left.toAbsolutePath().normalize(), 1, "u").status())
                .isEqualTo(Status.ABSENT);
        Lookup atMerge = schema.table(merge.toAbsolutePath().normalize(), 0, "u");
        assertThat(atMerge.table().columns().keySet()).containsExactly("id", "left");
        assertThat(schema.tableAtEnd("t").table().columns().keySet()).containsExactly("left");
    }

    @Test
    void anEditReReadsOneRevisionAndAgreesWithAFullReplay() throws IOException {
        write("a.py", revision("a", "None", "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer()))\n"));
        Path b = write("b.py", revision("b", "\"a\"", "    op.add_column(\"t\", sa.Column(\"x\", sa.Text()))\n"));
        write("c.py", revision("c", "\"b\"", "    op.alter_column(\"t\", \"x\", nullable=False)\n"));
        Workspace w = new Workspace(root, new ConfigLoader());
        WorkspaceSnapshot first = w.load(Map.of());
        PgSchema before = PgSchema.of(first);
        Path bn = b.toAbsolutePath().normalize();
        String edited = revision(
                "b",
                "\"a\"",
                "    op.add_column(\"t\", sa.Column(\"y\", sa.Text()))\n"
                        + "    op.create_table(\"u\", sa.Column(\"id\", sa.Integer()))\n");
        WorkspaceSnapshot second = w.open(bn, 1, edited);
        assertThat(second.revisionGraph()).isSameAs(first.revisionGraph()); // a body edit keeps the graph
        PgSchema after = PgSchema.of(second);
        // unchanged revisions keep their change lists; the edited one is read again
        assertThat(after.revisions().get(0).changes())
                .isSameAs(before.revisions().get(0).changes());
        assertThat(after.revisions().get(1).changes())
                .isNotSameAs(before.revisions().get(1).changes());
        Files.writeString(b, edited);
        PgSchema full = PgSchema.of(new Workspace(root, new ConfigLoader()).load(Map.of()));
        for (String table : List.of("t", "u")) {
            assertThat(after.tableAtEnd(table).table().columns().keySet())
                    .isEqualTo(full.tableAtEnd(table).table().columns().keySet());
        }
        assertThat(after.tableAtEnd("t").table().columns().keySet()).containsExactly("id", "y", "x");
        assertThat(after.tableNames()).containsExactly("t", "u");
        assertThat(before.tableAtEnd("t").table().columns().keySet()).containsExactly("id", "x");
        // and back: typing again derives from the derived schema
        PgSchema third = PgSchema.of(w.change(bn, 2, revision("b", "\"a\"", "    pass\n")));
        assertThat(third.tableNames()).containsExactly("t");
        assertThat(third.tableAtEnd("t").table().columns().keySet()).containsExactly("id", "x");
    }

    @Test
    void unknownPartsStayUnknown() throws IOException {
        write(
                "a.py",
                "from alembic import op\nfrom app.schema import make_tables\nrevision = \"a\"\ndown_revision = None\n\n"
                        + "def upgrade():\n    make_tables(op)\n    op.execute(f\"ALTER TABLE {name} ADD COLUMN x int\")\n");
        Path b = write("b.py", revision("b", "\"a\"", "    op.add_column(\"widgets\", sa.Column(\"x\", sa.Text()))\n"));
        PgSchema schema = PgSchema.of(load());
        // no revision creates widgets, but a helper and dynamic SQL ran before: its absence is not known
        assertThat(schema.table(b.toAbsolutePath().normalize(), 0, "widgets").status())
                .isEqualTo(Status.UNKNOWN);
        assertThat(schema.revisions().get(0).changes())
                .hasSize(2)
                .allMatch(c -> c instanceof Unknown u && u.table() == null);
    }

    @Test
    void readsSqlInExecute() {
        List<PgChange> changes = AlembicChanges.read(new SourceText(revision("a", "None", """
                    op.execute("SET lock_timeout = '2s'")
                    op.execute(sa.text("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_a ON public.t (a) WHERE b IS NULL"))
                    op.execute(\"\"\"
                        ALTER TABLE t ADD CONSTRAINT fk_t_u FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;
                        ALTER TABLE t VALIDATE CONSTRAINT fk_t_u;
                        UPDATE t SET a = 1;
                    \"\"\")
                    op.execute("ALTER TABLE t ADD CONSTRAINT uq_t_a UNIQUE USING INDEX ix_t_a")
                    op.execute("CREATE TABLE v (id uuid PRIMARY KEY, name varchar(20) NOT NULL DEFAULT 'x')")
                """)));
        assertThat(changes)
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly(
                        "SetLockTimeout",
                        "CreateIndex",
                        "AddConstraint",
                        "ValidateConstraint",
                        "AddConstraint",
                        "CreateTable");
        assertThat(changes.get(0)).isInstanceOf(SetLockTimeout.class);
        CreateIndex ix = (CreateIndex) changes.get(1);
        assertThat(ix.concurrently()).isTrue();
        assertThat(ix.partial()).isTrue();
        assertThat(ix.table().name()).isEqualTo("t");
        assertThat(ix.columns()).containsExactly("a");
        AddConstraint fk = (AddConstraint) changes.get(2);
        assertThat(fk.notValid()).isTrue();
        assertThat(fk.referred().name()).isEqualTo("u");
        assertThat(((AddConstraint) changes.get(4)).usingIndex()).isEqualTo("ix_t_a");
        PgChange.CreateTable v = (PgChange.CreateTable) changes.get(5);
        assertThat(v.columns())
                .extracting(col -> col.name().name() + ":" + col.type().display() + ":" + col.nullable() + ":"
                        + col.serverDefault())
                .containsExactly("id:uuid:false:null", "name:varchar(20):false:'x'");
        // the SQL statement's start maps into the file
        String text = revision("a", "None", "    op.execute(\"ALTER TABLE t DROP COLUMN a\")\n");
        PgChange drop = AlembicChanges.read(new SourceText(text)).get(0);
        assertThat(text.substring(drop.site().sqlStart())).startsWith("ALTER TABLE t DROP COLUMN a\")");
    }

    /**
     * Expression and operator-class index keys in op.execute SQL (as Prefect's and Indico's histories write them) are
     * unknown columns, not a failure of the whole schema model: an exception there silenced every rule on the history.
     */
    @Test
    void readsExpressionIndexKeysInExecuteSql() {
        List<PgChange> changes = AlembicChanges.read(new SourceText(revision("a", "None", """
                    op.execute("CREATE INDEX CONCURRENTLY ix_doc_name ON doc USING gin (name gin_trgm_ops)")
                    op.execute("CREATE UNIQUE INDEX ix_aff_code ON aff (lower(code), kind)")
                    op.execute("ALTER TABLE aff ADD CONSTRAINT uq_aff UNIQUE (kind, (lower(code)))")
                """)));
        assertThat(changes)
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("CreateIndex", "CreateIndex", "AddConstraint");
        assertThat(((CreateIndex) changes.get(0)).columns()).containsExactly((String) null);
        assertThat(((CreateIndex) changes.get(1)).columns()).containsExactly(null, "kind");
        assertThat(((AddConstraint) changes.get(2)).columns()).containsExactly("kind", null);
    }

    @Test
    void typeRewrites() {
        assertThat(PgType.sql("varchar(10)").rewriteTo(PgType.sql("varchar(20)")))
                .isEqualTo(PgType.Rewrite.NO);
        assertThat(PgType.sql("varchar(20)").rewriteTo(PgType.sql("character varying(10)")))
                .isEqualTo(PgType.Rewrite.YES);
        assertThat(PgType.sql("varchar(20)").rewriteTo(PgType.sql("text"))).isEqualTo(PgType.Rewrite.NO);
        assertThat(PgType.sql("text").rewriteTo(PgType.sql("varchar(20)"))).isEqualTo(PgType.Rewrite.YES);
        assertThat(PgType.sql("numeric(10,2)").rewriteTo(PgType.sql("numeric(12, 2)")))
                .isEqualTo(PgType.Rewrite.NO);
        assertThat(PgType.sql("numeric(10,2)").rewriteTo(PgType.sql("numeric(12, 3)")))
                .isEqualTo(PgType.Rewrite.YES);
        assertThat(PgType.sql("int").rewriteTo(PgType.sql("bigint"))).isEqualTo(PgType.Rewrite.YES);
        assertThat(PgType.sql("int").rewriteTo(PgType.sql("my_domain"))).isEqualTo(PgType.Rewrite.UNKNOWN);
    }
}
