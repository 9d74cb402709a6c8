package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.alembic.PyReader;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * lemminx-style helper: analyses a migration's text as an open editor buffer in a real workspace (real wiring ({@link CoreWiring}),
 * real {@link Analyzer}, so ignore comments and severities apply) and compares PostgreSQL findings by code and range.
 */
final class PostgresDiagnostics {
    /** The PostgreSQL convention codes, by their area in RuleCode (a new rule is included without editing this). */
    static final Set<RuleCode> POSTGRES = EnumSet.copyOf(java.util.Arrays.stream(RuleCode.values())
            .filter(c -> c.area() == RuleCode.Area.POSTGRES || c.area() == RuleCode.Area.POSTGRES_AND_CLICKHOUSE)
            // the name checks need the tables earlier revisions create; these fixtures are single files
            .filter(c -> c != RuleCode.UNKNOWN_TABLE && c != RuleCode.UNKNOWN_COLUMN)
            .toList());

    private final CoreWiring core = new CoreWiring();
    private final Analyzer analyzer = core.analyzer();
    private final Workspace workspace;
    private final Path versions;
    private final AtomicInteger counter = new AtomicInteger();

    /** Expected diagnostic: 0-based start line/column, end line/column, code. */
    record D(int startLine, int startCol, int endLine, int endCol, RuleCode code) {
        @Override
        public String toString() {
            return code.id() + "@" + startLine + ":" + startCol + "-" + endLine + ":" + endCol;
        }
    }

    static D d(int startLine, int startCol, int endLine, int endCol, RuleCode code) {
        return new D(startLine, startCol, endLine, endCol, code);
    }

    PostgresDiagnostics(Path root) {
        try {
            versions = Files.createDirectories(root.resolve("alembic/versions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workspace = new Workspace(root, core.configLoader());
        workspace.load(Map.of());
    }

    /** The document rules as wired for the CLI and the server. */
    List<DocumentRule> documentRules() {
        return analyzer.documentRules();
    }

    /** A fresh path per analysis, so tests never see each other's buffers. */
    Path newFile() {
        return versions.resolve(String.format("%04d_case.py", counter.incrementAndGet()));
    }

    List<Finding> findings(String text) {
        return findings(newFile(), text);
    }

    List<Finding> findings(Path file, String text) {
        WorkspaceSnapshot snap = workspace.open(file, 1, text);
        List<Finding> all = analyzer.analyze(snap, file, CancelChecker.NEVER);
        workspace.close(file);
        return all.stream().filter(f -> POSTGRES.contains(f.code())).toList();
    }

    void testDiagnosticsFor(String text, D... expected) {
        List<D> actual = findings(text).stream().map(PostgresDiagnostics::toD).toList();
        assertThat(actual).containsExactlyInAnyOrder(expected);
    }

    static D toD(Finding f) {
        return new D(
                f.span().start().line(),
                f.span().start().character(),
                f.span().end().line(),
                f.span().end().character(),
                f.code());
    }

    /** Applies every edit of {@code fix} to {@code text} (edits do not overlap; applied from the end). */
    static String apply(String text, Fix fix) {
        List<Edit.Replace> edits = new ArrayList<>();
        for (Edit e : fix.edits()) {
            edits.add((Edit.Replace) e);
        }
        edits.sort(Comparator.comparingInt(Edit.Replace::startOffset)
                .thenComparingInt(Edit.Replace::endOffset)
                .reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit.Replace r : edits) {
            sb.replace(r.startOffset(), r.endOffset(), r.newText());
        }
        return sb.toString();
    }

    static boolean hasPythonSyntaxErrors(String text) {
        return !PyReader.syntaxErrors(text).isEmpty();
    }

    /**
     * True when every line of {@code before} that no edit touches is still present in {@code after}, in order: the
     * fix changed only what it had to.
     */
    static boolean otherLinesUnchanged(String before, String after, Fix fix) {
        SourceText b = new SourceText(before);
        Set<Integer> touched = new java.util.HashSet<>();
        for (Edit e : fix.edits()) {
            Edit.Replace r = (Edit.Replace) e;
            for (int l = b.lineOf(r.startOffset()); l <= b.lineOf(r.endOffset()); l++) {
                touched.add(l);
            }
        }
        String[] newLines = after.split("\n", -1);
        int j = 0;
        for (int i = 0; i < b.lineCount(); i++) {
            if (touched.contains(i)) {
                continue;
            }
            String line = b.lineText(i);
            while (j < newLines.length && !newLines[j].equals(line)) {
                j++;
            }
            if (j == newLines.length) {
                return false;
            }
            j++;
        }
        return true;
    }
}
