package dev.migrationlsp.workspace;

import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads the workspace configuration: {@code .migration-lsp.toml} (top level or {@code [tool.migration-lsp]}) or
 * {@code pyproject.toml} {@code [tool.migration-lsp]}, overlaid with editor settings of the same shape, plus
 * {@code alembic.ini} and directory discovery. Every unknown key or bad value becomes a {@link ConfigProblem} with its
 * position; nothing is silently defaulted.
 */
public final class ConfigLoader {

    public static final String DEDICATED_FILE = ".migration-lsp.toml";
    public static final String PYPROJECT = "pyproject.toml";
    private static final Set<String> SKIP_DIRS = Set.of(".git", "node_modules", ".venv", "venv", "target", "__pycache__",
            ".tox", ".mypy_cache", "build", "dist", ".idea", ".vscode");

    private static final Set<String> TOP_KEYS = Set.of("alembic-versions", "clickhouse-migrations", "default-branch",
            "baseline", "diagnostics-debounce-ms", "rules", "clickhouse", "templates", "postgres-version");
    private static final Set<String> CLICKHOUSE_KEYS = Set.of("mutable-tables", "rollup-tables");

    /** Loads configuration for {@code root} with no editor settings. */
    public WorkspaceConfig load(Path root) {
        return load(root, Map.of());
    }

    /**
     * Loads configuration for {@code root}; {@code settings} (editor settings, e.g. from JSON) override file values key by
     * key. Never throws for bad content: problems are collected in the result.
     */
    public WorkspaceConfig load(Path root, Map<String, Object> settings) {
        Path absRoot = root.toAbsolutePath().normalize();
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Map<String, TomlPosition> positions = new HashMap<>();
        Optional<Path> configFile = readConfigFile(absRoot, values, positions, problems);

        Builder b = new Builder(absRoot);
        applyValues(b, values, configFile.orElse(null), positions, problems);
        if (settings != null && !settings.isEmpty()) {
            applyValues(b, settings, null, Map.of(), problems);
        }

        Optional<AlembicIni> ini = Optional.empty();
        try {
            ini = AlembicIni.read(absRoot.resolve("alembic.ini"));
            if (ini.isEmpty()) {
                ini = findAlembicIni(absRoot);
            }
        } catch (IOException e) {
            problems.add(new ConfigProblem(absRoot.resolve("alembic.ini"), -1, -1, "cannot read alembic.ini: " + e.getMessage()));
        }
        Optional<Path> versions = b.alembicVersions != null ? Optional.of(b.alembicVersions)
                : ini.flatMap(AlembicIni::versionsDirectory).filter(Files::isDirectory);
        if (versions.isEmpty() && b.alembicVersions == null) {
            versions = discover(absRoot, "alembic", "versions", null);
        }
        // the Alembic versions directory may hold thousands of files and never contains the ClickHouse directory
        Optional<Path> clickhouse = b.clickhouseMigrations != null ? Optional.of(b.clickhouseMigrations)
                : discover(absRoot, "migrations", "clickhouse", versions.orElse(null));
        if (b.alembicVersions != null && !Files.isDirectory(b.alembicVersions)) {
            problems.add(problem(configFile.orElse(null), positions, "alembic-versions",
                    "alembic-versions: directory does not exist: " + b.alembicVersions));
        }
        if (b.clickhouseMigrations != null && !Files.isDirectory(b.clickhouseMigrations)) {
            problems.add(problem(configFile.orElse(null), positions, "clickhouse-migrations",
                    "clickhouse-migrations: directory does not exist: " + b.clickhouseMigrations));
        }
        return new WorkspaceConfig(absRoot, configFile, ini, versions, clickhouse, Optional.ofNullable(b.defaultBranch),
                Optional.ofNullable(b.baseline), b.debounceMs, b.severities, b.mutableTables, b.rollupTables,
                Optional.ofNullable(b.templates), problems, b.postgresVersion);
    }

    private Optional<Path> readConfigFile(Path root, Map<String, Object> values, Map<String, TomlPosition> positions,
            List<ConfigProblem> problems) {
        for (String name : List.of(DEDICATED_FILE, PYPROJECT)) {
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            TomlParseResult toml;
            try {
                toml = Toml.parse(file);
            } catch (IOException e) {
                problems.add(new ConfigProblem(file, -1, -1, "cannot read: " + e.getMessage()));
                return Optional.of(file);
            }
            if (toml.hasErrors()) {
                toml.errors().forEach(err -> problems.add(new ConfigProblem(file,
                        err.position() == null ? -1 : err.position().line() - 1,
                        err.position() == null ? -1 : err.position().column() - 1, "TOML syntax: " + err.getMessage())));
                return Optional.of(file);
            }
            TomlTable table = toml.getTable("tool.migration-lsp");
            String prefix = "tool.migration-lsp.";
            if (table == null && name.equals(DEDICATED_FILE)) {
                table = toml;
                prefix = "";
            }
            if (table == null) {
                continue; // a pyproject.toml without our section is not our configuration
            }
            values.putAll(table.toMap());
            for (String key : table.dottedKeySet(true)) {
                TomlPosition pos = toml.inputPositionOf(prefix + key);
                if (pos == null) {
                    pos = table.inputPositionOf(key);
                }
                if (pos != null) {
                    positions.put(key, pos);
                }
            }
            return Optional.of(file);
        }
        return Optional.empty();
    }

    private void applyValues(Builder b, Map<String, Object> values, Path file, Map<String, TomlPosition> positions,
            List<ConfigProblem> problems) {
        Map<String, Object> sorted = new TreeMap<>(values);
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            String key = e.getKey();
            Object v = unwrap(e.getValue());
            if (v == null) {
                continue; // JSON null in editor settings: keep the file's value
            }
            switch (key) {
                case "alembic-versions" -> b.alembicVersions = path(b.root, v, key, file, positions, problems);
                case "clickhouse-migrations" -> b.clickhouseMigrations = path(b.root, v, key, file, positions, problems);
                case "baseline" -> b.baseline = path(b.root, v, key, file, positions, problems);
                case "templates" -> b.templates = path(b.root, v, key, file, positions, problems);
                case "default-branch" -> {
                    if (v instanceof String s && !s.isBlank()) {
                        b.defaultBranch = s.trim();
                    } else {
                        problems.add(problem(file, positions, key, key + ": expected a branch label (string)"));
                    }
                }
                case "diagnostics-debounce-ms" -> {
                    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 0
                            && n.longValue() <= 60_000) {
                        b.debounceMs = n.intValue();
                    } else {
                        problems.add(problem(file, positions, key, key + ": expected a whole number of milliseconds from 0 to 60000"));
                    }
                }
                case "postgres-version" -> {
                    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 9
                            && n.longValue() <= 18) {
                        b.postgresVersion = n.intValue();
                    } else {
                        problems.add(problem(file, positions, key, key + ": expected a PostgreSQL major version from 9 to 18"));
                    }
                }
                case "rules" -> rules(b, v, file, positions, problems);
                case "clickhouse" -> clickhouse(b, v, file, positions, problems);
                default -> problems.add(problem(file, positions, key, "unknown key '" + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)) + ")"));
            }
        }
    }

    private void rules(Builder b, Object v, Path file, Map<String, TomlPosition> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(problem(file, positions, "rules", "rules: expected a table of rule-code = severity"));
            return;
        }
        for (Map.Entry<?, ?> r : new TreeMap<>(m).entrySet()) {
            String code = String.valueOf(r.getKey());
            String path = "rules." + code;
            Optional<RuleCode> rc = RuleCode.fromId(code);
            if (rc.isEmpty()) {
                problems.add(problem(file, positions, path, "rules: unknown rule code '" + code + "' (see `migration-lsp rules`)"));
                continue;
            }
            Object sv = unwrap(r.getValue());
            Optional<Severity> sev = sv instanceof String s ? Severity.parse(s) : Optional.empty();
            if (sev.isEmpty()) {
                problems.add(problem(file, positions, path, path + ": expected one of off, hint, info, warning, error"));
                continue;
            }
            b.severities.put(rc.get(), sev.get());
        }
    }

    private void clickhouse(Builder b, Object v, Path file, Map<String, TomlPosition> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(problem(file, positions, "clickhouse", "clickhouse: expected a table"));
            return;
        }
        for (Map.Entry<?, ?> r : new TreeMap<>(m).entrySet()) {
            String key = String.valueOf(r.getKey());
            String path = "clickhouse." + key;
            if (!CLICKHOUSE_KEYS.contains(key)) {
                problems.add(problem(file, positions, path, "unknown key '" + path + "' (known: clickhouse.mutable-tables, clickhouse.rollup-tables)"));
                continue;
            }
            Object lv = unwrap(r.getValue());
            List<String> names = new ArrayList<>();
            boolean ok = lv instanceof List<?>;
            if (ok) {
                for (Object o : (List<?>) lv) {
                    if (o instanceof String s && !s.isBlank()) {
                        names.add(s.trim());
                    } else {
                        ok = false;
                    }
                }
            }
            if (!ok) {
                problems.add(problem(file, positions, path, path + ": expected a list of table names"));
                continue;
            }
            if (key.equals("mutable-tables")) {
                b.mutableTables = new LinkedHashSet<>(names);
            } else {
                b.rollupTables = new LinkedHashSet<>(names);
            }
        }
    }

    private Path path(Path root, Object v, String key, Path file, Map<String, TomlPosition> positions, List<ConfigProblem> problems) {
        if (v instanceof String s && !s.isBlank()) {
            Path p = root.resolve(s.trim()).toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                // the tool reads and writes only inside the workspace
                problems.add(problem(file, positions, key, key + ": must be inside the workspace, got " + s.trim()));
                return null;
            }
            return p;
        }
        problems.add(problem(file, positions, key, key + ": expected a path (string)"));
        return null;
    }

    /** tomlj returns TomlTable/TomlArray from toMap(); editor settings arrive as plain maps and lists. */
    private static Object unwrap(Object v) {
        if (v instanceof TomlTable t) {
            return t.toMap();
        }
        if (v instanceof org.tomlj.TomlArray a) {
            return a.toList();
        }
        return v;
    }

    private static ConfigProblem problem(Path file, Map<String, TomlPosition> positions, String key, String message) {
        TomlPosition p = positions.get(key);
        return new ConfigProblem(file, p == null ? -1 : p.line() - 1, p == null ? -1 : p.column() - 1, message);
    }

    private static Optional<AlembicIni> findAlembicIni(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        walk(root, 3, null, dir -> {
            Path ini = dir.resolve("alembic.ini");
            if (Files.isRegularFile(ini)) {
                found.add(ini);
            }
        });
        for (Path p : found) {
            Optional<AlembicIni> ini = AlembicIni.read(p);
            if (ini.isPresent()) {
                return ini;
            }
        }
        return Optional.empty();
    }

    /** First directory {@code .../parentName/childName} below the root (shallowest, then alphabetical). */
    static Optional<Path> discover(Path root, String parentName, String childName, Path skip) {
        List<Path> hits = new ArrayList<>();
        try {
            walk(root, 6, skip, dir -> {
                Path name = dir.getFileName();
                Path parent = dir.getParent();
                if (name != null && parent != null && parent.getFileName() != null && name.toString().equals(childName)
                        && parent.getFileName().toString().equals(parentName)) {
                    hits.add(dir);
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return hits.stream().min((a, b) -> a.getNameCount() != b.getNameCount()
                ? Integer.compare(a.getNameCount(), b.getNameCount()) : a.compareTo(b));
    }

    /** Visits the directories below {@code root}, except {@code skip} and hidden or build directories. */
    private static void walk(Path root, int maxDepth, Path skip, java.util.function.Consumer<Path> onDir) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path n = dir.getFileName();
                if (!dir.equals(root) && (dir.equals(skip)
                        || (n != null && (SKIP_DIRS.contains(n.toString()) || n.toString().startsWith("."))))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDir.accept(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final class Builder {
        final Path root;
        Path alembicVersions;
        Path clickhouseMigrations;
        Path baseline;
        Path templates;
        String defaultBranch;
        int debounceMs = WorkspaceConfig.DEFAULT_DEBOUNCE_MS;
        int postgresVersion = WorkspaceConfig.DEFAULT_POSTGRES_VERSION;
        final Map<RuleCode, Severity> severities = new java.util.EnumMap<>(RuleCode.class);
        Set<String> mutableTables = Set.of();
        Set<String> rollupTables = Set.of();

        Builder(Path root) {
            this.root = root;
        }
    }
}
