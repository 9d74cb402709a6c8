package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.testing.GitRepo;
import dev.migrationlsp.testing.RealTools;
import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes of docs/ci.md, run as their CI would run them: the YAML is read (Python's yaml, as CI systems read
 * YAML), and every shell step runs with bash in a clean clone of a git repository whose pull request adds a second
 * Alembic head. Steps that are GitHub actions (checkout, setup-java, cache, upload) are what the runner does; here the
 * clone is made by the test and the jar is in the cache folder, as on a warm cache.
 */
class CiRecipesIT {
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final String V = "src/app/alembic/versions";

    @TempDir
    Path tmp;

    GitRepo work;

    /** origin/main: 0001 (an old warning) ← 0002; the clone's branch adds 0003 on 0001: a second head. */
    @BeforeEach
    void pullRequest() {
        RealTools.requirePython("yaml");
        GitRepo origin = GitRepo.init(tmp.resolve("origin"))
                .write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n")
                .write(
                        V + "/0001_a.py",
                        WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("old", "sa.String(3)"))
                .write(V + "/0002_b.py", WorkflowFixtures.rev("0002", "0001"))
                .commitAll("main");
        GitRepo.at(tmp).git("clone", "-q", origin.dir().toString(), "work");
        work = GitRepo.at(tmp.resolve("work"));
        work.git("checkout", "-q", "-b", "feature");
        work.write(V + "/0003_c.py", WorkflowFixtures.rev("0003", "0001")).commitAll("second head");
    }

    @Test
    void theRecipesAreTheOnesTheDocsShow() throws IOException {
        String doc = Files.readString(PROJECT.resolve("docs/ci.md"));
        for (String recipe : List.of("docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml")) {
            assertThat(doc)
                    .as(recipe)
                    .contains(Files.readString(PROJECT.resolve(recipe)).strip());
        }
    }

    @Test
    void githubActionsRecipeAnnotatesThePullRequestAndWritesSarif() throws IOException {
        JsonObject job =
                yaml("docs/ci/github-actions.yml").getAsJsonObject("jobs").getAsJsonObject("migration-lsp");
        Path home = tmp.resolve("home");
        warmCache(home.resolve(".cache/migration-lsp"));
        Map<String, String> env = env(job.getAsJsonObject("env"));
        env.putAll(Map.of(
                "HOME",
                home.toString(),
                "RUNNER_TEMP",
                tmp.resolve("runner").toString(),
                "GITHUB_EVENT_NAME",
                "pull_request",
                "GITHUB_BASE_REF",
                "main"));
        List<Result> results = new ArrayList<>();
        for (JsonElement step : job.getAsJsonArray("steps")) {
            if (step.getAsJsonObject().has("run")) {
                results.add(bash(step.getAsJsonObject().get("run").getAsString(), env));
            }
        }
        assertThat(results).hasSize(3);
        assertThat(results.get(0).exit()).as(results.get(0).out()).isZero(); // the cache is warm: nothing to build
        assertThat(results.get(1).exit()).as(results.get(1).out()).isZero(); // --exit-zero: the report always uploads
        JsonObject sarif =
                new Gson().fromJson(Files.readString(work.dir().resolve("migration-lsp.sarif")), JsonObject.class);
        String results0 = sarif.getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results")
                .toString();
        assertThat(results0)
                .contains(V + "/0003_c.py")
                .contains(V + "/0002_b.py")
                .doesNotContain("string-column");
        Result annotate = results.get(2);
        assertThat(annotate.exit()).isEqualTo(1);
        assertThat(annotate.out()).contains("::error file=" + V + "/0003_c.py").doesNotContain("0001_a.py");

        // a push to main checks everything, the old warning included
        env.put("GITHUB_EVENT_NAME", "push");
        Result push = bash(
                job.getAsJsonArray("steps").get(6).getAsJsonObject().get("run").getAsString(), env);
        assertThat(push.out()).contains("::warning file=" + V + "/0001_a.py");
    }

    @Test
    void gitlabRecipeWritesCodeQualityAndJunitReports() throws IOException {
        JsonObject job = yaml("docs/ci/gitlab-ci.yml").getAsJsonObject("migration-lsp");
        warmCache(work.dir().resolve(".cache/migration-lsp"));
        Map<String, String> env = env(job.getAsJsonObject("variables"));
        env.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
        JsonArray script = job.getAsJsonArray("script");
        assertThat(script).hasSize(2);
        Result build = bash(script.get(0).getAsString(), env);
        assertThat(build.exit()).as(build.out()).isZero();
        Result check = bash(script.get(1).getAsString(), env);
        assertThat(check.exit())
                .as(check.out())
                .isEqualTo(1); // errors fail the job; artifacts: when: always keeps reports
        JsonArray quality = new Gson()
                .fromJson(Files.readString(work.dir().resolve("gl-code-quality-report.json")), JsonArray.class);
        assertThat(quality).hasSize(2);
        quality.forEach(i ->
                assertThat(i.getAsJsonObject().get("check_name").getAsString()).isEqualTo("multiple-heads"));
        assertThat(Files.readString(work.dir().resolve("migration-lsp-junit.xml")))
                .contains(V + "/0003_c.py")
                .doesNotContain("0001_a.py");
    }

    private void warmCache(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(RealTools.jar(), dir.resolve("migration-lsp.jar"));
    }

    private Result bash(String script, Map<String, String> env) {
        // GitHub's and GitLab's default shell: bash, stopping at the first failing command
        Result syntax = work.exec(env, "bash", "-n", "-c", script);
        assertThat(syntax.exit()).as(syntax.out()).isZero();
        return work.exec(env, "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
    }

    private static Map<String, String> env(JsonObject vars) {
        Map<String, String> env = new HashMap<>();
        vars.entrySet().forEach(e -> env.put(e.getKey(), e.getValue().getAsString()));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        return env;
    }

    private static JsonObject yaml(String rel) {
        Result r = RealTools.run(
                List.of(
                        RealTools.PYTHON.toString(),
                        "-c",
                        "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
                        PROJECT.resolve(rel).toString()),
                PROJECT,
                Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        return new Gson().fromJson(r.out(), JsonObject.class);
    }
}
