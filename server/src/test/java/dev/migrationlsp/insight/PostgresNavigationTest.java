package dev.migrationlsp.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, definition, references and completion on PostgreSQL table and column names ({@code $0} marks the cursor). */
class PostgresNavigationTest {
    @TempDir
    Path root;

    Navigation nav;
    Path versions;
    Path a;

    static String revision(String id, String down, String body) {
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + id + "\"\ndown_revision = " + down
                + "\n\n\ndef upgrade():\n" + body + "\n\ndef downgrade():\n    pass\n";
    }

    @BeforeEach
    void setUp() throws IOException {
        versions = Files.createDirectories(root.resolve("alembic/versions"));
        a = Files.writeString(versions.resolve("a.py"), revision("a", "None", """
                    op.create_table(
                        "users",
                        sa.Column("id", sa.Integer(), primary_key=True),
                        sa.Column("email", sa.String(100), nullable=False),
                    )
                """));
        Files.writeString(
                versions.resolve("b.py"),
                revision("b", "\"a\"", "    op.add_column(\"users\", sa.Column(\"name\", sa.Text()))\n"));
        nav = new Navigation(java.util.List.of(new AlembicNavigation(), new PostgresNavigation()));
    }

    /** Opens {@code text} (with a {@code $0} cursor) as revision c and returns the snapshot and the cursor offset. */
    record At(WorkspaceSnapshot ws, Path file, int offset) {}

    At open(String body) {
        String text = revision("c", "\"b\"", body);
        int offset = text.indexOf("$0");
        Path file = versions.resolve("c.py").toAbsolutePath().normalize();
        Workspace w = new Workspace(root, new ConfigLoader());
        w.load(Map.of());
        return new At(w.open(file, 1, text.replace("$0", "")), file, offset);
    }

    @Test
    void hoverShowsColumnsTypesAndHistory() {
        At at = open("    op.alter_column(\"us$0ers\", \"email\", type_=sa.Text())\n");
        String md = nav.hover(at.ws(), at.file(), at.offset()).orElseThrow().markdown();
        assertThat(md)
                .contains("table users")
                .contains("| email | `text NOT NULL` |")
                .contains("| name | `text` |")
                .contains("revision a")
                .contains("revision b")
                .contains("revision c");
        At col = open("    op.alter_column(\"users\", \"em$0ail\", type_=sa.Text())\n");
        assertThat(nav.hover(col.ws(), col.file(), col.offset()).orElseThrow().markdown())
                .contains("users.email")
                .contains("Created by revision a")
                .contains("Changed by revision c");
    }

    @Test
    void definitionAndReferences() throws IOException {
        At at = open("    op.drop_column(\"us$0ers\", \"name\")\n");
        List<FileLocation> def = nav.definition(at.ws(), at.file(), at.offset());
        assertThat(def).singleElement().satisfies(l -> {
            assertThat(l.file()).isEqualTo(a.toAbsolutePath().normalize());
            assertThat(l.span().start().line()).isEqualTo(9); // "users" in create_table
        });
        List<FileLocation> refs = nav.references(at.ws(), at.file(), at.offset(), true);
        assertThat(refs).extracting(l -> l.file().getFileName().toString()).containsExactly("a.py", "b.py", "c.py");
        At col = open("    op.drop_column(\"users\", \"na$0me\")\n");
        assertThat(nav.definition(col.ws(), col.file(), col.offset()))
                .singleElement()
                .satisfies(l -> assertThat(l.file().getFileName().toString()).isEqualTo("b.py"));
    }

    @Test
    void completesTablesAndColumnsInOperations() {
        At tables = open("    op.add_column(\"$0\", sa.Column(\"x\", sa.Text()))\n");
        assertThat(nav.complete(tables.ws(), tables.file(), tables.offset()))
                .extracting(Completion::label)
                .containsExactly("users");
        At columns = open("    op.alter_column(\"users\", \"e$0\", nullable=True)\n");
        assertThat(nav.complete(columns.ws(), columns.file(), columns.offset()))
                .extracting(Completion::label)
                .containsExactly("id", "email", "name");
    }
}
