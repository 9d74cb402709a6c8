package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.ImportStyles.Layout;
import dev.migrationlsp.alembic.ImportStyles.Spelling;
import dev.migrationlsp.alembic.MigrationModel.OpCall;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the canonical op list: generated migrations (random nesting of if/for/while/try, batch blocks
 * with varying aliases, helpers calling helpers, nested and chained calls, several statements per line) rendered in
 * every import style, read by {@link MigrationModelReader} and by real Python's {@code ast}
 * ({@code op_calls_oracle.py}). Name, position, batch, conditional and helper of every operation must agree.
 */
class OpCallsDifferentialTest {
    private static final String[] SIMPLE = {
        "op.create_table(\"t%1$d\", sa.Column(\"id\", sa.Integer(), primary_key=True))",
        "op.add_column(\"t\", sa.Column(\"c%1$d\", sa.String(10)))",
        "op.create_index(op.f(\"ix_%1$d\"), \"t\", [\"a\"], unique=False)",
        "op.execute(\"UPDATE t SET a = %1$d\")",
        "op.get_bind().execute(sa.text(\"SELECT %1$d\"))",
        "op.bulk_insert(op.create_table(\"tmp%1$d\", sa.Column(\"x\", sa.Integer())), [{\"x\": 1}])",
        "tbl%1$d = op.create_table(\"a%1$d\")",
        "conn: object = op.get_bind()",
        "print(op.inline_literal(\"x\"), not_an_op(%1$d))",
        "op.drop_constraint(\"fk_%1$d\", \"t\", type_=\"foreignkey\")",
        "x = [op.f(\"a\"), (op.f(\"b\"), op.f(\"c\"))]",
        "op.alter_column(\"t\", \"c\", type_=sa.Text()); op.drop_index(\"ix_%1$d\")",
        "op.execute(sa.text(\"CREATE TABLE x (a int)\")) if False else None",
        "op.create_foreign_key(\n    \"fk_%1$d\", \"a\", \"b\",\n    [\"x\"], [\"id\"],\n)",
        "rows = op.get_bind().execute(sa.text(\"SELECT 1\")).fetchall()",
        "op.execute(\"SELECT 1\")[0] if rows else op.execute(\"SELECT 2\")",
        "def _local():\n    op.drop_table(\"never_called_here\")",
    };
    private static final String[] BATCH = {
        "%2$s.add_column(sa.Column(\"z%1$d\", sa.Text()))",
        "%2$s.drop_column(\"q%1$d\")",
        "%2$s.create_index(\"ix_b%1$d\", [\"a\"])",
        "%2$s.alter_column(\"c\", new_column_name=\"d%1$d\")",
    };
    private static final int HELPERS = 3;

    /** A random statement list at {@code indent}; {@code aliases} are the enclosing batch blocks' aliases. */
    static void body(Random r, StringBuilder out, String indent, List<String> aliases, int depth, int[] counter) {
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int k = counter[0]++;
            int choice = r.nextInt(depth >= 3 ? 3 : 10);
            switch (choice) {
                case 0, 1 -> {
                    if (!aliases.isEmpty() && r.nextBoolean()) {
                        String alias = aliases.get(r.nextInt(aliases.size()));
                        line(out, indent, String.format(BATCH[r.nextInt(BATCH.length)], k, alias));
                    } else {
                        line(out, indent, String.format(SIMPLE[r.nextInt(SIMPLE.length)], k));
                    }
                }
                case 2 -> line(out, indent, "_helper" + r.nextInt(HELPERS) + "()");
                case 3 -> {
                    line(out, indent, "if cond(" + k + "):");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                    if (r.nextBoolean()) {
                        line(out, indent, "elif other:");
                        body(r, out, indent + "    ", aliases, depth + 1, counter);
                    }
                    if (r.nextBoolean()) {
                        line(out, indent, "else:");
                        body(r, out, indent + "    ", aliases, depth + 1, counter);
                    }
                }
                case 4 -> {
                    line(out, indent, "for name in (\"a\", \"b\"):");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                }
                case 5 -> {
                    line(out, indent, "while False:");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                }
                case 6 -> {
                    line(out, indent, "try:");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                    line(out, indent, "except Exception:");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                    if (r.nextBoolean()) {
                        line(out, indent, "finally:");
                        body(r, out, indent + "    ", aliases, depth + 1, counter);
                    }
                }
                case 7, 8 -> {
                    String a = List.of("batch_op", "b", "bop", "t" + k).get(r.nextInt(4));
                    String schema = r.nextBoolean() ? ", schema=\"s\"" : "";
                    List<String> inner = new ArrayList<>(aliases);
                    inner.add(a);
                    if (r.nextInt(4) == 0) {
                        // two blocks in one with statement
                        String second = a + "2";
                        inner.add(second);
                        line(
                                out,
                                indent,
                                "with op.batch_alter_table(\"t" + k + "\"" + schema + ") as " + a
                                        + ", op.batch_alter_table(\"u" + k + "\") as " + second + ":");
                    } else {
                        line(out, indent, "with op.batch_alter_table(\"t" + k + "\"" + schema + ") as " + a + ":");
                    }
                    body(r, out, indent + "    ", inner, depth + 1, counter);
                }
                default -> {
                    line(out, indent, "with op.get_context().autocommit_block():");
                    body(r, out, indent + "    ", aliases, depth + 1, counter);
                }
            }
        }
    }

    private static void line(StringBuilder out, String indent, String text) {
        for (String l : text.split("\n")) {
            out.append(indent).append(l).append('\n');
        }
    }

    static String migration(long seed) {
        Random r = new Random(seed);
        int[] counter = {0};
        StringBuilder t = new StringBuilder();
        for (int h = 0; h < HELPERS; h++) {
            t.append("def _helper").append(h).append("():\n");
            body(r, t, "    ", List.of(), 1, counter);
            t.append("\n\n");
        }
        t.append("def upgrade():\n");
        body(r, t, "    ", List.of(), 0, counter);
        t.append("\n\ndef downgrade():\n    pass\n");
        return t.toString();
    }

    @Test
    void modelAndPythonAstListTheSameOperations(@TempDir Path dir) throws IOException {
        RealTools.requirePython();
        List<Spelling> spellings = ImportStyles.spellings();
        Map<String, String> files = new LinkedHashMap<>();
        for (int seed = 0; seed < 240; seed++) {
            Spelling s = spellings.get(seed % spellings.size());
            String text = ImportStyles.render(migration(seed), new Spelling(s.op(), s.sa(), s.pg(), Layout.PLAIN));
            files.put(String.format("m%03d.py", seed), text);
            Files.writeString(dir.resolve(String.format("m%03d.py", seed)), text);
        }
        Path oracle = dir.resolve("oracle.py.txt");
        try (InputStream in = getClass().getResourceAsStream("/op_calls_oracle.py")) {
            Files.write(oracle, in.readAllBytes());
        }
        RealTools.Result r =
                RealTools.run(List.of(RealTools.PYTHON.toString(), oracle.toString(), dir.toString()), dir, Map.of());
        assertThat(r.ok()).as(r.out()).isTrue();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String l : r.out().split("\n")) {
            if (l.contains("\t")) {
                expected.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1));
            }
        }
        assertThat(expected.keySet()).containsExactlyElementsOf(files.keySet());
        int opsSeen = 0;
        for (var e : files.entrySet()) {
            String actual = cells(e.getValue());
            assertThat(actual).as(e.getKey() + "\n" + e.getValue()).isEqualTo(expected.get(e.getKey()));
            opsSeen += actual.isEmpty() ? 0 : actual.split(";").length;
        }
        assertThat(opsSeen).as("the generator produces operations").isGreaterThan(1000);
    }

    /** Half-typed generated code: every prefix reads without an exception, and the op list only grows with the text. */
    @Test
    void everyPrefixReadsWithoutThrowing() {
        for (long seed = 1000; seed < 1002; seed++) {
            String full = ImportStyles.render(
                    migration(seed), ImportStyles.spellings().get((int) seed % 30));
            for (int cut = 0; cut <= full.length(); cut += 7) {
                String prefix = full.substring(0, cut);
                MigrationModelReader.read(new SourceText(prefix));
                RevisionHeaderScanner.scan(prefix);
            }
            assertThat(MigrationModelReader.read(new SourceText(full)).upgradeOps())
                    .isNotEmpty();
        }
    }

    /** The model's op list in the oracle's format (1-based lines, 0-based columns; the files are ASCII). */
    static String cells(String text) {
        SourceText st = new SourceText(text);
        MigrationModel m = MigrationModelReader.read(st);
        List<String> cells = new ArrayList<>();
        for (OpCall op : m.upgradeOps()) {
            int line = st.lineOf(op.call().start());
            int col = op.call().start() - st.lineStart(line);
            cells.add(op.name() + ":" + (line + 1) + ":" + col + ":"
                    + (op.inBatch()
                            ? MigrationModel.stringValue(op.batchTable()).orElse("?")
                            : "None") + ":" + (op.conditional() ? "True" : "False") + ":"
                    + (op.helper() == null ? "None" : op.helper().name()));
        }
        return String.join(";", cells);
    }
}
