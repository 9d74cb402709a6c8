package dev.migrationlsp.workspace;

import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the workspace configuration: {@code .migration-lsp.toml} (top level or {@code [tool.migration-lsp]}) or
 * {@code pyproject.toml} {@code [tool.migration-lsp]}, overlaid with editor settings of the same shape, plus
 * {@code alembic.ini} and directory discovery. Every unknown key or bad value becomes a {@link ConfigProblem} with its
 * position; nothing is silently defaulted.
 */
public final class ConfigLoader {

    public static final String DEDICATED_FILE = ".migration-lsp.toml";
    public static final String PYPROJECT = "pyproject.toml";

    private static final Set<String> TOP_KEYS = Set.of(
            "alembic-versions",
            "clickhouse-migrations",
            "default-branch",
            "baseline",
            "diagnostics-debounce-ms",
            "rules",
            "clickhouse",
            "templates",
            "histories",
            "check-after",
            "postgres-version");
    private static final Set<String> CLICKHOUSE_KEYS = Set.of("mutable-tables", "rollup-tables");
    private static final Set<String> CHECK_AFTER_KEYS = Set.of("alembic", "clickhouse");

    /** Loads configuration for {@code root} with no editor settings. */
    public WorkspaceConfig load(Path root) {
        return load(root, Map.of());
    }

    /**
     * Loads configuration for {@code root}; {@code settings} (editor settings, e.g. from JSON) override file values key by
     * key. Never throws for bad content: problems are collected in the result.
     */
    public WorkspaceConfig load(Path root, Map<String, Object> settings) {
        return load(root, settings, new FolderNames());
    }

    /** {@link #load(Path, Map)}, keeping the names discovery's walk read in each folder with Python files. */
    WorkspaceConfig load(Path root, Map<String, Object> settings, FolderNames walked) {
        Path absRoot = root.toAbsolutePath().normalize();
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Map<String, TomlReader.Position> positions = new HashMap<>();
        Optional<Path> configFile = readConfigFile(absRoot, values, positions, problems);

        Builder b = new Builder(absRoot);
        applyValues(b, values, configFile.orElse(null), positions, problems);
        if (settings != null && !settings.isEmpty()) {
            applyValues(b, settings, null, Map.of(), problems);
        }

        AlembicDiscovery.Scan scan = null;
        if (b.alembicVersions == null && b.histories == null || b.clickhouseMigrations == null) {
            scan = AlembicDiscovery.scan(absRoot, walked);
        }
        List<AlembicHistory> histories = new ArrayList<>();
        if (b.histories != null) {
            if (b.alembicVersions != null) {
                problems.add(problem(
                        configFile.orElse(null),
                        positions,
                        "histories",
                        "histories: set either alembic-versions or histories, not both"));
            }
            histories.addAll(configuredHistories(absRoot, b, configFile.orElse(null), positions, problems));
        } else if (b.alembicVersions != null) {
            histories.add(configuredVersions(absRoot, b.alembicVersions, scan));
        } else {
            histories.addAll(AlembicDiscovery.histories(absRoot, scan));
        }
        Optional<Path> versions = histories.isEmpty()
                ? Optional.empty()
                : Optional.of(histories.get(0).primaryVersions());
        Optional<AlembicIni> ini = Optional.empty();
        try {
            // plain code, no lambdas, on this path of every short command (see AlembicDiscovery.fromSection)
            Optional<Path> source =
                    histories.isEmpty() ? Optional.empty() : histories.get(0).source();
            Optional<Path> iniFile = histories.isEmpty()
                    ? Optional.of(absRoot.resolve("alembic.ini"))
                    : source.isPresent()
                                    && source.get().getFileName().toString().endsWith(".ini")
                            ? source
                            : Optional.empty();
            ini = iniFile.isPresent() ? AlembicIni.read(iniFile.get()) : Optional.empty();
        } catch (IOException e) {
            problems.add(new ConfigProblem(
                    absRoot.resolve("alembic.ini"), -1, -1, "cannot read alembic.ini: " + e.getMessage()));
        }
        Optional<Path> clickhouse = b.clickhouseMigrations != null
                ? Optional.of(b.clickhouseMigrations)
                : scan.clickhouseDirs().isEmpty()
                        ? Optional.empty()
                        : Optional.of(scan.clickhouseDirs().get(0));
        if (b.alembicVersions != null && !Files.isDirectory(b.alembicVersions)) {
            problems.add(problem(
                    configFile.orElse(null),
                    positions,
                    "alembic-versions",
                    "alembic-versions: directory does not exist: " + b.alembicVersions));
        }
        if (b.clickhouseMigrations != null && !Files.isDirectory(b.clickhouseMigrations)) {
            problems.add(problem(
                    configFile.orElse(null),
                    positions,
                    "clickhouse-migrations",
                    "clickhouse-migrations: directory does not exist: " + b.clickhouseMigrations));
        }
        for (AlembicHistory h : histories) {
            for (Path d : h.versionLocations()) {
                leadsOutside(absRoot, d, h.source().orElse(configFile.orElse(null)), problems);
            }
        }
        if (clickhouse.isPresent()) {
            leadsOutside(absRoot, clickhouse.get(), configFile.orElse(null), problems);
        }
        return new WorkspaceConfig(
                absRoot,
                configFile,
                ini,
                versions,
                clickhouse,
                Optional.ofNullable(b.defaultBranch),
                Optional.of(b.baseline != null ? b.baseline : absRoot.resolve(WorkspaceConfig.DEFAULT_BASELINE)),
                b.debounceMs,
                b.severities,
                b.mutableTables,
                b.rollupTables,
                Optional.ofNullable(b.templates),
                problems,
                histories,
                b.checkAfter,
                b.postgresVersion);
    }

    /**
     * {@code alembic-versions} names the folder; the rest (file_template, slug length, time zone) comes from the
     * discovered environment that reads that folder, else the root {@code alembic.ini}, else Alembic's defaults.
     */
    private static AlembicHistory configuredVersions(Path root, Path versions, AlembicDiscovery.Scan scan) {
        List<AlembicHistory> discovered = new ArrayList<>();
        if (scan != null) {
            scan.iniFiles().forEach(ini -> discovered.addAll(AlembicDiscovery.fromIni(root, ini)));
        } else if (Files.isRegularFile(root.resolve("alembic.ini"))) {
            discovered.addAll(AlembicDiscovery.fromIni(root, root.resolve("alembic.ini")));
        }
        Optional<AlembicHistory> match = discovered.stream()
                .filter(h -> h.versionLocations().contains(versions))
                .findFirst()
                .or(() -> discovered.stream()
                        .filter(h -> h.source().equals(Optional.of(root.resolve("alembic.ini")))
                                && h.section().equals("alembic"))
                        .findFirst());
        Path parent = versions.getParent() == null ? versions : versions.getParent();
        Path script = versions.getFileName() != null
                        && versions.getFileName().toString().equals("versions")
                ? parent
                : versions;
        String name = AlembicDiscovery.relativeName(root, script);
        return match.map(h -> new AlembicHistory(
                        name,
                        h.source(),
                        h.section(),
                        script,
                        List.of(versions),
                        false,
                        h.fileTemplate(),
                        h.truncateSlugLength(),
                        h.timezone()))
                .orElseGet(() -> new AlembicHistory(
                        name,
                        Optional.empty(),
                        "alembic",
                        script,
                        List.of(versions),
                        false,
                        AlembicHistory.DEFAULT_FILE_TEMPLATE,
                        AlembicHistory.DEFAULT_TRUNCATE_SLUG_LENGTH,
                        Optional.empty()));
    }

    /** {@code [histories.NAME]} tables: each an ini section ({@code alembic-ini}, {@code section}) or folders. */
    private List<AlembicHistory> configuredHistories(
            Path root, Builder b, Path file, Map<String, TomlReader.Position> positions, List<ConfigProblem> problems) {
        List<AlembicHistory> out = new ArrayList<>();
        for (HistorySpec spec : b.histories) {
            String key = "histories." + spec.name();
            Optional<AlembicHistory> fromIni = Optional.empty();
            if (spec.ini() != null) {
                if (!Files.isRegularFile(spec.ini())) {
                    problems.add(problem(
                            file,
                            positions,
                            key + ".alembic-ini",
                            key + ".alembic-ini: file does not exist: " + spec.ini()));
                    continue;
                }
                String section = spec.section() == null ? "alembic" : spec.section();
                fromIni = AlembicDiscovery.fromIni(root, spec.ini()).stream()
                        .filter(h -> h.section().equals(section))
                        .findFirst();
                if (fromIni.isEmpty() && spec.versions().isEmpty()) {
                    problems.add(problem(
                            file,
                            positions,
                            key + ".section",
                            key + ": " + root.relativize(spec.ini()) + " has no section [" + section
                                    + "] with a script_location in this workspace"));
                    continue;
                }
            } else if (spec.versions().isEmpty()) {
                problems.add(problem(file, positions, key, key + ": expected alembic-versions or alembic-ini"));
                continue;
            }
            for (Path v : spec.versions()) {
                if (!Files.isDirectory(v)) {
                    problems.add(problem(
                            file,
                            positions,
                            key + ".alembic-versions",
                            key + ".alembic-versions: directory does not exist: " + v));
                }
            }
            List<Path> versions = spec.versions().isEmpty() ? fromIni.get().versionLocations() : spec.versions();
            Path script = fromIni.map(AlembicHistory::scriptLocation).orElseGet(() -> {
                Path first = versions.get(0);
                return first.getFileName().toString().equals("versions") && first.getParent() != null
                        ? first.getParent()
                        : first;
            });
            String template = spec.fileTemplate() != null
                    ? spec.fileTemplate()
                    : fromIni.map(AlembicHistory::fileTemplate).orElse(AlembicHistory.DEFAULT_FILE_TEMPLATE);
            boolean recursive = spec.recursive() != null
                    ? spec.recursive()
                    : fromIni.map(AlembicHistory::recursive).orElse(false);
            out.add(new AlembicHistory(
                    spec.name(),
                    fromIni.flatMap(AlembicHistory::source).or(() -> Optional.ofNullable(file)),
                    fromIni.map(AlembicHistory::section).orElse("alembic"),
                    script,
                    versions,
                    recursive,
                    template,
                    fromIni.map(AlembicHistory::truncateSlugLength).orElse(AlembicHistory.DEFAULT_TRUNCATE_SLUG_LENGTH),
                    fromIni.flatMap(AlembicHistory::timezone)));
        }
        return out;
    }

    private Optional<Path> readConfigFile(
            Path root,
            Map<String, Object> values,
            Map<String, TomlReader.Position> positions,
            List<ConfigProblem> problems) {
        for (String name : List.of(DEDICATED_FILE, PYPROJECT)) {
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            TomlReader.Result toml;
            try {
                toml = TomlReader.read(Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(new ConfigProblem(file, -1, -1, "cannot read: " + e.getMessage()));
                return Optional.of(file);
            }
            if (toml.hasProblem()) {
                TomlReader.Problem err = toml.problem();
                problems.add(new ConfigProblem(file, err.line(), err.column(), "TOML syntax: " + err.message()));
                return Optional.of(file);
            }
            Map<String, Object> table = toml.table("tool", "migration-lsp");
            String prefix = "tool.migration-lsp.";
            if (table == null && name.equals(DEDICATED_FILE)) {
                table = toml.root();
                prefix = "";
            }
            if (table == null) {
                continue; // a pyproject.toml without our section is not our configuration
            }
            values.putAll(table);
            for (Map.Entry<String, TomlReader.Position> e : toml.positions().entrySet()) {
                if (e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length()) {
                    positions.put(e.getKey().substring(prefix.length()), e.getValue());
                }
            }
            return Optional.of(file);
        }
        return Optional.empty();
    }

    private void applyValues(
            Builder b,
            Map<String, Object> values,
            Path file,
            Map<String, TomlReader.Position> positions,
            List<ConfigProblem> problems) {
        Map<String, Object> sorted = new TreeMap<>(values);
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (v == null) {
                continue; // JSON null in editor settings: keep the file's value
            }
            switch (key) {
                case "alembic-versions" -> b.alembicVersions = path(b.root, v, key, file, positions, problems);
                case "clickhouse-migrations" ->
                    b.clickhouseMigrations = path(b.root, v, key, file, positions, problems);
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
                    if (v instanceof Number n
                            && n.doubleValue() == Math.rint(n.doubleValue())
                            && n.longValue() >= 0
                            && n.longValue() <= 60_000) {
                        b.debounceMs = n.intValue();
                    } else {
                        problems.add(problem(
                                file,
                                positions,
                                key,
                                key + ": expected a whole number of milliseconds from 0 to 60000"));
                    }
                }
                case "postgres-version" -> {
                    if (v instanceof Number n
                            && n.doubleValue() == Math.rint(n.doubleValue())
                            && n.longValue() >= 9
                            && n.longValue() <= 18) {
                        b.postgresVersion = n.intValue();
                    } else {
                        problems.add(problem(
                                file, positions, key, key + ": expected a PostgreSQL major version from 9 to 18"));
                    }
                }
                case "rules" -> rules(b, v, file, positions, problems);
                case "clickhouse" -> clickhouse(b, v, file, positions, problems);
                case "check-after" -> checkAfter(b, v, file, positions, problems);
                case "histories" -> histories(b, v, file, positions, problems);
                default ->
                    problems.add(problem(
                            file,
                            positions,
                            key,
                            "unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(TOP_KEYS))
                                    + ")"));
            }
        }
    }

    private void rules(
            Builder b, Object v, Path file, Map<String, TomlReader.Position> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(problem(file, positions, "rules", "rules: expected a table of rule-code = severity"));
            return;
        }
        for (Map.Entry<?, ?> r : new TreeMap<>(m).entrySet()) {
            String code = String.valueOf(r.getKey());
            String path = "rules." + code;
            Optional<RuleCode> rc = RuleCode.fromId(code);
            if (rc.isEmpty()) {
                problems.add(problem(
                        file, positions, path, "rules: unknown rule code '" + code + "' (see `migration-lsp rules`)"));
                continue;
            }
            Object sv = r.getValue();
            Optional<Severity> sev = sv instanceof String s ? Severity.parse(s) : Optional.empty();
            if (sev.isEmpty()) {
                problems.add(
                        problem(file, positions, path, path + ": expected one of off, hint, info, warning, error"));
                continue;
            }
            b.severities.put(rc.get(), sev.get());
        }
    }

    private void clickhouse(
            Builder b, Object v, Path file, Map<String, TomlReader.Position> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(problem(file, positions, "clickhouse", "clickhouse: expected a table"));
            return;
        }
        for (Map.Entry<?, ?> r : new TreeMap<>(m).entrySet()) {
            String key = String.valueOf(r.getKey());
            String path = "clickhouse." + key;
            if (!CLICKHOUSE_KEYS.contains(key)) {
                problems.add(problem(
                        file,
                        positions,
                        path,
                        "unknown key '" + path + "' (known: clickhouse.mutable-tables, clickhouse.rollup-tables)"));
                continue;
            }
            Object lv = r.getValue();
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

    private void checkAfter(
            Builder b, Object v, Path file, Map<String, TomlReader.Position> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(problem(
                    file,
                    positions,
                    "check-after",
                    "check-after: expected a table (alembic = \"REV\", clickhouse = N)"));
            return;
        }
        List<String> revisions = b.checkAfter.alembicRevisions();
        java.util.OptionalInt number = b.checkAfter.clickhouseNumber();
        for (Map.Entry<?, ?> r : new TreeMap<>(m).entrySet()) {
            String key = String.valueOf(r.getKey());
            String path = "check-after." + key;
            Object value = r.getValue();
            if (!CHECK_AFTER_KEYS.contains(key)) {
                problems.add(problem(
                        file,
                        positions,
                        path,
                        "unknown key '" + path + "' (known: check-after.alembic, check-after.clickhouse)"));
            } else if (key.equals("alembic")) {
                List<?> list = value instanceof List<?> l ? l : List.of(value);
                if (!list.isEmpty() && list.stream().allMatch(o -> o instanceof String s && !s.isBlank())) {
                    revisions = list.stream().map(o -> ((String) o).trim()).toList();
                } else {
                    problems.add(problem(file, positions, path, path + ": expected a revision id or a list of them"));
                }
            } else if (value instanceof Number n
                    && n.doubleValue() == Math.rint(n.doubleValue())
                    && n.longValue() >= 0
                    && n.longValue() <= Integer.MAX_VALUE) {
                number = java.util.OptionalInt.of(n.intValue());
            } else {
                problems.add(problem(file, positions, path, path + ": expected a migration number (a whole number)"));
            }
        }
        b.checkAfter = new CheckAfter(revisions, number);
    }

    private Path path(
            Path root,
            Object v,
            String key,
            Path file,
            Map<String, TomlReader.Position> positions,
            List<ConfigProblem> problems) {
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

    private static ConfigProblem problem(
            Path file, Map<String, TomlReader.Position> positions, String key, String message) {
        TomlReader.Position p = positions.get(key);
        return new ConfigProblem(file, p == null ? -1 : p.line(), p == null ? -1 : p.column(), message);
    }

    /** One {@code [histories.NAME]} table; null fields were not given. */
    private record HistorySpec(
            String name, List<Path> versions, Path ini, String section, Boolean recursive, String fileTemplate) {}

    /**
     * Compiled on first use, not when the class loads: a pattern's compilation links lambdas, which costs every
     * short command start-up time although few configurations name histories.
     */
    private static final class HistoryName {
        static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}");
    }

    private static final Set<String> HISTORY_KEYS =
            Set.of("alembic-versions", "alembic-ini", "section", "recursive", "file-template");

    private void histories(
            Builder b, Object v, Path file, Map<String, TomlReader.Position> positions, List<ConfigProblem> problems) {
        if (!(v instanceof Map<?, ?> m) || m.isEmpty()) {
            problems.add(
                    problem(file, positions, "histories", "histories: expected a table of history-name = { ... }"));
            return;
        }
        List<HistorySpec> specs = new ArrayList<>();
        for (Map.Entry<?, ?> h : new TreeMap<>(m).entrySet()) {
            String name = String.valueOf(h.getKey());
            String key = "histories." + name;
            Object hv = h.getValue();
            if (!HistoryName.PATTERN.matcher(name).matches()) {
                problems.add(problem(file, positions, key, key + ": a history name is letters, digits and _ . : / -"));
                continue;
            }
            if (!(hv instanceof Map<?, ?> fields)) {
                problems.add(
                        problem(file, positions, key, key + ": expected a table (alembic-versions, alembic-ini, ...)"));
                continue;
            }
            List<Path> versions = new ArrayList<>();
            Path ini = null;
            String section = null;
            Boolean recursive = null;
            String template = null;
            boolean ok = true;
            for (Map.Entry<?, ?> f : new TreeMap<>(fields).entrySet()) {
                String fk = String.valueOf(f.getKey());
                String fkey = key + "." + fk;
                Object fv = f.getValue();
                switch (fk) {
                    case "alembic-versions" -> {
                        List<?> items = fv instanceof List<?> l ? l : List.of(fv);
                        for (Object item : items) {
                            Path p = path(b.root, item, fkey, file, positions, problems);
                            ok &= p != null;
                            if (p != null) {
                                versions.add(p);
                            }
                        }
                    }
                    case "alembic-ini" -> {
                        ini = path(b.root, fv, fkey, file, positions, problems);
                        ok &= ini != null;
                    }
                    case "section" -> {
                        if (fv instanceof String s && !s.isBlank()) {
                            section = s.strip();
                        } else {
                            problems.add(
                                    problem(file, positions, fkey, fkey + ": expected an ini section name (string)"));
                            ok = false;
                        }
                    }
                    case "recursive" -> {
                        if (fv instanceof Boolean bool) {
                            recursive = bool;
                        } else {
                            problems.add(problem(file, positions, fkey, fkey + ": expected true or false"));
                            ok = false;
                        }
                    }
                    case "file-template" -> {
                        if (fv instanceof String s && s.contains("%(rev)s")) {
                            template = s.strip();
                        } else {
                            problems.add(problem(
                                    file, positions, fkey, fkey + ": expected an Alembic file_template with %(rev)s"));
                            ok = false;
                        }
                    }
                    default -> {
                        problems.add(problem(
                                file,
                                positions,
                                fkey,
                                "unknown key '" + fkey + "' (known: "
                                        + String.join(", ", new java.util.TreeSet<>(HISTORY_KEYS)) + ")"));
                        ok = false;
                    }
                }
            }
            if (ok) {
                specs.add(new HistorySpec(name, List.copyOf(versions), ini, section, recursive, template));
            }
        }
        b.histories = specs;
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
        CheckAfter checkAfter = CheckAfter.NONE;
        List<HistorySpec> histories;

        Builder(Path root) {
            this.root = root;
        }
    }

    /**
     * A migration folder that is, or is reached through, a link leading outside the workspace is not read (its content
     * must not show up as this workspace's): a problem says so, so that {@code check} fails instead of passing on
     * nothing and {@code new} does not write there.
     */
    private static void leadsOutside(Path root, Path dir, Path file, List<ConfigProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            Path real = dir.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                String rel =
                        dir.startsWith(root) ? root.relativize(dir).toString().replace('\\', '/') : dir.toString();
                problems.add(new ConfigProblem(
                        file,
                        -1,
                        -1,
                        rel + " resolves outside the workspace (to " + real + "), so it is not read;"
                                + " run from a folder that contains both"));
            }
        } catch (IOException e) {
            // unreadable: the listing finds nothing there either
        }
    }
}
