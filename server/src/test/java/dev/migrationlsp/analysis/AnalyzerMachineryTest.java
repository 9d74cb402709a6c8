package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.cli.RootCommand;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.testing.InProcessCli;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared machinery over a real workspace on disk: ignore comments, configured severities (the same in the
 * {@link Analyzer} the editor uses and in {@code check}), and baselines that survive edits above a finding.
 */
class AnalyzerMachineryTest {
    static final String MIGRATION = """
            \"\"\"Create widgets.

            Revision ID: 0001
            Revises:
            Create Date: 2025-01-01 00:00:00
            \"\"\"
            from alembic import op
            import sqlalchemy as sa
            from sqlalchemy.dialects.postgresql import UUID

            revision = "0001"
            down_revision = None
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                op.create_table(
                    "widgets",
                    sa.Column("id", UUID(as_uuid=True), primary_key=True),
                    sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                    sa.Column("name", sa.String(100)),
                    sa.Column("seen_at", sa.DateTime()),
                    sa.Column("created_at", sa.DateTime(timezone=True)),
                    sa.Column("updated_at", sa.DateTime(timezone=True)),
                )


            def downgrade() -> None:
                op.drop_table("widgets")
            """;

    @TempDir
    Path root;

    Path versions;
    Path migration;
    CoreWiring core;
    Analyzer analyzer;

    @BeforeEach
    void setUp() throws IOException {
        versions = Files.createDirectories(root.resolve("src/pkg/alembic/versions"));
        migration = versions.resolve("0001_create_widgets.py");
        Files.writeString(migration, MIGRATION);
        core = new CoreWiring();
        analyzer = core.analyzer();
    }

    Workspace workspace() {
        Workspace w = new Workspace(root, core.configLoader());
        w.load(Map.of());
        return w;
    }

    static String lineCodes(List<Finding> findings) {
        return findings.stream()
                .map(f -> (f.span().start().line() + 1) + ":" + f.code().id() + ":"
                        + f.severity().id())
                .collect(Collectors.joining(", "));
    }

    /** "line:code:severity" of {@code check --format json}. */
    List<String> cliFindings(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", root.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        InProcessCli.Run r = InProcessCli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        List<Map<String, Object>> json =
                new Gson().fromJson(r.out(), new TypeToken<List<Map<String, Object>>>() {}.getType());
        return json.stream()
                .map(m -> ((Number) m.get("line")).intValue() + ":" + m.get("code") + ":" + m.get("severity"))
                .toList();
    }

    @Test
    void defaultSeveritiesAreWarnings() {
        Workspace w = workspace();
        List<Finding> f = analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER);
        assertThat(lineCodes(f)).isEqualTo("22:string-column:warning, 23:naive-timestamp:warning");
        assertThat(cliFindings()).containsExactly("22:string-column:warning", "23:naive-timestamp:warning");
        assertThat(InProcessCli.run("check", root.toString()).exit()).isZero();
    }

    @Test
    void lineIgnoreWithAReasonSilencesOnlyThatCodeOnThatLine() throws IOException {
        Files.writeString(
                migration,
                MIGRATION
                        .replace(
                                "sa.Column(\"name\", sa.String(100)),",
                                "sa.Column(\"name\", sa.String(100)),  # migration-lsp: ignore[string-column] -- importer needs the limit")
                        .replace(
                                "sa.Column(\"seen_at\", sa.DateTime()),",
                                "sa.Column(\"seen_at\", sa.DateTime()),  # migration-lsp: ignore[string-column]: wrong code, no effect"));
        Workspace w = workspace();
        assertThat(lineCodes(analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER)))
                .isEqualTo("23:naive-timestamp:warning");
        assertThat(cliFindings()).containsExactly("23:naive-timestamp:warning");
    }

    @Test
    void fileIgnoreSilencesTheCodeEverywhereInTheFile() throws IOException {
        Files.writeString(
                migration,
                "# migration-lsp: ignore-file[naive-timestamp] -- audit timestamps are UTC by contract\n"
                        + MIGRATION.replace(
                                "sa.Column(\"org_id\"",
                                "sa.Column(\"other_at\", sa.DateTime()),\n        sa.Column(\"org_id\""));
        Workspace w = workspace();
        assertThat(lineCodes(analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER)))
                .isEqualTo("24:string-column:warning");
        assertThat(cliFindings()).containsExactly("24:string-column:warning");
    }

    @Test
    void editorBuffersHonourIgnoreCommentsTyped() {
        Workspace w = workspace();
        WorkspaceSnapshot snap = w.open(
                migration,
                2,
                MIGRATION.replace(
                        "sa.Column(\"seen_at\", sa.DateTime()),",
                        "sa.Column(\"seen_at\", sa.DateTime()),  # migration-lsp: ignore[naive-timestamp]"));
        assertThat(lineCodes(analyzer.analyze(snap, migration, CancelChecker.NEVER)))
                .isEqualTo("22:string-column:warning");
    }

    /** Flags every SQL line starting with CREATE, to exercise SQL ignore comments through the Analyzer. */
    static final class CreateLines implements DocumentRule {
        @Override
        public RuleCode code() {
            return RuleCode.MISSING_IF_NOT_EXISTS;
        }

        @Override
        public boolean appliesTo(FileKind kind) {
            return kind == FileKind.CLICKHOUSE_SQL;
        }

        @Override
        public List<Finding> check(DocumentContext ctx) {
            SourceText t = ctx.text();
            List<Finding> out = new ArrayList<>();
            for (int l = 0; l < t.lineCount(); l++) {
                if (t.lineText(l).startsWith("CREATE")) {
                    out.add(Finding.of(code(), ctx.document().path(), t.span(t.lineStart(l), t.lineEnd(l)), "create")
                            .fingerprint(t.lineText(l))
                            .build());
                }
            }
            return out;
        }
    }

    @Test
    void sqlIgnoreCommentsApplyThroughTheAnalyzer() throws IOException {
        Path ch = Files.createDirectories(root.resolve("src/pkg/migrations/clickhouse"));
        Path sql = ch.resolve("001_create.sql");
        Files.writeString(sql, """
                -- 001_create.sql
                CREATE TABLE a (x UInt8) ENGINE MergeTree ORDER BY x; -- migration-lsp: ignore[missing-if-not-exists] -- dropped first by ops
                CREATE TABLE b (x UInt8) ENGINE MergeTree ORDER BY x;
                CREATE TABLE c (x UInt8) ENGINE MergeTree ORDER BY x; -- migration-lsp: ignore[header-comment]
                """);
        Analyzer sqlAnalyzer = new Analyzer(Set.of(new CreateLines()), Set.of());
        Workspace w = workspace();
        assertThat(lineCodes(sqlAnalyzer.analyze(w.snapshot(), sql, CancelChecker.NEVER)))
                .isEqualTo("3:missing-if-not-exists:warning, 4:missing-if-not-exists:warning");
        Files.writeString(
                sql, "-- migration-lsp: ignore-file[missing-if-not-exists]: legacy file\n" + Files.readString(sql));
        assertThat(sqlAnalyzer.analyze(w.rescan(), sql, CancelChecker.NEVER)).isEmpty();
    }

    @Test
    void severitiesFromTheConfigurationAreIdenticalInTheAnalyzerAndTheCli() throws IOException {
        Files.writeString(root.resolve(".migration-lsp.toml"), """
                [rules]
                string-column = "error"
                naive-timestamp = "off"
                """);
        Workspace w = workspace();
        List<Finding> editor = analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER);
        assertThat(lineCodes(editor)).isEqualTo("22:string-column:error");
        assertThat(cliFindings()).containsExactly("22:string-column:error");
        assertThat(InProcessCli.run("check", root.toString()).exit()).isEqualTo(RootCommand.FINDINGS);
    }

    @Test
    void aConfigurationChangeAppliesWithoutRestart() throws IOException {
        Path toml = root.resolve(".migration-lsp.toml");
        Files.writeString(toml, "[rules]\nstring-column = \"info\"\n");
        Workspace w = workspace();
        assertThat(lineCodes(analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER)))
                .isEqualTo("22:string-column:info, 23:naive-timestamp:warning");
        Files.writeString(toml, "[rules]\nstring-column = \"off\"\nnaive-timestamp = \"hint\"\n");
        WorkspaceSnapshot after = w.filesChanged(List.of(toml));
        assertThat(lineCodes(analyzer.analyze(after, migration, CancelChecker.NEVER)))
                .isEqualTo("23:naive-timestamp:hint");
        // editor settings carry the same object and override the file
        WorkspaceSnapshot edited = w.updateSettings(Map.of("rules", Map.of("naive-timestamp", "error")));
        assertThat(lineCodes(analyzer.analyze(edited, migration, CancelChecker.NEVER)))
                .isEqualTo("23:naive-timestamp:error");
        assertThat(edited.config().severity(RuleCode.NAIVE_TIMESTAMP)).isEqualTo(Severity.ERROR);
    }

    /** Three lines inserted above everything plus a new problem further down. */
    static String editedAboveWithANewProblem(String text) {
        return text.replace(
                        "from alembic import op\n", "from alembic import op\n# added later\n# and more\n# and more\n")
                .replace(
                        "sa.Column(\"created_at\"",
                        "sa.Column(\"slug\", sa.String(40)),\n        sa.Column(\"created_at\"");
    }

    @Test
    void cliBaselineHidesOldFindingsAfterAnEditAboveAndShowsNewOnes() throws IOException {
        Path baseline = root.resolve("baseline.json");
        InProcessCli.Run written = InProcessCli.run("check", root.toString(), "--write-baseline", baseline.toString());
        assertThat(written.exit()).isZero();
        assertThat(written.err()).contains("wrote 2 findings");
        assertThat(cliFindings("--baseline", baseline.toString())).isEmpty();

        Files.writeString(migration, editedAboveWithANewProblem(MIGRATION));
        assertThat(cliFindings())
                .containsExactly("25:string-column:warning", "26:naive-timestamp:warning", "27:string-column:warning");
        assertThat(cliFindings("--baseline", baseline.toString())).containsExactly("27:string-column:warning");
    }

    @Test
    void configuredBaselineAppliesInTheEditorAndTheCli() throws IOException {
        Path baseline = root.resolve(".migration-lsp-baseline.json");
        assertThat(InProcessCli.run("check", root.toString(), "--write-baseline", baseline.toString())
                        .exit())
                .isZero();
        Files.writeString(root.resolve(".migration-lsp.toml"), "baseline = \".migration-lsp-baseline.json\"\n");
        Workspace w = workspace();
        assertThat(analyzer.analyze(w.snapshot(), migration, CancelChecker.NEVER))
                .isEmpty();
        WorkspaceSnapshot typed = w.open(migration, 3, editedAboveWithANewProblem(MIGRATION));
        assertThat(lineCodes(analyzer.analyze(typed, migration, CancelChecker.NEVER)))
                .isEqualTo("27:string-column:warning");
        assertThat(cliFindings()).isEmpty();
    }

    @Test
    void aSecondIdenticalProblemIsNotHiddenByTheFirstOnesBaselineEntry() throws IOException {
        Path baseline = root.resolve("baseline.json");
        assertThat(InProcessCli.run("check", root.toString(), "--write-baseline", baseline.toString())
                        .exit())
                .isZero();
        Files.writeString(
                migration,
                MIGRATION.replace(
                        "sa.Column(\"seen_at\", sa.DateTime()),",
                        "sa.Column(\"seen_at\", sa.DateTime()),\n        sa.Column(\"left_at\", sa.DateTime()),"));
        assertThat(cliFindings("--baseline", baseline.toString()))
                .hasSize(1)
                .allMatch(s -> s.endsWith(":naive-timestamp:warning"));
    }

    /** Waits until two threads analyse files at the same time (or gives up after a deadline). */
    static final class Rendezvous implements DocumentRule {
        final java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        final Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public RuleCode code() {
            return RuleCode.STRING_COLUMN;
        }

        @Override
        public boolean appliesTo(FileKind kind) {
            return kind == FileKind.ALEMBIC;
        }

        @Override
        public List<Finding> check(DocumentContext ctx) {
            if (threads.add(Thread.currentThread().getName())) {
                both.countDown();
            }
            try {
                // only a failing run waits this long: the second worker arrives as soon as it is scheduled
                both.await(
                        dev.migrationlsp.testing.Deadlines.LIVENESS.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    @Test
    void checkAllFindsWhatAnalysingEachFileAloneFinds() throws IOException {
        Files.delete(migration);
        for (int i = 1; i <= 40; i++) {
            StringBuilder upgrade =
                    new StringBuilder("    op.create_table(\"t" + i + "\", sa.Column(\"id\", sa.Integer(),"
                            + " primary_key=True), sa.Column(\"name\", sa.String(50)))\n");
            if (i > 3 && i % 3 == 0) {
                // safety rules judge these against the replayed history: the table is three revisions old
                upgrade.append("    op.add_column(\"t" + (i - 3) + "\", sa.Column(\"x\", sa.Text(), nullable=False))\n")
                        .append("    op.create_index(\"ix" + i + "\", \"t" + (i - 3) + "\", [\"x\"])\n")
                        .append("    op.execute(\"ALTER TABLE t" + (i - 2) + " ALTER COLUMN name TYPE integer\")\n");
            }
            Files.writeString(
                    versions.resolve(String.format("%04d_rev.py", i)),
                    "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + String.format("%04d", i)
                            + "\"\ndown_revision = "
                            + (i == 1 ? "None" : "\"" + String.format("%04d", i - 1) + "\"")
                            + "\n\n\ndef upgrade():\n" + upgrade + "\n\ndef downgrade():\n    pass\n");
        }
        List<Finding> all = analyzer.checkAll(workspace().snapshot(), CancelChecker.NEVER);

        // a fresh analyzer and snapshot, one file at a time: every workspace fact is computed when a file first asks
        Analyzer alone = new CoreWiring().analyzer();
        WorkspaceSnapshot ws = workspace().snapshot();
        List<Finding> oneByOne = new ArrayList<>();
        for (var d : ws.allDocuments()) {
            oneByOne.addAll(alone.analyze(ws, d.path(), CancelChecker.NEVER));
        }
        oneByOne.sort(Analyzer.ORDER);
        assertThat(all.stream().map(Finding::code).collect(Collectors.toSet()))
                .contains(
                        RuleCode.STRING_COLUMN,
                        RuleCode.NON_CONCURRENT_INDEX,
                        RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT,
                        RuleCode.TABLE_REWRITE_TYPE_CHANGE);
        assertThat(all).isEqualTo(oneByOne); // findings are records: codes, ranges, messages, fixes, fingerprints
    }

    @Test
    void checkAllAnalysesFilesOnMoreThanOneThread() throws IOException {
        for (int i = 2; i <= 8; i++) {
            Files.writeString(
                    versions.resolve(String.format("%04d_more.py", i)),
                    "revision = \"" + String.format("%04d", i) + "\"\ndown_revision = \"" + String.format("%04d", i - 1)
                            + "\"\n");
        }
        Rendezvous rule = new Rendezvous();
        new Analyzer(Set.of(rule), Set.of()).checkAll(workspace().snapshot(), CancelChecker.NEVER);
        assertThat(rule.threads).as("threads that ran rules").hasSizeGreaterThanOrEqualTo(2);
    }
}
