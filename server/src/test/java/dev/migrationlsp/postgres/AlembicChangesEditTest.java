package dev.migrationlsp.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing in an open migration: the SQL statements of {@code op.execute} that the previous version read are taken over,
 * not read again, and the changes (with where each statement now starts) equal a fresh read of the new text at every
 * step.
 */
class AlembicChangesEditTest {
    @TempDir
    Path root;

    private static final String SQL_TABLES = """
                op.execute(\"\"\"
                    CREATE TABLE users (
                        id uuid PRIMARY KEY,
                        email text NOT NULL
                    )
                \"\"\")
                op.execute("CREATE TABLE orgs (id uuid PRIMARY KEY, name text)")
                op.execute("ALTER TABLE users ADD COLUMN score int NOT NULL DEFAULT 0; CREATE INDEX ix_s ON users (score)")
            """;

    private static String migration(String before, String tables) {
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"a\"\ndown_revision = None\n\n\n"
                + "def upgrade():\n" + before + tables + "\n\ndef downgrade():\n    pass\n";
    }

    private Workspace workspace(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        return ws;
    }

    private static Document open(Workspace ws, Path file) {
        return ws.openDocument(file).orElseThrow();
    }

    private static List<PgChange> fresh(String text) {
        return AlembicChanges.read(MigrationModelReader.read(new SourceText(text)));
    }

    private static List<CreateTable> tables(List<PgChange> changes) {
        return changes.stream()
                .filter(CreateTable.class::isInstance)
                .map(CreateTable.class::cast)
                .toList();
    }

    @Test
    void sqlParsedInThePreviousVersionIsTakenOverAndEqualsAFreshRead() throws IOException {
        Path file = root.resolve("alembic/versions/a.py");
        String v1 = migration("", SQL_TABLES);
        Workspace ws = workspace(file, v1);
        ws.change(file, 1, v1);
        List<CreateTable> first = tables(AlembicChanges.of(open(ws, file)));
        assertThat(first).hasSize(2);
        assertThat(first.get(0).columns()).extracting(c -> c.name().name()).containsExactly("id", "email");

        // typing above the statements: every statement moves, none changes
        String before = "    op.add_column(\"users\", sa.Column(\"x\", sa.Text()))\n";
        for (int i = 1; i <= before.length(); i++) {
            String text = migration(before.substring(0, i), SQL_TABLES);
            ws.change(file, 1 + i, text);
            List<PgChange> changes = AlembicChanges.of(open(ws, file));
            assertThat(changes).isEqualTo(fresh(text));
            // the very column lists of the first version: not parsed again, also two and more versions later (while
            // the call above is half-typed its open bracket swallows the statements below: they are not operations)
            for (CreateTable t : tables(changes)) {
                assertThat(t.columns())
                        .isSameAs(first.get(t.table().name().equals("users") ? 0 : 1)
                                .columns());
            }
        }
        assertThat(tables(AlembicChanges.of(open(ws, file)))).hasSize(2);

        // typing inside a statement: that statement is read again, the other is still taken over
        String edited = SQL_TABLES.replace("name text", "name text, slug text");
        String text = migration(before, edited);
        ws.change(file, 1000, text);
        List<PgChange> changes = AlembicChanges.of(open(ws, file));
        assertThat(changes).isEqualTo(fresh(text));
        List<CreateTable> now = tables(changes);
        assertThat(now.get(0).columns()).isSameAs(first.get(0).columns());
        assertThat(now.get(1).columns()).extracting(c -> c.name().name()).containsExactly("id", "name", "slug");
    }

    @Test
    void statementsKeptAcrossVersionsStayWithinTwiceTheFilesLength() {
        // typing inside one statement makes a new statement text per keystroke: the old ones do not pile up
        SqlChanges.ParsedSql parsed = SqlChanges.ParsedSql.after(null, 2_000);
        String statement = "CREATE TABLE t (id uuid PRIMARY KEY, name text)";
        int length = 2_000;
        for (int i = 0; i < 500; i++) {
            parsed = SqlChanges.ParsedSql.after(parsed, length);
            parsed.put(statement + " -- " + i, List.of());
            // what is kept is at most twice the file's length (plus 1 KB) of statement text, then one is added
            assertThat(parsed.size()).isLessThanOrEqualTo((2 * length + 1024) / statement.length() + 1);
        }
        // and the statements of a version survive one that does not read them (a bracket left open above them)
        parsed = SqlChanges.ParsedSql.after(parsed, length);
        parsed = SqlChanges.ParsedSql.after(parsed, length);
        assertThat(parsed.get(statement + " -- 499")).isNotNull();
    }

    @Test
    void aHalfTypedStatementIsNotKnownAndDoesNotStickWhenCompleted() throws IOException {
        Path file = root.resolve("alembic/versions/a.py");
        String whole = "    op.execute(\"CREATE TABLE t (id uuid PRIMARY KEY, name text)\")\n";
        String v1 = migration("", whole);
        Workspace ws = workspace(file, v1);
        int version = 0;
        for (int cut = whole.indexOf("(id"); cut <= whole.length(); cut++) {
            String typed = whole.substring(0, cut);
            String text = migration("", typed.endsWith("\n") ? typed : typed + "\n");
            ws.change(file, ++version, text);
            assertThat(AlembicChanges.of(open(ws, file))).isEqualTo(fresh(text));
        }
        assertThat(tables(AlembicChanges.of(open(ws, file))).get(0).columnsKnown())
                .isTrue();
    }
}
