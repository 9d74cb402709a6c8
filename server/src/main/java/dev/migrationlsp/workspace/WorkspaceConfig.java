package dev.migrationlsp.workspace;

import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable settings snapshot for one workspace root: file configuration merged with editor settings, discovery results,
 * and the problems found while reading them. A new instance replaces the old one on every change.
 */
public record WorkspaceConfig(
        Path root,
        Optional<Path> configFile,
        Optional<AlembicIni> alembicIni,
        Optional<Path> alembicVersions,
        Optional<Path> clickhouseMigrations,
        Optional<String> defaultBranch,
        Optional<Path> baseline,
        int debounceMs,
        Map<RuleCode, Severity> severities,
        Set<String> mutableTables,
        Set<String> rollupTables,
        Optional<Path> templatesDirectory,
        List<ConfigProblem> problems,
        List<AlembicHistory> histories,
        CheckAfter checkAfter,
        int postgresVersion) {

    public static final int DEFAULT_DEBOUNCE_MS = 100;
    /** Where the baseline lives when {@code baseline} is not configured (what "Accept Current Findings" writes). */
    public static final String DEFAULT_BASELINE = ".migration-lsp/baseline.json";
    /** The PostgreSQL major version the safety rules assume unless {@code postgres-version} says otherwise. */
    public static final int DEFAULT_POSTGRES_VERSION = 15;

    public WorkspaceConfig {
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        mutableTables = Set.copyOf(mutableTables);
        rollupTables = Set.copyOf(rollupTables);
        problems = List.copyOf(problems);
        histories = List.copyOf(histories);
    }

    /** The history named {@code name}. */
    public Optional<AlembicHistory> history(String name) {
        return histories.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    /** The history {@code file} is a revision of (the first one, should two histories read the same folder). */
    public Optional<AlembicHistory> historyOf(Path file) {
        for (AlembicHistory h : histories) {
            if (h.contains(file)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** The severity a rule runs with: configured, else the rule's default; {@link Severity#OFF} means do not report. */
    public Severity severity(RuleCode code) {
        return severities.getOrDefault(code, code.defaultSeverity());
    }

    /** True if {@code file} lies inside one of the migration directories. */
    public boolean isMigrationFile(Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (AlembicHistory h : histories) { // plain loops: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            for (Path dir : h.versionLocations()) {
                if (f.startsWith(dir)) {
                    return true;
                }
            }
        }
        return alembicVersions.isPresent() && f.startsWith(alembicVersions.get())
                || clickhouseMigrations.isPresent() && f.startsWith(clickhouseMigrations.get());
    }

    /** True if the entry {@code name} of the absolute, normalised {@code folder} is a revision of some history. */
    public boolean isAlembicFile(Path folder, String name) {
        for (AlembicHistory h : histories) {
            if (h.contains(folder, name)) {
                return true;
            }
        }
        return false;
    }

    /** True if the entry {@code name} of the absolute, normalised {@code folder} is a ClickHouse migration. */
    public boolean isClickHouseFile(Path folder, String name) {
        return clickhouseMigrations.isPresent()
                && folder.equals(clickhouseMigrations.get())
                && (name.endsWith(".sql") || name.endsWith(".py"))
                && !name.equals("__init__.py");
    }
}
