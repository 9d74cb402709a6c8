package dev.migrationlsp.rules.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.testing.AlembicProject;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invalid-revision} on data-driven cases: {@code «»} marks the expected range ({@code «»} at the start for a
 * finding on the empty first line), no marker means no finding. Each case is also loaded by real Alembic: it fails to
 * load the history exactly when the rule reports.
 */
class InvalidRevisionRuleTest {
    @TempDir
    Path tmp;

    /** File name, then its text (with the expected range in «»). */
    static final List<String[]> CASES = List.of(
            new String[] {"0002_empty.py", "«»"},
            new String[] {"0002_bom.py", "«\uFEFF»"},
            new String[] {"0002_crlf_no_revision.py", "«down_revision = \"0001\"»\r\n"},
            new String[] {"0002_half_written.py", "«\"\"\"Add users.»\n\nRevision ID: 0002\n"},
            new String[] {"0002_none.py", "revision = «None»\ndown_revision = \"0001\"\n"},
            new String[] {"0002_tuple.py", "revision = «(\"0002\",)»\ndown_revision = \"0001\"\n"},
            new String[] {"0002_list.py", "revision = «[\"0002\"]»\ndown_revision = \"0001\"\n"},
            new String[] {"0002_number.py", "revision = «2»\ndown_revision = \"0001\"\n"},
            new String[] {"0002_string.py", "revision = \"0002\"\ndown_revision = \"0001\"\n"},
            new String[] {"0002_parenthesised.py", "revision = (\"0002\")\ndown_revision = \"0001\"\n"},
            new String[] {"0002_concatenated.py", "revision = \"00\" \"02\"\ndown_revision = \"0001\"\n"},
            new String[] {"0002_annotated.py", "revision: str = \"0002\"\r\ndown_revision = \"0001\"\r\n"},
            new String[] {"0002_constant.py", "REV = \"0002\"\nrevision = REV\ndown_revision = \"0001\"\n"},
            new String[] {"abcdef.py", "down_revision = \"0001\"\n"});

    private static final String BASE = "revision = \"0001\"\ndown_revision = None\n";

    @Test
    void reportsExactlyWhatRealAlembicCannotLoad() throws IOException {
        Analyzer analyzer = new CoreWiring().analyzer();
        List<String> disagreements = new ArrayList<>();
        for (String[] c : CASES) {
            Path root = Files.createDirectories(tmp.resolve(c[0].replace(".py", "")));
            AlembicProject alembic = AlembicProject.create(root);
            alembic.write("0001_base.py", BASE);
            String marked = c[1];
            String text = marked.replace("«", "").replace("»", "");
            Path file = alembic.write(c[0], text);

            WorkspaceSnapshot ws = new Workspace(root, new ConfigLoader()).load(Map.of());
            List<Finding> ours = analyzer.analyze(ws, file, CancelChecker.NEVER).stream()
                    .filter(f -> f.code() == RuleCode.INVALID_REVISION)
                    .toList();
            int open = marked.indexOf('«');
            if (open < 0) {
                assertThat(ours).as(c[0]).isEmpty();
            } else {
                int close = marked.indexOf('»') - 1;
                assertThat(ours).as(c[0]).singleElement().satisfies(f -> {
                    assertThat(ws.document(file)
                                    .orElseThrow()
                                    .text()
                                    .offset(f.span().start()))
                            .as(c[0] + " start")
                            .isEqualTo(open);
                    assertThat(ws.document(file)
                                    .orElseThrow()
                                    .text()
                                    .offset(f.span().end()))
                            .as(c[0] + " end")
                            .isEqualTo(close);
                });
            }

            RealTools.Result heads = alembic.alembic(Map.of(), "heads");
            boolean alembicFails = heads.exit() != 0;
            if (alembicFails != !ours.isEmpty()) {
                disagreements.add(c[0] + ": alembic " + (alembicFails ? "fails" : "loads it") + ", we report "
                        + ours.size() + "\n" + heads.out());
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
