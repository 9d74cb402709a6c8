package dev.migrationlsp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-configuration discovery of Alembic environments, one layout per test: each test writes a workspace and compares
 * every discovered history, described as {@code name: versions [recursive] template}, with what Alembic would load.
 */
class AlembicDiscoveryTest {
    @TempDir
    Path root;

    private final ConfigLoader loader = new ConfigLoader();

    /** Writes {@code path, content} pairs; a path ending in {@code /} is an empty folder. */
    private void files(String... pathsAndContents) throws IOException {
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Path p = root.resolve(pathsAndContents[i]);
            if (pathsAndContents[i].endsWith("/")) {
                Files.createDirectories(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.writeString(p, pathsAndContents[i + 1]);
            }
        }
    }

    static String revision(String id, String down) {
        return "\"\"\"x\"\"\"\nrevision = \"" + id + "\"\ndown_revision = "
                + (down == null ? "None" : "\"" + down + "\"") + "\n\n\ndef upgrade():\n    pass\n";
    }

    /** The histories as one line each: {@code name: versions,... [recursive] template}. */
    private List<String> histories() {
        WorkspaceConfig c = loader.load(root);
        assertThat(c.problems()).isEmpty();
        List<String> out = new ArrayList<>();
        for (AlembicHistory h : c.histories()) {
            List<String> dirs = h.versionLocations().stream()
                    .map(d -> root.relativize(d).toString().replace('\\', '/'))
                    .toList();
            out.add(h.name() + ": " + String.join(",", dirs) + (h.recursive() ? " recursive" : "") + " "
                    + h.fileTemplate());
        }
        return out;
    }

    private static final String DEFAULT = AlembicHistory.DEFAULT_FILE_TEMPLATE;

    @Test
    void findsAnIniAtAnyDepthAndSkipsVirtualEnvironmentsAndBuildOutput() throws IOException {
        files(
                "services/api/db/schema/migrations/alembic.ini",
                "[alembic]\nscript_location = %(here)s/alembic\n",
                "services/api/db/schema/migrations/alembic/versions/",
                "",
                // none of these is the project's: a venv (by name and by pyvenv.cfg), packages, VCS, build output
                ".venv/lib/python3.11/site-packages/pkg/alembic.ini",
                "[alembic]\nscript_location = a\n",
                ".venv/lib/python3.11/site-packages/pkg/a/versions/",
                "",
                "venv/alembic.ini",
                "[alembic]\nscript_location = a\n",
                "venv/a/versions/",
                "",
                "py311/pyvenv.cfg",
                "home = /usr\n",
                "py311/alembic.ini",
                "[alembic]\nscript_location = a\n",
                "py311/a/versions/",
                "",
                "node_modules/x/alembic.ini",
                "[alembic]\nscript_location = a\n",
                "node_modules/x/a/versions/",
                "",
                "build/alembic.ini",
                "[alembic]\nscript_location = a\n",
                "build/a/versions/",
                "",
                "dist/alembic.ini",
                "[alembic]\nscript_location = a\n",
                "dist/a/versions/",
                "",
                ".git/alembic.ini",
                "[alembic]\nscript_location = a\n",
                ".git/a/versions/",
                "",
                ".tox/py/alembic.ini",
                "[alembic]\nscript_location = a\n",
                ".tox/py/a/versions/",
                "");
        assertThat(histories())
                .containsExactly("services/api/db/schema/migrations/alembic: "
                        + "services/api/db/schema/migrations/alembic/versions " + DEFAULT);
    }

    @Test
    void versionLocationsOutsideTheWorkspaceAreNotRead() throws IOException {
        Path outside = Files.createTempDirectory("outside-versions");
        try {
            files(
                    "alembic.ini",
                    "[alembic]\nscript_location = alembic\nversion_locations = %(here)s/alembic/versions " + outside
                            + "\n",
                    "alembic/versions/",
                    "",
                    "other/alembic.ini",
                    "[alembic]\nscript_location = " + outside + "\n");
            assertThat(histories()).containsExactly("alembic: alembic/versions " + DEFAULT);
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void hostileIniFilesNeitherThrowNorHang() throws IOException {
        StringBuilder bomb = new StringBuilder("[alembic]\nscript_location = %(a0)s\n");
        for (int i = 0; i < 12; i++) {
            bomb.append("a")
                    .append(i)
                    .append(" = ")
                    .append(("%(a" + (i + 1) + ")s").repeat(8))
                    .append("\n");
        }
        files(
                "a/alembic.ini",
                bomb.toString(),
                "b/alembic.ini",
                "[alembic]\nscript_location = %(script_location)s\nversion_locations = \u0000/x %(\n",
                "c/alembic.ini",
                "[alembic\n= = =\n[core]\nscript_location = nul\u0000here\n[tenant]\nscript_location: ::\n",
                "d/pyproject.toml",
                "[tool.alembic\nscript_location = [1, 2\n",
                "e/pyproject.toml",
                "[tool.alembic]\nscript_location = 42\nversion_locations = [\"\\u0000\"]\n");
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        assertThat(histories()).isEmpty();
        long cpuMs =
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        // 8^12 substitutions unbounded; the budget keeps it to a few thousand (seconds of CPU would mean no bound)
        assertThat(cpuMs).isLessThan(5_000);
    }

    @Test
    void everySectionWithAScriptLocationIsAnEnvironment() throws IOException {
        files("db/alembic.ini", """
                [DEFAULT]
                file_template = %%(rev)s_%%(slug)s

                [core]
                script_location = %(here)s/core
                truncate_slug_length = 20

                [tenant]
                script_location = tenant
                file_template = %%(year)d_%%(rev)s_%%(slug)s

                [post_write_hooks]
                hooks = black

                [loggers]
                keys = root
                """, "db/core/versions/", "", "db/tenant/versions/", "");
        assertThat(histories())
                .containsExactly(
                        "core: db/core/versions " + DEFAULT, "tenant: db/tenant/versions %(year)d_%(rev)s_%(slug)s");
        assertThat(loader.load(root).history("core")).hasValueSatisfying(h -> {
            assertThat(h.truncateSlugLength()).isEqualTo(20);
            assertThat(h.section()).isEqualTo("core");
        });
    }

    @Test
    void flaskMigrateIniWithoutScriptLocationUsesItsFolder() throws IOException {
        files(
                "app/migrations/alembic.ini",
                "# A generic, single database configuration.\n\n[alembic]\n"
                        + "# template used to generate migration files\n# file_template = %%(rev)s_%%(slug)s\n\n"
                        + "[loggers]\nkeys = root,sqlalchemy,alembic\n",
                "app/migrations/env.py",
                "from alembic import context\n",
                "app/migrations/versions/1a2b3c4d5e6f_init.py",
                revision("1a2b3c4d5e6f", null));
        assertThat(histories()).containsExactly("app/migrations: app/migrations/versions " + DEFAULT);
    }

    @Test
    void toolAlembicInPyproject() throws IOException {
        files("backend/pyproject.toml", """
                [project]
                name = "backend"

                [tool.alembic]
                script_location = "%(here)s/alembic"
                version_locations = ["%(here)s/alembic/versions", "%(here)s/plugins/billing/versions"]
                file_template = "%%(year)d_%%(month).2d_%%(rev)s_%%(slug)s"
                recursive_version_locations = true
                """, "backend/alembic/versions/", "", "backend/plugins/billing/versions/", "");
        assertThat(histories())
                .containsExactly("backend/alembic: backend/alembic/versions,backend/plugins/billing/versions"
                        + " recursive %(year)d_%(month).2d_%(rev)s_%(slug)s");
    }

    @Test
    void aPyprojectWithoutToolAlembicIsNotAnEnvironment() throws IOException {
        files(
                "pyproject.toml",
                "[project]\nname = \"x\"\n[tool.black]\nline-length = 100\n",
                "alembic.ini",
                "[alembic]\nscript_location = migrations\n",
                "migrations/versions/",
                "");
        assertThat(histories()).containsExactly("migrations: migrations/versions " + DEFAULT);
    }

    @Test
    void packageScriptLocationsResolveInsideTheWorkspace() throws IOException {
        files(
                "alembic.ini",
                "[alembic]\nscript_location = myapp.db:migrations\n",
                "src/myapp/db/migrations/versions/",
                "",
                "src/myapp/db/__init__.py",
                "",
                "tools/alembic.ini",
                "[alembic]\nscript_location = tools_pkg:alembic\n",
                "tools/tools_pkg/alembic/versions/",
                "");
        assertThat(histories())
                .containsExactly(
                        "src/myapp/db/migrations: src/myapp/db/migrations/versions " + DEFAULT,
                        "tools/tools_pkg/alembic: tools/tools_pkg/alembic/versions " + DEFAULT);
    }

    @Test
    void versionLocationsSplitByEachSeparator() throws IOException {
        Map<String, String> bySeparator = Map.of(
                "space", "%(here)s/a %(here)s/b",
                "os", "%(here)s/a" + java.io.File.pathSeparator + "%(here)s/b",
                ":", "%(here)s/a:%(here)s/b",
                ";", "%(here)s/a;%(here)s/b",
                ",", "%(here)s/a,%(here)s/b",
                "newline", "\n    %(here)s/a\n    %(here)s/b");
        int i = 0;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(bySeparator).entrySet()) {
            String dir = "p" + i++;
            String key = i % 2 == 0 ? "path_separator" : "version_path_separator";
            files(
                    dir + "/alembic.ini",
                    "[alembic]\nscript_location = %(here)s/env\n" + key + " = " + e.getKey() + "\nversion_locations = "
                            + e.getValue() + "\n",
                    dir + "/a/",
                    "",
                    dir + "/b/",
                    "",
                    dir + "/env/",
                    "");
        }
        // no separator: Alembic 1.8's legacy split on commas and spaces
        files(
                "q/alembic.ini",
                "[alembic]\nscript_location = %(here)s/env\nversion_locations = %(here)s/a, %(here)s/b\n",
                "q/a/",
                "",
                "q/b/",
                "",
                "q/env/",
                "");
        List<String> got = histories();
        assertThat(got).hasSize(bySeparator.size() + 1);
        for (String h : got) {
            String dir = h.substring(0, h.indexOf('/'));
            assertThat(h).as("history %s", h).isEqualTo(dir + "/env: " + dir + "/a," + dir + "/b " + DEFAULT);
        }
    }

    @Test
    void recursiveVersionLocationsReadSubfolders() throws IOException {
        files(
                "alembic.ini",
                "[alembic]\nscript_location = alembic\nrecursive_version_locations = true\n",
                "alembic/versions/2024/expand/aaaaaaaaaaaa_a.py",
                revision("aaaaaaaaaaaa", null),
                "alembic/versions/2024/contract/bbbbbbbbbbbb_b.py",
                revision("bbbbbbbbbbbb", "aaaaaaaaaaaa"),
                "alembic/versions/cccccccccccc_c.py",
                revision("cccccccccccc", "bbbbbbbbbbbb"),
                "alembic/versions/__pycache__/dddddddddddd_d.py",
                revision("dddddddddddd", "cccccccccccc"));
        assertThat(histories()).containsExactly("alembic: alembic/versions recursive " + DEFAULT);
        WorkspaceSnapshot ws = new Workspace(root, loader).load(Map.of());
        assertThat(ws.revisionGraph().nodes())
                .extracting(n -> n.revision())
                .containsExactlyInAnyOrder("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc");
        assertThat(ws.revisionGraph().heads()).extracting(n -> n.revision()).containsExactly("cccccccccccc");
    }

    @Test
    void withoutIniFilesFoldersOfRevisionFilesAreHistories() throws IOException {
        files(
                "db/revs/0001_init.py",
                revision("0001", null),
                "db/revs/0002_more.py",
                revision("0002", "0001"),
                "db/revs/2025/0003_sub.py",
                revision("0003", "0002"),
                "other/alembic/versions/",
                "",
                "other/alembic/env.py",
                "from alembic import context\n",
                // Python that is not a revision
                "app/models.py",
                "revision = compute()\n",
                "app/main.py",
                "print('hi')\n");
        assertThat(histories())
                .containsExactly(
                        "db/revs: db/revs recursive " + DEFAULT, "other/alembic: other/alembic/versions " + DEFAULT);
    }

    @Test
    void anIniAndAPyprojectDescribingOneEnvironmentGiveOneHistory() throws IOException {
        files(
                "alembic.ini",
                "[alembic]\nscript_location = %(here)s/alembic\n",
                "pyproject.toml",
                "[tool.alembic]\nscript_location = \"%(here)s/alembic\"\n",
                "alembic/versions/",
                "");
        assertThat(histories()).containsExactly("alembic: alembic/versions " + DEFAULT);
    }

    @Test
    void twoIniFilesWithTheSameSectionNameAreTold() throws IOException {
        files(
                "a/alembic.ini",
                "[core]\nscript_location = %(here)s/core\n",
                "a/core/versions/",
                "",
                "b/alembic.ini",
                "[core]\nscript_location = %(here)s/core\n",
                "b/core/versions/",
                "");
        assertThat(histories())
                .containsExactly("a:core: a/core/versions " + DEFAULT, "b:core: b/core/versions " + DEFAULT);
    }

    @Test
    void explicitHistoriesWinOverDiscovery() throws IOException {
        files(
                "alembic.ini",
                "[core]\nscript_location = %(here)s/core\nfile_template = %%(rev)s\n"
                        + "[tenant]\nscript_location = %(here)s/tenant\n",
                "core/versions/",
                "",
                "tenant/versions/",
                "",
                "legacy/revs/",
                "",
                ".migration-lsp.toml",
                """
                        [histories.main]
                        alembic-ini = "alembic.ini"
                        section = "core"

                        [histories.old]
                        alembic-versions = ["legacy/revs"]
                        recursive = true
                        file-template = "%(slug)s_%(rev)s"
                        """);
        assertThat(histories())
                .containsExactly("main: core/versions %(rev)s", "old: legacy/revs recursive %(slug)s_%(rev)s");
    }

    @Test
    void badExplicitHistoriesAreReported() throws IOException {
        files(
                "alembic.ini",
                "[core]\nscript_location = %(here)s/core\n",
                "core/versions/",
                "",
                ".migration-lsp.toml",
                """
                        [histories.a]
                        alembic-ini = "alembic.ini"
                        section = "nope"

                        [histories.b]
                        recursive = "yes"

                        [histories.c]
                        alembic-versions = "../outside"

                        [histories.d]
                        colour = "red"
                        """);
        List<ConfigProblem> problems = loader.load(root).problems();
        assertThat(problems)
                .extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).contains("histories.a"))
                .anySatisfy(m -> assertThat(m).contains("histories.b.recursive"))
                .anySatisfy(m -> assertThat(m).contains("histories.c.alembic-versions"))
                .anySatisfy(m -> assertThat(m).contains("histories.d.colour"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isGreaterThanOrEqualTo(0));
    }
}
