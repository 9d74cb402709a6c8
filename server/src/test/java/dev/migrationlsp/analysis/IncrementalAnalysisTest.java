package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.testing.Examples;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the editor shows after a run of keystrokes equals what a fresh analysis of the same buffers says. The language
 * server keeps results across versions (per-file rule results, the replayed schema derived from the previous one, the
 * revision graph, per-document models); this test drives one workspace and one analyzer through seeded random edits of
 * several open migrations, and after every edit compares every file's findings with those of a new workspace and a new
 * analyzer given the same buffers.
 */
class IncrementalAnalysisTest {
    private static final long SEED = Long.getLong("incremental.seed", 20261129L);
    private static final int EDITS = Integer.getInteger("incremental.edits", 160);

    /** Lines a user types into upgrade(): each one changes what the PostgreSQL rules or the replayed schema see. */
    private static final String[] LINES = {
        "    op.add_column(\"users\", sa.Column(\"nickname\", sa.String(50), nullable=False))\n",
        "    op.add_column(\"orgs\", sa.Column(\"plan\", sa.Text(), nullable=True))\n",
        "    op.create_index(\"ix_users_email\", \"users\", [\"email\"])\n",
        "    op.drop_column(\"users\", \"email\")\n",
        "    op.rename_table(\"users\", \"people\")\n",
        "    op.alter_column(\"users\", \"display_name\", nullable=False)\n",
        "    op.alter_column(\"users\", \"email\", type_=sa.Integer())\n",
        "    op.execute(\"ALTER TABLE users ADD COLUMN score int NOT NULL\")\n",
        "    op.execute(\"ALTER TABLE orgs ADD COLUMN token uuid DEFAULT gen_random_uuid()\")\n",
        "    op.execute(\"SET lock_timeout = '2s'\")\n",
        "    op.create_table(\"items\", sa.Column(\"id\", sa.Integer(), primary_key=True))\n",
        "    op.drop_table(\"settings\")\n",
        "    op.create_unique_constraint(\"uq_users_email\", \"users\", [\"email\"])\n",
        "    # migration-lsp: ignore string-column -- typed while testing\n",
    };

    /**
     * Characters and fragments typed anywhere: they break and mend the syntax as half-typed code does, open and close
     * strings, brackets and comments, and add functions (each buffer is re-lexed from its previous version's tokens).
     */
    private static final String[] FRAGMENTS = {
        "a",
        "_",
        "\"",
        "'",
        "(",
        ")",
        ",",
        " ",
        "\n",
        "#",
        "=",
        "sa.",
        "String(",
        "users",
        "orgs",
        "True",
        "    ",
        "\"\"\"",
        "[",
        "]",
        "\r\n",
        "\\\n",
        "\ndef helper():\n    return sa.Text()\n"
    };

    @TempDir
    Path root;

    @Test
    void findingsAfterRandomEditsEqualThoseOfAFreshAnalysis() throws IOException {
        List<Path> revisions = copyExamples();
        assertThat(revisions).hasSizeGreaterThan(4);
        Analyzer incremental = new CoreWiring().analyzer();
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        Map<Path, String> buffers = new LinkedHashMap<>();
        Random rnd = new Random(SEED);
        int version = 0;
        int compared = 0;
        Set<String> codesSeen = new HashSet<>();
        for (int step = 0; step < EDITS; step++) {
            // mostly keep typing in the same file, as users do; sometimes move to another revision
            Path file = buffers.isEmpty() || rnd.nextInt(6) == 0
                    ? revisions.get(rnd.nextInt(revisions.size()))
                    : new ArrayList<>(buffers.keySet()).get(buffers.size() - 1);
            String before = buffers.containsKey(file) ? buffers.remove(file) : Files.readString(file);
            String after = edit(before, rnd);
            buffers.put(file, after);
            WorkspaceSnapshot snap = ws.change(file, ++version, after);
            // the open file first, as the server publishes it; then every file, as check does
            incremental.analyze(snap, file, CancelChecker.NEVER);
            Map<Path, List<Finding>> got = everyFile(incremental, snap);
            Map<Path, List<Finding>> want = fromScratch(incremental, buffers);
            assertThat(got)
                    .as("seed %d, edit %d in %s:%n%s", SEED, step, file.getFileName(), after)
                    .isEqualTo(want);
            got.values().forEach(fs -> fs.forEach(f -> codesSeen.add(f.code().id())));
            compared++;
        }
        assertThat(compared).isEqualTo(EDITS);
        // the edits reach the history-aware rules, not only the file-local ones
        assertThat(codesSeen).contains("string-column", "non-concurrent-index");
        assertThat(incremental.ruleFailures()).isZero();
    }

    private Map<Path, List<Finding>> fromScratch(Analyzer incremental, Map<Path, String> buffers) {
        Analyzer fresh =
                new Analyzer(Set.copyOf(incremental.documentRules()), Set.copyOf(incremental.workspaceRules()));
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        WorkspaceSnapshot snap = null;
        int v = 0;
        for (Map.Entry<Path, String> b : buffers.entrySet()) {
            snap = ws.change(b.getKey(), ++v, b.getValue());
        }
        return everyFile(fresh, snap);
    }

    private static Map<Path, List<Finding>> everyFile(Analyzer analyzer, WorkspaceSnapshot snap) {
        Map<Path, List<Finding>> out = new LinkedHashMap<>();
        snap.allDocuments().stream()
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .forEach(d -> out.put(d.path(), analyzer.analyze(snap, d.path(), CancelChecker.NEVER)));
        return out;
    }

    /** One edit: a typed line, a typed or deleted run of characters, or a deleted line. */
    private static String edit(String text, Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind < 3) {
            int at = text.indexOf("def upgrade");
            int body = at < 0 ? -1 : text.indexOf('\n', at);
            int lineStart = body < 0 ? text.length() : body + 1;
            // somewhere inside upgrade(): at its first line or at a later line start
            for (int i = rnd.nextInt(6); i > 0; i--) {
                int next = text.indexOf('\n', lineStart);
                if (next < 0) {
                    break;
                }
                lineStart = next + 1;
            }
            return text.substring(0, lineStart) + LINES[rnd.nextInt(LINES.length)] + text.substring(lineStart);
        }
        int at = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
        if (kind < 7) {
            return text.substring(0, at) + FRAGMENTS[rnd.nextInt(FRAGMENTS.length)] + text.substring(at);
        }
        if (kind < 9) {
            int end = Math.min(text.length(), at + 1 + rnd.nextInt(6));
            return text.substring(0, at) + text.substring(end);
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = text.indexOf('\n', at);
        return text.substring(0, lineStart) + (lineEnd < 0 ? "" : text.substring(lineEnd + 1));
    }

    private List<Path> copyExamples() {
        List<Path> revisions = new ArrayList<>();
        for (Path t : Examples.copyInto(root)) {
            if (t.toString().contains("versions") && t.toString().endsWith(".py")) {
                revisions.add(t);
            }
        }
        return revisions;
    }
}
