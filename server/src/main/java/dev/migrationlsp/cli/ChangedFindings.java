package dev.migrationlsp.cli;

import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.analysis.Baseline;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code check --changed-since REF} and {@code check --staged} report: every finding in a file the change adds or
 * modifies, plus the findings the change causes in files it leaves alone — a second head on an old revision, an
 * unknown parent after a deletion, a ClickHouse number the new file collides with. The latter are found by checking the
 * tree as it was before the change (exported from git into a scratch folder) and keeping only what is new, by the same
 * content fingerprints a baseline uses, so moved lines do not count as new.
 */
final class ChangedFindings {
    /** Only what a migration check reads; a monorepo's other files stay out of the scratch copy. */
    private static final Set<String> EXTENSIONS = Set.of(".py", ".sql", ".ini", ".toml", ".cfg");

    private ChangedFindings() {}

    static List<Finding> select(
            Git git,
            Git.Change change,
            WorkspaceSnapshot ws,
            List<Finding> current,
            Analyzer analyzer,
            ConfigLoader loader) {
        Path root = ws.root();
        Path realRoot = realPath(root);
        Set<Path> changed = new HashSet<>();
        for (Path p : change.files()) {
            if (p.startsWith(realRoot)) {
                changed.add(root.resolve(realRoot.relativize(p)).normalize());
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Finding> elsewhere = new ArrayList<>();
        for (Finding f : current) {
            (changed.contains(f.file().toAbsolutePath().normalize()) ? out : elsewhere).add(f);
        }
        if (!elsewhere.isEmpty() && change.base().isPresent()) {
            out.addAll(newSince(git, change.base().get(), ws, realRoot, elsewhere, analyzer, loader));
        }
        out.sort(Analyzer.ORDER);
        return out;
    }

    private static List<Finding> newSince(
            Git git,
            String base,
            WorkspaceSnapshot ws,
            Path realRoot,
            List<Finding> findings,
            Analyzer analyzer,
            ConfigLoader loader) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("migration-lsp-base");
            // keep the workspace's own folder name: discovery and messages may depend on it
            Path before = scratch.resolve(
                    realRoot.getFileName() == null
                            ? "root"
                            : realRoot.getFileName().toString());
            Files.createDirectories(before);
            git.export(base, git.top().relativize(realRoot), ChangedFindings::wanted, before);
            WorkspaceSnapshot old = new Workspace(before, loader).load(Map.of());
            Baseline previous = Baseline.of(analyzer.checkAllUnbaselined(old, CancelChecker.NEVER), old::relative);
            // a file neither in the change nor in the base is untracked noise (pre-commit leaves untracked files in
            // place)
            Path beforeRoot = before;
            List<Finding> tracked = findings.stream()
                    .filter(f -> Files.exists(beforeRoot.resolve(ws.relative(f.file()))))
                    .toList();
            return previous.filter(tracked, ws::relative);
        } catch (IOException e) {
            throw new RootCommand.UsageError(
                    "cannot export the tree of " + base + " to compare with: " + e.getMessage());
        } finally {
            deleteTree(scratch);
        }
    }

    private static boolean wanted(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(path.substring(dot));
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder under the temp directory: left for the system to clean
        }
    }
}
