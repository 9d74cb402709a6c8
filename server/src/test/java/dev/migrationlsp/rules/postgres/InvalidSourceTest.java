package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.MigrationModelReader;
import dev.migrationlsp.alembic.RevisionHeaderScanner;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.testing.RealTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invalid-source}: files Python refuses to compile get the finding, files it accepts (a BOM, a PEP 263
 * declaration of another encoding, undecodable bytes inside a comment) do not, and real {@code python3}, loading each
 * file with the importlib loader Alembic uses, agrees on every case.
 */
class InvalidSourceTest {
    static final String BODY = """
            from alembic import op
            import sqlalchemy as sa

            revision = "0001"
            down_revision = None


            def upgrade():
                op.add_column("t", sa.Column("a", sa.String(10)), info="NAME")  # COMMENT


            def downgrade():
                op.drop_column("t", "a")
            """;

    /** {@link #BODY} with {@code name} written into a string literal and {@code comment} into a comment. */
    static byte[] bytes(String prefix, byte[] name, byte[] comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = BODY.split("NAME|COMMENT");
        out.writeBytes((prefix + parts[0]).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(name);
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        out.writeBytes(comment);
        out.writeBytes(parts[2].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** File bytes and whether Python must refuse them (invalid-source expected). */
    static Map<String, Object[]> cases() {
        Map<String, Object[]> c = new LinkedHashMap<>();
        c.put("plain.py", new Object[] {bytes("", "caf\u00e9".getBytes(StandardCharsets.UTF_8), b("")), false});
        c.put("bom.py", new Object[] {bytes("\uFEFF", "ok".getBytes(StandardCharsets.UTF_8), b("")), false});
        c.put("latin1.py", new Object[] {
            bytes("# -*- coding: latin-1 -*-\n", new byte[] {'c', 'a', 'f', (byte) 0xE9}, b("")), false
        });
        c.put("literal_fffd.py", new Object[] {bytes("", "\uFFFD".getBytes(StandardCharsets.UTF_8), b("")), false});
        c.put("latin1_undeclared.py", new Object[] {bytes("", new byte[] {'c', 'a', 'f', (byte) 0xE9}, b("")), true});
        c.put("truncated.py", new Object[] {bytes("", new byte[] {(byte) 0xE2, (byte) 0x82}, b("")), true});
        c.put("null.py", new Object[] {bytes("", b("ok"), new byte[] {'a', 0, 'b'}), true});
        c.put("latin1_in_comment.py", new Object[] {bytes("", b("ok"), new byte[] {'c', 'a', 'f', (byte) 0xE9}), false
        });
        c.put("fffd_and_bad_comment.py", new Object[] {bytes("", b("\uFFFD"), new byte[] {(byte) 0xE9}), false});
        c.put("bad_comment_and_code.py", new Object[] {
            bytes("", new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE9}), true
        });
        c.put("utf8_declared.py", new Object[] {bytes("# coding: utf-8\n", new byte[] {(byte) 0xFF}, b("")), true});
        return c;
    }

    @Test
    void flagsExactlyWhatPythonRefuses(@TempDir Path root) throws IOException {
        PostgresDiagnostics diagnostics = new PostgresDiagnostics(root);
        Path versions = root.resolve("alembic/versions");
        StringBuilder pythonSays = new StringBuilder();
        for (var e : cases().entrySet()) {
            Path file = versions.resolve(e.getKey());
            byte[] content = (byte[]) e.getValue()[0];
            Files.write(file, content);
            String text = new String(content, StandardCharsets.UTF_8);
            List<Finding> found = diagnostics.findings(file, text).stream()
                    .filter(f -> f.code() == RuleCode.INVALID_SOURCE)
                    .toList();
            boolean refused = (Boolean) e.getValue()[1];
            assertThat(found).as(e.getKey()).hasSize(refused ? 1 : 0);
            if (refused) {
                int at = found.get(0).span().startOffset();
                assertThat(text.charAt(at)).as(e.getKey()).isIn('\0', '\uFFFD');
                assertThat(found.get(0).span().endOffset()).isEqualTo(at + 1);
            }
            // the rest of the analysis still works on the readable text
            assertThat(RevisionHeaderScanner.scan(text).revisionId())
                    .as(e.getKey())
                    .hasValue("0001");
            assertThat(MigrationModelReader.read(new SourceText(text)).upgradeOps())
                    .as(e.getKey())
                    .hasSize(1);
            assertThat(diagnostics.findings(file, text))
                    .as(e.getKey())
                    .anyMatch(f -> f.code() == RuleCode.STRING_COLUMN);
            pythonSays.append(e.getKey()).append(refused ? " refused\n" : " compiled\n");
        }
        RealTools.requirePython();
        List<String> cmd =
                new java.util.ArrayList<>(List.of(RealTools.PYTHON.toString(), "-c", """
                import importlib.machinery, os, sys
                sys.dont_write_bytecode = True
                for name in sys.argv[2:]:
                    try:
                        # the loader Alembic's load_module_py goes through (importlib, source file)
                        importlib.machinery.SourceFileLoader(name[:-3], os.path.join(sys.argv[1], name)).get_code(name[:-3])
                        print(name, "compiled")
                    except (SyntaxError, ValueError):
                        print(name, "refused")
                """, versions.toString()));
        cmd.addAll(cases().keySet());
        RealTools.Result r = RealTools.run(cmd, root, Map.of());
        assertThat(r.out()).isEqualTo(pythonSays.toString());
    }

    @Test
    void anEditedBufferIsJudgedByItsOwnText(@TempDir Path root) throws IOException {
        PostgresDiagnostics diagnostics = new PostgresDiagnostics(root);
        Path file = root.resolve("alembic/versions/edited.py");
        byte[] content = bytes("", new byte[] {(byte) 0xFF}, b(""));
        Files.write(file, content);
        String buffer = new String(content, StandardCharsets.UTF_8) + "# edited\n";
        assertThat(diagnostics.findings(file, buffer)).noneMatch(f -> f.code() == RuleCode.INVALID_SOURCE);
    }
}
