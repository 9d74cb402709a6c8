package dev.migrationlsp.rules.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.alembic.RevisionHeaderScanner;
import dev.migrationlsp.cli.RootCommand;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.insight.RevisionNavigation;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unknown is never empty: header values that cannot be read statically are unknown (not None), module constants of
 * the same file resolve, no graph finding rests on an unknown, {@code heads} and hover say so.
 */
class UnknownValuesTest {
    @TempDir
    Path root;

    /** {@code source} ({@code |} = new line) and the down_revision ids read, or {@code ?} for unknown. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '`',
            value = {
                "down_revision = 'p'# p",
                "down_revision = None# ",
                "PARENT = 'p'|down_revision = PARENT# p",
                "PARENT: str = 'p'|down_revision: Union[str, Sequence[str], None] = PARENT# p",
                "A = 'a'|B = \"b\" 'c'|down_revision = (A, B)# a,bc",
                "A = 'a'|down_revision = [A, 'x']# a,x",
                "A = 'a'|ALIAS = A|down_revision = ALIAS# a",
                "PARENTS = ('a', 'b')|down_revision = PARENTS# a,b",
                "down_revision = other_module.REV# ?",
                "from cli import REV|down_revision = REV# ?",
                "down_revision = make_id()# ?",
                "down_revision = 'a' + SUFFIX# ?",
                "down_revision = UNDEFINED# ?",
                "PARENTS = ('a', 'b')|down_revision = (PARENTS,)# ?",
                "A = 'a'|A += 'b'|down_revision = A# ?",
                "down_revision = PARENT|PARENT = 'p'# ?",
                "down_revision =# ?",
                "down_revision = ('a', cli.B)# ?",
            })
    void headerValues(String source, String expected) {
        RevisionHeader h = RevisionHeaderScanner.scan("revision = 'r'\n" + source.replace("|", "\n") + "\n");
        if ("?".equals(expected)) {
            assertThat(h.downRevisionUnknown()).isTrue();
            assertThat(h.downRevisions()).isEmpty();
        } else {
            assertThat(h.downRevisionUnknown()).isFalse();
            assertThat(h.downRevisions())
                    .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
        }
    }

    @Test
    void constantsKeepTheRangeWhereTheIdIsWritten() {
        String src = "REV: str = \"abc\"\nrevision = REV\nbranch_labels = (\"x\", LABEL)\nLABEL = \"y\"\n";
        RevisionHeader h = RevisionHeaderScanner.scan(src);
        RevisionHeader.Literal lit = h.revision().orElseThrow().literals().get(0);
        assertThat(src.substring(lit.start(), lit.end())).isEqualTo("\"abc\"");
        assertThat(h.labelsUnknown())
                .as("LABEL is assigned after use: Python would fail")
                .isTrue();
    }

    private Path versions() throws IOException {
        Path v = Files.createDirectories(root.resolve("alembic/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
        return v;
    }

    private static String rev(String id, String down, String labels) {
        return "revision = \"" + id + "\"\ndown_revision = " + down + "\nbranch_labels = " + labels
                + "\ndepends_on = None\n";
    }

    private WorkspaceSnapshot load() {
        return new Workspace(root, new ConfigLoader()).load(Map.of());
    }

    private List<Finding> graphFindings(WorkspaceSnapshot ws) {
        List<WorkspaceRule> rules = Rules.revisionGraph().workspaceRules();
        List<Finding> out = new ArrayList<>();
        rules.forEach(r -> out.addAll(r.check(ws, CancelChecker.NEVER)));
        return out;
    }

    private String[] heads() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RootCommand.run(
                new String[] {"heads", root.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void labelsFromAnotherModuleAreUnknownNotAConflict() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_base.py"), rev("0001", "None", "None"));
        Files.writeString(
                v.resolve("0002_expand.py"), "from app import cli\n" + rev("0002", "\"0001\"", "(cli.EXPAND_BRANCH,)"));
        Files.writeString(
                v.resolve("0003_contract.py"),
                "from app import cli\n" + rev("0003", "\"0001\"", "(cli.CONTRACT_BRANCH,)"));
        WorkspaceSnapshot ws = load();
        assertThat(ws.revisionGraph().heads()).hasSize(2);
        assertThat(graphFindings(ws)).isEmpty();
        String[] heads = heads();
        assertThat(heads[0].lines()).containsExactly("0002 (labels unknown)", "0003 (labels unknown)");
        assertThat(heads[1]).doesNotContain("more than one head");
        StringWriter json = new StringWriter();
        RootCommand.run(
                new String[] {"heads", root.toString(), "--format", "json"},
                new PrintWriter(json, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(json.toString()).contains("\"labelsUnknown\": true");

        // the same with the labels as constants of the same file: known, different, still no conflict
        Files.writeString(v.resolve("0002_expand.py"), "EXPAND = \"expand\"\n" + rev("0002", "\"0001\"", "(EXPAND,)"));
        Files.writeString(
                v.resolve("0003_contract.py"), "CONTRACT = \"contract\"\n" + rev("0003", "\"0001\"", "CONTRACT"));
        assertThat(graphFindings(load())).isEmpty();
        assertThat(heads()[0].lines()).containsExactly("0002 (expand)", "0003 (contract)");
        StringWriter known = new StringWriter();
        RootCommand.run(
                new String[] {"heads", root.toString(), "--format", "json"},
                new PrintWriter(known, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(known.toString()).contains("\"expand\"").doesNotContain("labelsUnknown");

        // and with no labels at all, two heads are the real conflict
        Files.writeString(v.resolve("0002_expand.py"), rev("0002", "\"0001\"", "None"));
        Files.writeString(v.resolve("0003_contract.py"), rev("0003", "\"0001\"", "None"));
        assertThat(graphFindings(load()))
                .extracting(f -> f.code().id())
                .containsExactly("multiple-heads", "multiple-heads");
    }

    @Test
    void unknownParentsAndRevisionsSilenceWhatRestsOnThem() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_base.py"), rev("0001", "None", "None"));
        Files.writeString(v.resolve("0002_a.py"), rev("0002", "\"0001\"", "None"));
        // its parent is unknown: it may well be 0002, so 0002 and this are not two heads for sure
        Files.writeString(v.resolve("0003_b.py"), "from app import ids\n" + rev("0003", "ids.PARENT", "None"));
        WorkspaceSnapshot ws = load();
        assertThat(graphFindings(ws)).isEmpty();
        assertThat(heads()[1]).contains("cannot be read statically");
        Path file = v.resolve("0003_b.py");
        String text = Files.readString(file);
        String hover = new RevisionNavigation()
                .hover(ws, file, text.indexOf("\"0003\"") + 1)
                .orElseThrow()
                .markdown();
        assertThat(hover).contains("Parents: unknown");

        // a computed revision id: a child naming an id nobody declares may name that one
        Files.writeString(
                v.resolve("0003_b.py"),
                "import uuid\n" + rev("0003", "\"0002\"", "None").replace("\"0003\"", "uuid.uuid4().hex[:4]"));
        Files.writeString(v.resolve("0004_c.py"), rev("0004", "\"5f3c\"", "None"));
        assertThat(graphFindings(load()))
                .as("0004 may well be the child of 0003_b.py")
                .isEmpty();
        assertThat(heads()[1]).contains("cannot be read statically");

        // without the unknown, the same missing parent is reported
        Files.delete(v.resolve("0003_b.py"));
        assertThat(graphFindings(load())).extracting(f -> f.code().id()).contains("unknown-down-revision");
    }

    @Test
    void hoverOnARevisionWithUnknownLabelsSaysSo() throws IOException {
        Path v = versions();
        Files.writeString(v.resolve("0001_base.py"), "import cli\n" + rev("0001", "None", "cli.LABELS"));
        WorkspaceSnapshot ws = load();
        Path file = v.resolve("0001_base.py");
        String text = Files.readString(file);
        String hover = new RevisionNavigation()
                .hover(ws, file, text.indexOf("\"0001\"") + 1)
                .orElseThrow()
                .markdown();
        assertThat(hover).contains("Branch labels: unknown");
    }
}
