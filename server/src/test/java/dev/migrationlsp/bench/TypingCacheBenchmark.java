package dev.migrationlsp.bench;

import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceFact;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often typing re-runs the document rules of files that did not change. A workspace of 50 Alembic revisions and 30
 * ClickHouse files with 6 files open (3 of each); keystrokes go to an Alembic body, then a ClickHouse comment, then a
 * ClickHouse column definition; after each keystroke every open file is analysed on the new snapshot, as the server's
 * diagnostics do. A file analysis "hits" when it ran no rule. Usage: TypingCacheBenchmark [KEYSTROKES_PER_PHASE]
 */
public final class TypingCacheBenchmark {
    public static void main(String[] args) throws Exception {
        int keystrokes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path root = BenchDirs.temporary("migration-lsp-typing");
        Path versions = SyntheticHistory.write(root, 50);
        SyntheticHistory.writeClickHouse(root, 30);
        Files.writeString(
                root.resolve(".migration-lsp.toml"), "clickhouse-migrations = \"src/app/migrations/clickhouse\"\n");
        Path clickhouse = root.resolve("src/app/migrations/clickhouse");

        Rules rules = Rules.all();
        LongAdder checks = new LongAdder();
        List<DocumentRule> counted =
                rules.documentRules().stream().map(r -> counting(r, checks)).toList();
        Analyzer analyzer = new Analyzer(counted, rules.workspaceRules());

        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        List<Path> open = new ArrayList<>();
        try (var s = Files.list(versions)) {
            s.sorted().limit(3).forEach(open::add);
        }
        try (var s = Files.list(clickhouse)) {
            s.sorted().limit(3).forEach(open::add);
        }
        for (Path p : open) {
            ws.open(p, 1, Files.readString(p));
        }
        analyzeAll(analyzer, ws.snapshot(), open);

        Path alembicTyped = open.get(2);
        Path clickhouseTyped = open.get(3);
        String[] phases = {"alembic body", "clickhouse comment", "clickhouse column"};
        for (String phase : phases) {
            long analyses = 0;
            long ranRules = 0;
            long checksBefore = checks.sum();
            for (int k = 0; k < keystrokes; k++) {
                Path file = phase.startsWith("alembic") ? alembicTyped : clickhouseTyped;
                String text = ws.openDocument(file).orElseThrow().text().text();
                String next = switch (phase) {
                    case "alembic body" -> text.replace("def downgrade()", "x = " + k + "\n\n\ndef downgrade()");
                    case "clickhouse comment" -> text.replaceFirst("\n", " " + (char) ('a' + k % 26) + "\n");
                    default -> text.replaceFirst("    name\\w* String", "    name" + k + " String");
                };
                WorkspaceSnapshot snap =
                        ws.change(file, ws.openDocument(file).orElseThrow().version() + 1, next);
                for (Path p : open) {
                    long before = checks.sum();
                    analyzer.analyze(snap, p, CancelChecker.NEVER);
                    analyses++;
                    if (checks.sum() > before) {
                        ranRules++;
                    }
                }
            }
            System.out.printf(
                    "%-20s keystrokes %d, file analyses %d, ran rules %d, hit rate %.0f %%, rule checks %d%n",
                    phase,
                    keystrokes,
                    analyses,
                    ranRules,
                    100.0 * (analyses - ranRules) / analyses,
                    checks.sum() - checksBefore);
        }
    }

    private static void analyzeAll(Analyzer analyzer, WorkspaceSnapshot snap, List<Path> files) {
        for (Path p : files) {
            List<Finding> f = analyzer.analyze(snap, p, CancelChecker.NEVER);
            if (f == null) {
                throw new IllegalStateException();
            }
        }
    }

    private static DocumentRule counting(DocumentRule rule, LongAdder checks) {
        return new DocumentRule() {
            @Override
            public RuleCode code() {
                return rule.code();
            }

            @Override
            public boolean appliesTo(FileKind kind) {
                return rule.appliesTo(kind);
            }

            @Override
            public List<Finding> check(DocumentContext ctx) {
                checks.increment();
                return rule.check(ctx);
            }

            // BEFORE-RUN: delete from here
            @Override
            public Set<WorkspaceFact> reads() {
                return rule.reads();
            }
            // BEFORE-RUN: to here
        };
    }
}
