package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Incremental reparsing of open documents gives the same tree as a fresh parse, edit after edit. */
class AlembicScriptsTest {
    static final String BASE = """
            \"\"\"Create things.\"\"\"
            from alembic import op
            import sqlalchemy as sa

            revision = "0001"
            down_revision = None


            def upgrade() -> None:
                op.create_table(
                    "things",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("name", sa.String(40)),
                )


            def downgrade() -> None:
                op.drop_table("things")
            """;

    final PythonParser python = new PythonParser();
    final AlembicScripts scripts = new AlembicScripts(python);
    final Path path = Path.of("/w/alembic/versions/0001_things.py");

    @Test
    void randomEditsReparseToTheSameTreeAsAFullParse() {
        Random random = new Random(42);
        String text = BASE;
        String[] inserts = {"x", "(", ")", "\n", "    ", "sa.Column(\"é\", sa.Text()),\n", "\"", "#", "é漢", ""};
        for (int version = 1; version <= 200; version++) {
            int start = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), start + random.nextInt(6));
            text = text.substring(0, start) + inserts[random.nextInt(inserts.length)] + text.substring(end);
            AlembicScript incremental = scripts.script(new Document(path, FileKind.ALEMBIC, text, version, true));
            String full = python.parse(text).getRootNode().toString();
            assertThat(incremental.root().toString()).as("after edit %d", version).isEqualTo(full);
        }
    }

    @Test
    void theHeaderIsReadFromTheIncrementalTree() {
        scripts.script(new Document(path, FileKind.ALEMBIC, BASE, 1, true));
        AlembicScript s = scripts.script(new Document(path, FileKind.ALEMBIC, BASE.replace("\"0001\"", "\"0002\""), 2, true));
        assertThat(s.header().revision()).hasValueSatisfying(a -> assertThat(a.literals().get(0).value()).isEqualTo("0002"));
        assertThat(s.hasSyntaxErrors()).isFalse();
    }

    @Test
    void documentsOfOneVersionParseOnceAndClosedFilesKeepNoTree() {
        Document d = new Document(path, FileKind.ALEMBIC, BASE, 1, true);
        assertThat(scripts.script(d)).isSameAs(scripts.script(d));
        assertThat(scripts.model(d)).isSameAs(scripts.model(d));
        Document disk = new Document(path, FileKind.ALEMBIC, BASE + "\n", -1, false);
        assertThat(scripts.script(disk).root().toString()).isEqualTo(python.parse(BASE + "\n").getRootNode().toString());
    }

    @Test
    void concurrentVersionsOfOnePathEachGetTheirOwnCorrectTree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String text = BASE.replace("\"things\"", "\"things_" + i + "\"");
                int version = i;
                results.add(pool.submit(() -> scripts.script(new Document(path, FileKind.ALEMBIC, text, version, true)).root()
                        .toString().equals(python.parse(text).getRootNode().toString())));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
