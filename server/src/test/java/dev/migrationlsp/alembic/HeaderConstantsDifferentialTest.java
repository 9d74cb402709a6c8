package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
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
 * Revision headers written with module constants (plain, annotated, aliased, in tuples and lists, reassigned,
 * computed) read by {@link RevisionHeaderScanner} and by real Python executing the module: every value the scanner
 * reports as known equals Python's; a value it reports as unknown is one it could not have known without executing
 * code; and the plain constant forms are all resolved.
 */
class HeaderConstantsDifferentialTest {
    /** A value expression for one id, with the constant definitions it needs; {@code known} if it must resolve. */
    record Form(String defs, String expr, boolean known) {}

    static Form idForm(Random r, String id, int k) {
        String c = "C" + k;
        return switch (r.nextInt(7)) {
            case 0 -> new Form("", "\"" + id + "\"", true);
            case 1 -> new Form(c + " = \"" + id + "\"\n", c, true);
            case 2 -> new Form(c + ": str = '" + id + "'\n", c, true);
            case 3 -> new Form(c + " = \"" + id + "\"\nA" + c + " = " + c + "\n", "A" + c, true);
            case 4 -> new Form(c + " = \"x\"\n" + c + " = \"" + id + "\"\n", c, true);
            case 5 -> new Form(c + " = \"" + id.substring(0, 2) + "\" + \"" + id.substring(2) + "\"\n", c, false);
            default -> new Form(c + " = \"" + id + "\".strip()\n", c, false);
        };
    }

    static String file(Random r, List<String> expectKnown) {
        StringBuilder defs = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int k = 0;
        Form rev = idForm(r, "r" + Integer.toHexString(r.nextInt(1 << 16)) + "x", k++);
        defs.append(rev.defs());
        body.append(r.nextBoolean() ? "revision = " : "revision: str = ")
                .append(rev.expr())
                .append('\n');
        expectKnown.add(rev.known() ? "revision" : "");
        int parents = r.nextInt(3);
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            forms.add(idForm(r, "p" + i + Integer.toHexString(r.nextInt(4096)), k++));
        }
        forms.forEach(f -> defs.append(f.defs()));
        String down = parents == 0
                ? "None"
                : parents == 1 && r.nextBoolean()
                        ? forms.get(0).expr()
                        : (r.nextBoolean() ? "(" : "[")
                                + String.join(
                                        ", ", forms.stream().map(Form::expr).toList()) + (r.nextBoolean() ? "," : "")
                                + "";
        if (down.startsWith("(")) {
            down += ")";
        } else if (down.startsWith("[")) {
            down += "]";
        }
        body.append(r.nextBoolean() ? "down_revision = " : "down_revision: Union[str, Sequence[str], None] = ")
                .append(down)
                .append('\n');
        expectKnown.add(forms.stream().allMatch(Form::known) ? "down_revision" : "");
        if (r.nextBoolean()) {
            defs.append("LABELS = (\"l").append(k).append("\", \"m").append(k).append("\")\n");
            body.append("branch_labels = LABELS\n");
            expectKnown.add("branch_labels");
        }
        return "from typing import Sequence, Union\n\n" + defs + "\n" + body;
    }

    @Test
    void knownValuesEqualWhatPythonComputes(@TempDir Path dir) throws IOException {
        RealTools.requirePython();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<String>> mustKnow = new LinkedHashMap<>();
        Random r = new Random(13);
        for (int i = 0; i < 150; i++) {
            List<String> known = new ArrayList<>();
            String name = String.format("h%03d.py", i);
            files.put(name, file(r, known));
            mustKnow.put(name, known);
            Files.writeString(dir.resolve(name), files.get(name));
        }
        RealTools.Result py =
                RealTools.run(List.of(RealTools.PYTHON.toString(), "-c", """
                import pathlib, sys
                def show(v):
                    if v is None:
                        return "None"
                    return ",".join([v] if isinstance(v, str) else list(v))
                for p in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
                    ns = {}
                    exec(compile(p.read_text(), str(p), "exec"), ns)
                    print(p.name, show(ns.get("revision")), show(ns.get("down_revision")),
                          show(ns.get("branch_labels")), sep="\\t")
                """, dir.toString()), dir, Map.of());
        assertThat(py.ok()).as(py.out()).isTrue();
        int resolvedThroughConstants = 0;
        for (String line : py.out().strip().split("\n")) {
            String[] cols = line.split("\t", -1);
            String text = files.get(cols[0]);
            RevisionHeader h = RevisionHeaderScanner.scan(text);
            List<String> known = mustKnow.get(cols[0]);
            check(text, "revision", h.revision(), cols[1], known);
            check(text, "down_revision", h.downRevision(), cols[2], known);
            check(text, "branch_labels", h.branchLabels(), cols[3], known);
            if (text.contains("revision = C0") || text.contains("revision: str = C0")) {
                resolvedThroughConstants += h.revisionUnknown() ? 0 : 1;
            }
        }
        assertThat(resolvedThroughConstants).isGreaterThan(20);
    }

    private static void check(
            String text,
            String field,
            java.util.Optional<RevisionHeader.Assignment> a,
            String python,
            List<String> mustKnow) {
        if (a.isEmpty()) {
            assertThat(python).as(field + " in\n" + text).isEqualTo("None");
            return;
        }
        if (a.get().unknown()) {
            assertThat(mustKnow).as(field + " must be resolved in\n" + text).doesNotContain(field);
            return;
        }
        String scanned = a.get().none() ? "None" : String.join(",", a.get().values());
        assertThat(scanned).as(field + " in\n" + text).isEqualTo(python);
    }
}
