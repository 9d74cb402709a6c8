package dev.migrationlsp.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.alembic.HistoryGenerator.History;
import dev.migrationlsp.alembic.HistoryGenerator.Revision;
import dev.migrationlsp.alembic.HistoryGenerator.Shape;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against real Alembic in every layout discovery understands. Each generated workspace holds several
 * environments, each with its own generated history (merges, labels, {@code depends_on}, hex or sequential ids that
 * repeat across histories): an ini several folders deep with two named sections, a Flask-Migrate folder, an ini with
 * {@code version_locations} split by each separator, {@code recursive_version_locations} with release sub-folders, a
 * {@code package:path} script location, and {@code [tool.alembic]} in {@code pyproject.toml}; file names follow custom
 * {@code file_template}s (dated, epoch, slug first) and numbered prefixes.
 *
 * <p>Opened with no configuration, the workspace must have exactly the expected histories, each with the heads and
 * branch labels Alembic's {@code ScriptDirectory} reports for {@code Config(ini, ini_section=...)} read from the ini's
 * folder (Alembic 1.8.1 cannot read pyproject.toml, nor recurse into version folders: those environments are compared
 * with a Config built from the same values, resp. listing every folder the recursive walk reads); and the graph rules must report nothing but the deliberate multiple heads. {@code
 * -Dmigrationlsp.layouts.workspaces=N} sets the number of workspaces.
 */
class AlembicLayoutsDifferentialTest {
    static final int WORKSPACES = Integer.getInteger("migrationlsp.layouts.workspaces", 12);
    static final int MAX_SIZE = 40;
    private static final String[] SEPARATORS = {"space", "os", ":", ";", null};
    private static final List<WorkspaceRule> GRAPH_RULES = Rules.revisionGraph().workspaceRules();

    @BeforeAll
    static void requireAlembic() {
        RealTools.requirePython("alembic");
    }

    /** One environment: the history name discovery must give it, how Alembic loads it, and what it holds. */
    record Env(String name, Map<String, Object> spec, History history) {}

    @Test
    void everyLayoutAgreesWithAlembic(@TempDir Path tmp) throws IOException {
        Map<Path, List<Env>> workspaces = new LinkedHashMap<>();
        for (int w = 0; w < WORKSPACES; w++) {
            Path root = tmp.resolve("ws-" + w);
            workspaces.put(root, writeWorkspace(root, w));
        }
        List<String> specs = new ArrayList<>();
        workspaces.forEach((root, envs) -> envs.forEach(e -> specs.add(new Gson().toJson(e.spec()))));
        Map<String, JsonObject> alembic = AlembicDifferentialTest.alembicHeadsOf(specs);

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int multiHead = 0;
        for (Map.Entry<Path, List<Env>> ws : workspaces.entrySet()) {
            WorkspaceSnapshot snapshot = new Workspace(ws.getKey(), new ConfigLoader()).load(Map.of());
            Set<String> expectedNames = new TreeSet<>();
            ws.getValue().forEach(e -> expectedNames.add(e.name()));
            Set<String> found = new TreeSet<>();
            snapshot.histories().forEach(h -> found.add(h.name()));
            if (!found.equals(expectedNames)) {
                mismatches.add(ws.getKey() + ": discovered histories " + found + ", expected " + expectedNames);
            }
            for (Env env : ws.getValue()) {
                String id = (String) env.spec().get("id");
                JsonObject theirs = alembic.get(id);
                if (theirs == null || theirs.has("error")) {
                    mismatches.add(
                            id + ": Alembic rejected it: " + (theirs == null ? "no output" : theirs.get("error")));
                    continue;
                }
                Map<String, List<String>> alembicHeads = new TreeMap<>();
                for (Map.Entry<String, JsonElement> h :
                        theirs.getAsJsonObject("heads").entrySet()) {
                    List<String> labels = new ArrayList<>();
                    h.getValue().getAsJsonArray().forEach(l -> labels.add(l.getAsString()));
                    alembicHeads.put(h.getKey(), labels);
                }
                Optional<AlembicHistory> history = snapshot.config().history(env.name());
                Map<String, List<String>> ours = new TreeMap<>();
                history.ifPresent(h -> {
                    RevisionGraph g = snapshot.revisionGraph(h);
                    g.heads().forEach(n -> ours.put(n.revision(), new ArrayList<>(g.inheritedLabels(n))));
                });
                if (!ours.equals(alembicHeads)) {
                    mismatches.add(id + " (seed " + env.history().seed() + ", "
                            + env.history().revisions().size() + " revisions):\n    alembic: " + alembicHeads
                            + "\n    ours:    " + ours);
                }
                compared++;
                multiHead += alembicHeads.size() > 1 ? 1 : 0;
            }
            List<Finding> unexpected = new ArrayList<>();
            GRAPH_RULES.forEach(r -> r.check(snapshot, CancelChecker.NEVER).stream()
                    .filter(f -> f.code() != RuleCode.MULTIPLE_HEADS)
                    .forEach(unexpected::add));
            if (!unexpected.isEmpty()) {
                mismatches.add(ws.getKey() + ": findings on histories Alembic accepts: "
                        + unexpected.stream()
                                .map(f -> f.code().id() + " " + ws.getKey().relativize(f.file()) + " " + f.message())
                                .toList());
            }
        }
        assertThat(mismatches).as("layouts where we disagree with Alembic").isEmpty();
        assertThat(compared).isEqualTo(WORKSPACES * 7);
        assertThat(multiHead).as("histories with several heads").isGreaterThanOrEqualTo(compared / 5);
    }

    // ------------------------------------------------------------------ layouts

    private static List<Env> writeWorkspace(Path root, int w) throws IOException {
        Random rnd = new Random(1000 + w);
        List<Env> envs = new ArrayList<>();
        long seed = 50_000L + w * 16L;

        // an ini four folders deep with two named environments (`alembic --name core|tenant`); tenant's
        // script_location is relative to the ini's folder (Alembic's working directory), its file names are dated
        Path deep = root.resolve("services/api/db/schema");
        write(deep.resolve("alembic.ini"), """
                [core]
                script_location = %(here)s/core

                [tenant]
                script_location = tenant
                file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d%%(second).2d_%%(rev)s_%%(slug)s

                [loggers]
                keys = root
                """);
        History core = generate(seed++);
        place(core, (i, r) -> deep.resolve("core/versions").resolve(r.fileName()));
        envs.add(new Env("core", spec(root, "core", deep, deep.resolve("alembic.ini"), "core", Map.of()), core));
        History tenant = generate(seed++);
        place(
                tenant,
                (i, r) -> deep.resolve("tenant/versions")
                        .resolve(String.format(
                                "2021_01_20_12%02d%02d_%s_%s.py", i / 60 % 60, i % 60, r.id(), r.slug())));
        envs.add(
                new Env("tenant", spec(root, "tenant", deep, deep.resolve("alembic.ini"), "tenant", Map.of()), tenant));

        // Flask-Migrate: migrations/alembic.ini without script_location, numbered file names
        Path flask = root.resolve("web/app/migrations");
        write(
                flask.resolve("alembic.ini"),
                "# A generic, single database configuration.\n\n[alembic]\n"
                        + "# template used to generate migration files\n# file_template = %%(rev)s_%%(slug)s\n\n"
                        + "[loggers]\nkeys = root\n");
        write(flask.resolve("env.py"), "raise RuntimeError('not run')\n");
        History flaskHistory = generate(seed++);
        place(flaskHistory, (i, r) -> flask.resolve("versions").resolve(String.format("%03d_%s", i + 1, r.fileName())));
        decoys(flask.resolve("versions"), rnd);
        envs.add(new Env(
                "web/app/migrations",
                spec(
                        root,
                        "flask",
                        flask,
                        flask.resolve("alembic.ini"),
                        "alembic",
                        Map.of("script_location", flask.toString())),
                flaskHistory));

        // version_locations split by one of Alembic 1.8's separators (null: the legacy comma/space split)
        Path multi = root.resolve("multi");
        String separator = SEPARATORS[w % SEPARATORS.length];
        String sep = separator == null
                ? ", "
                : switch (separator) {
                    case "space" -> " ";
                    case "os" -> java.io.File.pathSeparator;
                    default -> separator;
                };
        write(
                multi.resolve("alembic.ini"),
                "[alembic]\nscript_location = %(here)s/env\n"
                        + "version_locations = %(here)s/env/versions" + sep + "%(here)s/plugins/billing/versions\n"
                        + (separator == null ? "" : "version_path_separator = " + separator + "\n"));
        Files.createDirectories(multi.resolve("env/versions")); // Alembic wants the script folder even if unused
        History multiHistory = generate(seed++);
        place(
                multiHistory,
                (i, r) -> multi.resolve(rnd.nextBoolean() ? "env/versions" : "plugins/billing/versions")
                        .resolve(r.fileName()));
        envs.add(new Env(
                "multi/env",
                spec(root, "multi", multi, multi.resolve("alembic.ini"), "alembic", Map.of()),
                multiHistory));

        // recursive_version_locations: versions/<release>/{expand,contract}/, with an epoch file_template
        Path rec = root.resolve("rec");
        write(
                rec.resolve("alembic.ini"),
                "[alembic]\nscript_location = %(here)s/migrations\n"
                        + "recursive_version_locations = true\nfile_template = %%(epoch)s_%%(rev)s_%%(slug)s\n");
        History recHistory = generate(seed++);
        place(recHistory, (i, r) -> {
            Path versions = rec.resolve("migrations/versions");
            Path dir = rnd.nextInt(4) == 0
                    ? versions
                    : versions.resolve("v" + (1 + i / 10)).resolve(rnd.nextBoolean() ? "expand" : "contract");
            return dir.resolve((1_700_000_000L + i) + "_" + r.fileName());
        });
        write(rec.resolve("migrations/versions/__pycache__/decoy.py"), "revision = 'pycache'\ndown_revision = None\n");
        // Alembic 1.8.1 predates recursive_version_locations (1.10): give it every folder 1.10's os.walk would read
        List<String> folders = new ArrayList<>();
        try (var walk = Files.walk(rec.resolve("migrations/versions"))) {
            walk.filter(Files::isDirectory)
                    .filter(d -> !d.endsWith("__pycache__"))
                    .sorted()
                    .forEach(d -> folders.add(d.toString()));
        }
        envs.add(new Env(
                "rec/migrations",
                spec(
                        root,
                        "rec",
                        rec,
                        rec.resolve("alembic.ini"),
                        "alembic",
                        Map.of("version_locations", String.join(";", folders), "version_path_separator", ";")),
                recHistory));

        // script_location = package:path, the package under src/ (prepend_sys_path lets Alembic import it)
        Path pkgProject = root.resolve("pkgproj");
        String pkg = "layouts_pkg_" + w;
        write(
                pkgProject.resolve("alembic.ini"),
                "[alembic]\nscript_location = " + pkg + ".db:migrations\n" + "prepend_sys_path = src\n");
        write(pkgProject.resolve("src/" + pkg + "/__init__.py"), "");
        write(pkgProject.resolve("src/" + pkg + "/db/__init__.py"), "");
        History pkgHistory = generate(seed++);
        Path pkgVersions = pkgProject.resolve("src/" + pkg + "/db/migrations/versions");
        place(pkgHistory, (i, r) -> pkgVersions.resolve(r.fileName()));
        envs.add(new Env(
                "pkgproj/src/" + pkg + "/db/migrations",
                spec(root, "pkg", pkgProject, pkgProject.resolve("alembic.ini"), "alembic", Map.of()),
                pkgHistory));

        // [tool.alembic] in pyproject.toml (Alembic 1.16+), slug-first file names, two version locations
        Path toml = root.resolve("tomlproj");
        write(toml.resolve("pyproject.toml"), """
                [project]
                name = "tomlproj"

                [tool.alembic]
                script_location = "%(here)s/alembic"
                version_locations = ["%(here)s/alembic/versions", "%(here)s/extra/versions"]
                file_template = "%%(slug)s_%%(rev)s"
                """);
        Files.createDirectories(toml.resolve("alembic/versions"));
        History tomlHistory = generate(seed++);
        place(
                tomlHistory,
                (i, r) -> toml.resolve(rnd.nextBoolean() ? "alembic/versions" : "extra/versions")
                        .resolve(r.slug() + "_" + r.id() + ".py"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("script_location", toml.resolve("alembic").toString());
        values.put("version_locations", toml.resolve("alembic/versions") + ";" + toml.resolve("extra/versions"));
        values.put("version_path_separator", ";");
        envs.add(new Env("tomlproj/alembic", spec(root, "toml", toml, null, "alembic", values), tomlHistory));
        return envs;
    }

    private static History generate(long seed) {
        return HistoryGenerator.generate(seed, 1 + new Random(seed).nextInt(MAX_SIZE), Shape.DIFFERENTIAL);
    }

    /** Writes every revision of {@code h} where {@code where(index, revision)} says. */
    private static void place(History h, BiFunction<Integer, Revision, Path> where) throws IOException {
        List<String> texts =
                new ArrayList<>(HistoryGenerator.render(h, Shape.DIFFERENTIAL).values());
        for (int i = 0; i < h.revisions().size(); i++) {
            write(where.apply(i, h.revisions().get(i)), texts.get(i));
        }
    }

    /** What Alembic does not load from a non-recursive location: __init__.py, other files, sub-folders. */
    private static void decoys(Path versions, Random rnd) throws IOException {
        write(versions.resolve("__init__.py"), "revision = 'not-a-revision'\ndown_revision = None\n");
        write(versions.resolve("README.md"), "revision = 'nope'\n");
        if (rnd.nextBoolean()) {
            write(versions.resolve("archive/0000_archived.py"), "revision = 'archived'\ndown_revision = None\n");
        }
    }

    private static Map<String, Object> spec(
            Path root, String id, Path cwd, Path ini, String section, Map<String, String> set) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("id", root.getFileName() + "/" + id);
        spec.put("cwd", cwd.toString());
        spec.put("ini", ini == null ? null : ini.toString());
        spec.put("section", section);
        spec.put("set", set);
        return spec;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
