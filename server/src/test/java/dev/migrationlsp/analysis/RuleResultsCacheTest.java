package dev.migrationlsp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.lsp.TestServer;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-file results cache while typing: an edit re-runs the rules of the edited file only, unless it changes a fact
 * other files' rules read (the ClickHouse schema); and a cached answer is always the answer a fresh analyzer gives.
 */
class RuleResultsCacheTest {
    Path root;
    Path alembicA;
    Path alembicB;
    Path commits;
    Path daily;
    Workspace ws;
    Analyzer analyzer;

    @BeforeEach
    void setUp() throws IOException {
        root = TestServer.copyOfExamples();
        Path versions = root.resolve("src/dev_health_ops/alembic/versions");
        Path clickhouse = root.resolve("src/dev_health_ops/migrations/clickhouse");
        alembicA = versions.resolve("0002_create_users.py");
        alembicB = versions.resolve("0003_create_settings.py");
        commits = clickhouse.resolve("000_create_commits.sql");
        daily = clickhouse.resolve("002_commits_daily.sql");
        analyzer = newAnalyzer();
        ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        for (Path p : List.of(alembicA, alembicB, commits, daily)) {
            ws.open(p, 1, Files.readString(p));
        }
    }

    private static Analyzer newAnalyzer() {
        return new CoreWiring().analyzer();
    }

    /** What the server does after a keystroke: analyse every open file on the new snapshot. */
    private Map<Path, List<Finding>> analyzeOpen(WorkspaceSnapshot snap) {
        Map<Path, List<Finding>> out = new LinkedHashMap<>();
        for (Path p : List.of(alembicA, alembicB, commits, daily)) {
            out.put(p, analyzer.analyze(snap, p, CancelChecker.NEVER));
        }
        return out;
    }

    private WorkspaceSnapshot type(Path file, String from, String to) {
        String text = ws.openDocument(file).orElseThrow().text().text();
        assertThat(text).contains(from);
        return ws.change(
                file,
                ws.openDocument(file).orElseThrow().version() + 1,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private long missesAfter(Runnable r) {
        long before = analyzer.cacheStats().misses();
        r.run();
        return analyzer.cacheStats().misses() - before;
    }

    @Test
    void typingInOneFileReRunsTheRulesOfThatFileOnly() {
        assertThat(missesAfter(() -> analyzeOpen(ws.snapshot()))).isEqualTo(4);
        // a keystroke in an Alembic body, then in a ClickHouse comment: one file each
        assertThat(missesAfter(() -> analyzeOpen(type(alembicA, "def upgrade()", "def upgrade( )"))))
                .isEqualTo(1);
        assertThat(missesAfter(() -> analyzeOpen(type(commits, "-- Raw commits", "-- Raw  commits"))))
                .isEqualTo(1);
        long hitsBefore = analyzer.cacheStats().hits();
        analyzeOpen(ws.snapshot());
        assertThat(analyzer.cacheStats().hits() - hitsBefore).isEqualTo(4);
    }

    @Test
    void aChangedTableDefinitionReRunsEveryClickHouseFileButNoAlembicOne() {
        analyzeOpen(ws.snapshot());
        long missesBefore = analyzer.cacheStats().misses();
        WorkspaceSnapshot snap = type(commits, "deletions UInt32", "deletions UInt32,\n    files_changed UInt32");
        Map<Path, List<Finding>> cached = analyzeOpen(snap);
        assertThat(analyzer.cacheStats().misses() - missesBefore)
                .isEqualTo(2); // both ClickHouse files, neither Alembic one
        assertThat(cached).isEqualTo(freshAnswers(snap));
    }

    @Test
    void cachedAnswersEqualAFreshAnalyzersWhileDefinitionsComeAndGo() {
        analyzeOpen(ws.snapshot());
        // dropping the table the rollup reads changes another file's findings: the cache must not hide that
        WorkspaceSnapshot renamed =
                type(commits, "CREATE TABLE IF NOT EXISTS commits (", "CREATE TABLE IF NOT EXISTS commits_raw (");
        Map<Path, List<Finding>> afterRename = analyzeOpen(renamed);
        assertThat(afterRename).isEqualTo(freshAnswers(renamed));
        assertThat(afterRename.get(daily)).anyMatch(f -> f.code().id().equals("unknown-table"));
        WorkspaceSnapshot back = type(commits, "commits_raw (", "commits (");
        Map<Path, List<Finding>> afterUndo = analyzeOpen(back);
        assertThat(afterUndo).isEqualTo(freshAnswers(back));
        assertThat(afterUndo.get(daily)).noneMatch(f -> f.code().id().equals("unknown-table"));
    }

    @Test
    void configurationChangesReRunEveryFile() throws IOException {
        analyzeOpen(ws.snapshot());
        Path pyproject = root.resolve("pyproject.toml");
        Files.writeString(
                pyproject,
                Files.readString(pyproject)
                        .replace(
                                "mutable-tables = [\"pull_requests\", \"work_items\"]",
                                "mutable-tables = [\"pull_requests\", \"work_items\", \"commits\"]"));
        WorkspaceSnapshot snap = ws.filesChanged(List.of(pyproject));
        long missesBefore = analyzer.cacheStats().misses();
        Map<Path, List<Finding>> cached = analyzeOpen(snap);
        assertThat(analyzer.cacheStats().misses() - missesBefore).isEqualTo(4);
        assertThat(cached).isEqualTo(freshAnswers(snap));
        assertThat(cached.get(daily)).anyMatch(f -> f.code().id().equals("mutable-source-in-view"));
    }

    private Map<Path, List<Finding>> freshAnswers(WorkspaceSnapshot snap) {
        Analyzer fresh = newAnalyzer();
        Map<Path, List<Finding>> out = new LinkedHashMap<>();
        for (Path p : List.of(alembicA, alembicB, commits, daily)) {
            out.put(p, fresh.analyze(snap, p, CancelChecker.NEVER));
        }
        return out;
    }
}
