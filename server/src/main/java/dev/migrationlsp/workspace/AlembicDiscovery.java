package dev.migrationlsp.workspace;

import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.alembic.RevisionHeaderScanner;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds every Alembic environment in a workspace with no configuration, the way Alembic itself would read each one:
 * every {@code alembic.ini} at any depth and each of its sections that names a {@code script_location} (the
 * {@code alembic --name SECTION} environments), Flask-Migrate's {@code migrations/alembic.ini} without one,
 * {@code [tool.alembic]} in any {@code pyproject.toml} (Alembic 1.16+); failing all of those, folders of revision files.
 * One walk of the tree serves every question (and the ClickHouse folder search); virtual environments, VCS metadata and
 * build output are never entered.
 */
final class AlembicDiscovery {
    static final Set<String> SKIP_DIRS = Set.of(
            ".git",
            ".hg",
            ".svn",
            "node_modules",
            ".venv",
            "venv",
            "target",
            "__pycache__",
            ".tox",
            ".nox",
            ".mypy_cache",
            ".pytest_cache",
            ".ruff_cache",
            "build",
            "dist",
            ".idea",
            ".vscode",
            "site-packages",
            ".eggs");
    /** How deep below the root a {@code migrations/clickhouse} folder is looked for (as before). */
    static final int CLICKHOUSE_MAX_DEPTH = 6;

    /**
     * Compiled on first use, not when the class loads: compiling a pattern links lambdas, which costs every short
     * command start-up time although few ini files need these.
     */
    private static final class Patterns {
        static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
        /** Alembic 1.8's split for {@code version_locations} when no separator is configured. */
        static final Pattern LEGACY_SPLIT = Pattern.compile(", *| +");
    }

    private static final int REVISION_FILES_PROBED = 3;

    private AlembicDiscovery() {}

    /** What one walk of the tree found, each list sorted (shallowest first, then by path). */
    record Scan(List<Path> iniFiles, List<Path> pyprojects, List<Path> pythonDirs, List<Path> clickhouseDirs) {}

    /**
     * Walks everything below {@code root} except skipped folders (hidden ones, virtual environments, build output);
     * the names of each folder with Python files go to {@code names}.
     */
    static Scan scan(Path root, FolderNames names) {
        List<Path> inis = new ArrayList<>();
        List<Path> pyprojects = new ArrayList<>();
        Set<Path> pythonDirs = new LinkedHashSet<>();
        List<Path> clickhouse = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Scan(List.of(), List.of(), List.of(), List.of());
        }
        walk(root, root, inis, pyprojects, pythonDirs, clickhouse, names);
        return new Scan(sorted(inis), sorted(pyprojects), sorted(new ArrayList<>(pythonDirs)), sorted(clickhouse));
    }

    /**
     * One folder of {@link #scan}, depth first. Entries named like modules, bytecode or SQL are taken for files without
     * a stat call: a versions folder holds thousands of them, and a stat each was most of the walk's time (so a folder
     * named {@code x.py} is not entered). Everything else is looked at without following links, as
     * {@link Files#walkFileTree} does.
     */
    private static void walk(
            Path root,
            Path dir,
            List<Path> inis,
            List<Path> pyprojects,
            Set<Path> pythonDirs,
            List<Path> clickhouse,
            FolderNames walked) {
        // the names only, in one call: no Path object for the thousands of revision files a versions folder holds
        String[] names = dir.toFile().list();
        if (names == null) {
            return; // a folder that vanished or cannot be read mid-walk: keep what was found
        }
        boolean python = false;
        for (String n : names) {
            if (n.endsWith(".py")) {
                python = python || !n.startsWith("__init__") && !n.startsWith(".#");
                continue;
            }
            if (n.endsWith(".pyc") || n.endsWith(".sql")) {
                continue;
            }
            Path entry;
            BasicFileAttributes attrs;
            try {
                entry = dir.resolve(n);
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | java.nio.file.InvalidPathException e) {
                continue; // vanished or unreadable: as walkFileTree's visitFileFailed, go on
            }
            if (!attrs.isDirectory()) {
                if (n.equals("alembic.ini")) {
                    inis.add(entry);
                } else if (n.equals(ConfigLoader.PYPROJECT)) {
                    pyprojects.add(entry);
                }
                continue;
            }
            if (SKIP_DIRS.contains(n) || n.startsWith(".") || Files.exists(entry.resolve("pyvenv.cfg"))) {
                continue;
            }
            if (n.equals("clickhouse")
                    && dir.getFileName() != null
                    && dir.getFileName().toString().equals("migrations")
                    && root.relativize(entry).getNameCount() <= CLICKHOUSE_MAX_DEPTH) {
                clickhouse.add(entry);
            }
            walk(root, entry, inis, pyprojects, pythonDirs, clickhouse, walked);
        }
        if (python) {
            pythonDirs.add(dir);
            walked.put(dir, names);
        }
    }

    private static List<Path> sorted(List<Path> paths) {
        paths.sort(SHALLOW_FIRST);
        return List.copyOf(paths);
    }

    /**
     * Shallower paths first, then by name. A class, not {@code Comparator.comparingInt(...).thenComparing(...)}: the
     * JDK's own comparator lambdas are not kept in the launcher's class archive, so every run generated them (with
     * the bytecode spinner they need), a few milliseconds of every short command.
     */
    private static final Comparator<Path> SHALLOW_FIRST = new Comparator<>() {
        @Override
        public int compare(Path a, Path b) {
            int byDepth = Integer.compare(a.getNameCount(), b.getNameCount());
            return byDepth != 0 ? byDepth : a.compareTo(b);
        }
    };

    /** Every environment of {@code scan}: from ini files and pyproject.toml, else from revision files. Names unique. */
    static List<AlembicHistory> histories(Path root, Scan scan) {
        List<AlembicHistory> found = new ArrayList<>();
        for (Path ini : scan.iniFiles()) {
            found.addAll(fromIni(root, ini));
        }
        for (Path pyproject : scan.pyprojects()) {
            Optional<AlembicHistory> h = fromPyproject(root, pyproject);
            if (h.isPresent()) {
                found.add(h.get());
            }
        }
        if (found.isEmpty()) {
            found.addAll(fromRevisionFiles(root, scan));
        }
        return unique(root, found);
    }

    // ------------------------------------------------------------------ alembic.ini

    /** The environments of one ini file: {@code [alembic]} and every other section with a {@code script_location}. */
    static List<AlembicHistory> fromIni(Path root, Path ini) {
        Optional<String> text = Workspace.readText(ini);
        if (text.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> sections = AlembicIni.parseSections(text.get());
        Path here = ini.toAbsolutePath().normalize().getParent();
        Map<String, String> defaults = sections.getOrDefault("DEFAULT", Map.of());
        List<AlembicHistory> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
            String section = e.getKey();
            boolean main = section.equals("alembic");
            if (section.equals("DEFAULT") || (!main && !e.getValue().containsKey("script_location"))) {
                continue;
            }
            Optional<AlembicHistory> h = fromSection(root, ini, section, e.getValue(), defaults);
            if (h.isPresent()) {
                out.add(h.get());
            }
        }
        if (out.isEmpty() && !sections.containsKey("alembic") && looksLikeScriptDirectory(here)) {
            // an ini with no environment at all next to env.py and versions/ (Flask-Migrate's, pared down): its folder
            Optional<AlembicHistory> h = fromSection(root, ini, "alembic", Map.of(), defaults);
            if (h.isPresent()) {
                out.add(h.get());
            }
        }
        return out;
    }

    /**
     * One section read as {@code Config(ini, ini_section=section)} would read it. Plain code, no lambdas: this runs
     * in every short command, where each lambda's first call costs about a millisecond of linking.
     */
    static Optional<AlembicHistory> fromSection(
            Path root, Path ini, String section, Map<String, String> options, Map<String, String> defaults) {
        Path here = ini.toAbsolutePath().normalize().getParent();
        Map<String, String> vars = new HashMap<>(defaults);
        vars.putAll(options);
        vars.put("here", here.toString());
        vars.put("__file__", ini.toAbsolutePath().normalize().toString());
        String script = option(vars, "script_location");
        Path scriptLocation;
        if (script != null && !script.isEmpty()) {
            Optional<Path> resolved = resolveLocation(root, here, script);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            scriptLocation = resolved.get();
        } else if (looksLikeScriptDirectory(here)) {
            // Flask-Migrate: `flask db` sets script_location to the ini's folder at run time
            scriptLocation = here;
        } else {
            return Optional.empty();
        }
        String separator = option(vars, "path_separator");
        if (separator == null) {
            separator = option(vars, "version_path_separator");
        }
        List<Path> versions = new ArrayList<>();
        String locations = option(vars, "version_locations");
        if (locations != null && !locations.isBlank()) {
            for (String loc : splitLocations(locations, separator)) {
                Optional<Path> resolved = resolveLocation(root, here, loc);
                if (resolved.isPresent()) {
                    versions.add(resolved.get());
                }
            }
        }
        if (versions.isEmpty()) {
            versions.add(scriptLocation.resolve("versions"));
        }
        // the tool reads and writes only inside the workspace: an environment elsewhere is not this workspace's
        boolean anyFolder = false;
        for (java.util.Iterator<Path> it = versions.iterator(); it.hasNext(); ) {
            Path v = it.next();
            if (!v.startsWith(root)) {
                it.remove();
            } else if (!anyFolder && Files.isDirectory(v)) {
                anyFolder = true;
            }
        }
        if (versions.isEmpty() || !Files.isDirectory(scriptLocation) && !anyFolder) {
            return Optional.empty(); // names a folder this workspace does not have
        }
        String recursiveOption = option(vars, "recursive_version_locations");
        boolean recursive = recursiveOption != null && truthy(recursiveOption);
        String template = option(vars, "file_template");
        if (template == null || template.isEmpty()) {
            template = AlembicHistory.DEFAULT_FILE_TEMPLATE;
        }
        String truncateOption = option(vars, "truncate_slug_length");
        int truncate = truncateOption == null
                ? AlembicHistory.DEFAULT_TRUNCATE_SLUG_LENGTH
                : integer(truncateOption).orElse(AlembicHistory.DEFAULT_TRUNCATE_SLUG_LENGTH);
        String timezoneOption = option(vars, "timezone");
        Optional<String> timezone =
                timezoneOption == null || timezoneOption.isEmpty() ? Optional.empty() : Optional.of(timezoneOption);
        return Optional.of(new AlembicHistory(
                section,
                Optional.of(ini.toAbsolutePath().normalize()),
                section,
                scriptLocation,
                versions,
                recursive,
                template,
                truncate,
                timezone));
    }

    /** An ini option, interpolated and stripped; null when the section does not set it. */
    private static String option(Map<String, String> vars, String key) {
        String v = vars.get(key);
        return v == null ? null : AlembicIni.interpolate(v, vars).strip();
    }

    /**
     * {@code version_locations} split as Alembic splits it: by {@code path_separator} (1.16) or
     * {@code version_path_separator} ({@code space}, {@code newline}, {@code os}, {@code :}, {@code ;}, {@code ,}),
     * else the legacy split on commas and spaces.
     */
    static List<String> splitLocations(String value, String separator) {
        String sep = separator == null
                ? null
                : switch (separator.strip().toLowerCase(Locale.ROOT)) {
                    case "space" -> " ";
                    case "newline" -> "\n";
                    case "os" -> java.io.File.pathSeparator;
                    case ":", ";", "," -> separator.strip();
                    default -> null; // Alembic refuses other values; read them the legacy way rather than not at all
                };
        List<String> out = new ArrayList<>();
        String[] parts = sep == null ? Patterns.LEGACY_SPLIT.split(value.strip()) : value.split(Pattern.quote(sep));
        for (String p : parts) {
            String s = p.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A location as Alembic resolves it: {@code package.module:path} inside a package of the workspace ({@code src/}
     * layouts included), else a path, relative to the configuration file's folder (Alembic's usual working directory).
     */
    static Optional<Path> resolveLocation(Path root, Path here, String location) {
        int colon = location.indexOf(':');
        if (colon > 0
                && Patterns.PACKAGE.matcher(location.substring(0, colon)).matches()
                && !location.contains("\\")
                && !location.substring(0, colon).contains("/")) {
            String pkg = location.substring(0, colon).replace('.', '/');
            String sub = location.substring(colon + 1);
            for (Path base = here; base != null && base.startsWith(root); base = base.getParent()) {
                for (Path candidate :
                        List.of(base.resolve(pkg), base.resolve("src").resolve(pkg))) {
                    if (Files.isDirectory(candidate)) {
                        return Optional.of(candidate.resolve(sub).normalize());
                    }
                }
            }
            return Optional.empty();
        }
        try {
            return Optional.of(here.resolve(location).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeScriptDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve("env.py")) && Files.isDirectory(dir.resolve("versions"));
    }

    private static boolean truthy(String v) {
        return Set.of("true", "yes", "on", "1").contains(v.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<Integer> integer(String v) {
        try {
            return Optional.of(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ pyproject.toml

    /** {@code [tool.alembic]} (Alembic 1.16+): the same options as the ini, lists as TOML arrays. */
    static Optional<AlembicHistory> fromPyproject(Path root, Path file) {
        Optional<String> text = Workspace.readText(file);
        if (text.isEmpty()
                || !text.get().contains("tool.alembic") && !text.get().contains("[tool]")) {
            return Optional.empty();
        }
        TomlReader.Result toml = TomlReader.read(text.get());
        Map<String, Object> table = toml.hasProblem() ? null : toml.table("tool", "alembic");
        if (table == null) {
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> versionList = new ArrayList<>();
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            String key = entry.getKey();
            Object v = entry.getValue();
            if (v instanceof List<?> a && key.equals("version_locations")) {
                for (Object item : a) {
                    versionList.add(String.valueOf(item));
                }
            } else if (v instanceof String || v instanceof Boolean || v instanceof Number) {
                options.put(key.toLowerCase(Locale.ROOT), String.valueOf(v));
            }
        }
        if (!versionList.isEmpty()) {
            options.put("version_locations", String.join("\n", versionList));
            options.put("path_separator", "newline");
        }
        // values are %-formatted with `here` as in the ini (so file_template is written with %% there too)
        return fromSection(root, file, "alembic", options, Map.of())
                .map(h -> new AlembicHistory(
                        h.name(),
                        h.source(),
                        "tool.alembic",
                        h.scriptLocation(),
                        h.versionLocations(),
                        h.recursive(),
                        h.fileTemplate(),
                        h.truncateSlugLength(),
                        h.timezone()));
    }

    // ------------------------------------------------------------------ revision files

    /**
     * The last resort: folders of revision files (module-level {@code revision} and {@code down_revision} in one of
     * their first files), and {@code alembic/versions} folders even when empty (a fresh {@code alembic init}). A
     * candidate below another one makes that one recursive instead of a history of its own.
     */
    static List<AlembicHistory> fromRevisionFiles(Path root, Scan scan) {
        Set<Path> candidates = new TreeSet<>();
        for (Path dir : scan.pythonDirs()) {
            if (holdsRevisions(dir)) {
                candidates.add(dir);
            }
        }
        addEmptyAlembicVersions(root, scan, candidates);
        List<Path> tops = new ArrayList<>();
        Set<Path> recursive = new HashSet<>();
        for (Path dir : candidates) { // TreeSet order: a folder comes before everything below it
            Optional<Path> top = tops.stream().filter(dir::startsWith).findFirst();
            if (top.isPresent()) {
                recursive.add(top.get());
            } else {
                tops.add(dir);
            }
        }
        List<AlembicHistory> out = new ArrayList<>();
        for (Path dir : tops) {
            Path parent = dir.getParent();
            Path script = dir.getFileName().toString().equals("versions") && parent != null ? parent : dir;
            out.add(new AlembicHistory(
                    relativeName(root, script),
                    Optional.empty(),
                    "alembic",
                    script,
                    List.of(dir),
                    recursive.contains(dir),
                    AlembicHistory.DEFAULT_FILE_TEMPLATE,
                    AlembicHistory.DEFAULT_TRUNCATE_SLUG_LENGTH,
                    Optional.empty()));
        }
        return out;
    }

    /** {@code alembic/versions} holds no {@code .py} file yet, so the walk did not list it: look where it would be. */
    private static void addEmptyAlembicVersions(Path root, Scan scan, Set<Path> out) {
        Set<Path> seen = new HashSet<>();
        for (Path dir : scan.pythonDirs()) {
            for (Path d = dir; d != null && d.startsWith(root) && seen.add(d); d = d.getParent()) {
                Path versions =
                        d.getFileName() != null && d.getFileName().toString().equals("alembic")
                                ? d.resolve("versions")
                                : d.resolve("alembic").resolve("versions");
                if (Files.isDirectory(versions)) {
                    out.add(versions.toAbsolutePath().normalize());
                }
            }
        }
        Path atRoot = root.resolve("alembic").resolve("versions");
        if (Files.isDirectory(atRoot)) {
            out.add(atRoot);
        }
    }

    private static boolean holdsRevisions(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.py")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.startsWith("__init__") && !n.startsWith(".#") && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            return false;
        }
        files.sort(Comparator.naturalOrder());
        for (Path p : files.subList(0, Math.min(REVISION_FILES_PROBED, files.size()))) {
            Optional<String> text = Workspace.readText(p);
            if (text.isPresent()) {
                RevisionHeader h = RevisionHeaderScanner.scan(text.get());
                if (h.revision().isPresent() && h.downRevision().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ names

    /**
     * Drops environments that read exactly the folders of an earlier one (an ini and a pyproject.toml describing the
     * same history) and gives each a unique name: a named section keeps its name ({@code core}), {@code [alembic]}
     * and {@code [tool.alembic]} take their script location's path ({@code services/billing/migrations}).
     */
    static List<AlembicHistory> unique(Path root, List<AlembicHistory> found) {
        List<AlembicHistory> kept = new ArrayList<>();
        Set<List<Path>> seen = new HashSet<>();
        for (AlembicHistory h : found) {
            if (seen.add(h.versionLocations())) {
                kept.add(h);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (AlembicHistory h : kept) {
            String name = h.source().isPresent()
                            && !h.section().equals("alembic")
                            && !h.section().equals("tool.alembic")
                    ? h.section()
                    : h.source().isPresent() ? relativeName(root, h.scriptLocation()) : h.name();
            names.add(name);
            Integer count = counts.get(name); // not merge(name, 1, Integer::sum): no lambda on this path
            counts.put(name, count == null ? 1 : count + 1);
        }
        List<AlembicHistory> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            AlembicHistory h = kept.get(i);
            String name = names.get(i);
            if (counts.get(name) > 1) {
                // two ini files with a [core] section: say which
                name = relativeName(root, h.source().map(Path::getParent).orElse(h.scriptLocation())) + ":" + name;
            }
            String base = name;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            out.add(new AlembicHistory(
                    name,
                    h.source(),
                    h.section(),
                    h.scriptLocation(),
                    h.versionLocations(),
                    h.recursive(),
                    h.fileTemplate(),
                    h.truncateSlugLength(),
                    h.timezone()));
        }
        return out;
    }

    static String relativeName(Path root, Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!d.startsWith(root) || d.equals(root)) {
            return d.equals(root) ? "." : d.toString().replace('\\', '/');
        }
        return root.relativize(d).toString().replace('\\', '/');
    }
}
