package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.migrationlsp.cli.CliTest.Result;
import dev.migrationlsp.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-facing side of {@code check}: JUnit XML and GitLab code quality (each read by a real consumer: Python's
 * junitparser, and jsonschema against GitLab's documented format), {@code --output}, {@code --exit-zero},
 * {@code --fail-on} and {@code --statistics}.
 */
class CheckReportsTest {
    static final String VERSIONS = "src/app/alembic/versions";

    @TempDir
    Path root;

    /** Two heads (two errors) and a String column (a fixable warning). */
    private void twoHeadsAndAStringColumn() throws IOException {
        write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n");
        write(
                VERSIONS + "/0001_a.py",
                WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("things", "sa.String(20)"));
        write(VERSIONS + "/0002_b.py", WorkflowFixtures.rev("0002", "0001"));
        write(VERSIONS + "/0003_c.py", WorkflowFixtures.rev("0003", "0001"));
    }

    private void onlyAWarning() throws IOException {
        write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n");
        write(
                VERSIONS + "/0001_a.py",
                WorkflowFixtures.rev("0001", null) + WorkflowFixtures.createTable("things", "sa.String(20)"));
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void junitIsReadByJunitparserWithOneFailurePerFinding() throws IOException {
        twoHeadsAndAStringColumn();
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "junit");
        assertThat(r.code()).isEqualTo(1);
        Path xml = root.resolve("report.xml");
        Files.writeString(xml, r.out());
        String summary = python("""
                import sys, junitparser
                xml = junitparser.JUnitXml.fromfile(sys.argv[1])
                for suite in xml:
                    for case in suite:
                        kinds = [type(x).__name__ + ':' + (x.type or '') for x in case.result]
                        print(suite.name, case.name, ','.join(kinds))
                """, xml);
        List<String> lines = summary.lines().sorted().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(VERSIONS + "/0002_b.py multiple-heads at 6:")
                        .endsWith("Failure:error"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(VERSIONS + "/0003_c.py multiple-heads at 6:")
                        .endsWith("Failure:error"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(VERSIONS + "/0001_a.py string-column at ")
                        .endsWith("Failure:warning"));
    }

    @Test
    void junitOfACleanRunIsOnePassingCase() throws IOException {
        write("alembic.ini", "[alembic]\nscript_location = src/app/alembic\n");
        write(VERSIONS + "/0001_a.py", WorkflowFixtures.rev("0001", null));
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "junit");
        assertThat(r.code()).isZero();
        Path xml = root.resolve("report.xml");
        Files.writeString(xml, r.out());
        assertThat(python("""
                import sys, junitparser
                xml = junitparser.JUnitXml.fromfile(sys.argv[1])
                cases = [c for s in xml for c in s]
                print(len(cases), sum(1 for c in cases if c.is_passed))
                """, xml).strip()).isEqualTo("1 1");
    }

    @Test
    void gitlabReportValidatesAgainstTheCodeQualitySchema() throws IOException {
        twoHeadsAndAStringColumn();
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "gitlab");
        assertThat(r.code()).isEqualTo(1);
        Path json = root.resolve("gl-code-quality-report.json");
        Files.writeString(json, r.out());
        Path schema = Path.of("src/test/resources/formats/gitlab-codequality.schema.json")
                .toAbsolutePath();
        assertThat(python("""
                import sys, json, jsonschema
                jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
                print("valid")
                """, json, schema).strip()).isEqualTo("valid");
        JsonArray issues = new Gson().fromJson(r.out(), JsonArray.class);
        assertThat(issues).hasSize(3);
        Set<String> fingerprints = new HashSet<>();
        for (var e : issues) {
            JsonObject o = e.getAsJsonObject();
            fingerprints.add(o.get("fingerprint").getAsString());
            if (o.get("check_name").getAsString().equals("multiple-heads")) {
                assertThat(o.get("severity").getAsString()).isEqualTo("critical");
                assertThat(o.getAsJsonObject("location")
                                .getAsJsonObject("lines")
                                .get("begin")
                                .getAsInt())
                        .isEqualTo(6);
            } else {
                assertThat(o.get("check_name").getAsString()).isEqualTo("string-column");
                assertThat(o.get("severity").getAsString()).isEqualTo("major");
            }
        }
        assertThat(fingerprints).hasSize(3);
    }

    @Test
    void gitlabFingerprintsStayPutWhenLinesMove() throws IOException {
        onlyAWarning();
        String before = fingerprints(CliTest.runIn(root, "check", root.toString(), "--format", "gitlab")
                .out());
        Path f = root.resolve(VERSIONS + "/0001_a.py");
        Files.writeString(f, "# a comment that moves every line down\n\n" + Files.readString(f));
        assertThat(fingerprints(CliTest.runIn(root, "check", root.toString(), "--format", "gitlab")
                        .out()))
                .isEqualTo(before);
    }

    private static String fingerprints(String json) {
        JsonArray a = new Gson().fromJson(json, JsonArray.class);
        StringBuilder b = new StringBuilder();
        a.forEach(e ->
                b.append(e.getAsJsonObject().get("fingerprint").getAsString()).append(' '));
        return b.toString();
    }

    @Test
    void outputWritesTheReportAndStillPrintsText() throws IOException {
        twoHeadsAndAStringColumn();
        Path sarif = root.resolve("reports/out.sarif");
        Result r = CliTest.runIn(root, "check", root.toString(), "--format", "sarif", "--output", sarif.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[multiple-heads]").contains("Found 3 problems");
        JsonObject log = new Gson().fromJson(Files.readString(sarif), JsonObject.class);
        assertThat(log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results"))
                .hasSize(3);
        for (String format : List.of("text", "json", "github", "junit", "gitlab")) {
            Path out = root.resolve("reports/out." + format);
            assertThat(CliTest.runIn(root, "check", root.toString(), "--format", format, "-o", out.toString())
                            .code())
                    .as(format)
                    .isEqualTo(1);
            assertThat(Files.readString(out)).as(format).contains("multiple-heads");
        }
    }

    @Test
    void outputToADirectoryIsAUsageError() throws IOException {
        onlyAWarning();
        Result r = CliTest.runIn(root, "check", root.toString(), "--output", root.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void exitZeroAndFailOnSetTheExitCode() throws IOException {
        twoHeadsAndAStringColumn();
        assertThat(CliTest.runIn(root, "check", root.toString()).code()).isEqualTo(1);
        assertThat(CliTest.runIn(root, "check", root.toString(), "--exit-zero").code())
                .isZero();
        Files.delete(root.resolve(VERSIONS + "/0003_c.py")); // only the warning is left
        assertThat(CliTest.runIn(root, "check", root.toString()).code()).isZero();
        assertThat(CliTest.runIn(root, "check", root.toString(), "--fail-on", "warning")
                        .code())
                .isEqualTo(1);
        assertThat(CliTest.runIn(root, "check", root.toString(), "--fail-on", "info")
                        .code())
                .isEqualTo(1);
        assertThat(CliTest.runIn(root, "check", root.toString(), "--fail-on", "warning", "--exit-zero")
                        .code())
                .isZero();
        Result bad = CliTest.runIn(root, "check", root.toString(), "--fail-on", "sometimes");
        assertThat(bad.code()).isEqualTo(2);
    }

    @Test
    void statisticsCountFindingsPerRule() throws IOException {
        twoHeadsAndAStringColumn();
        Result text = CliTest.runIn(root, "check", root.toString(), "--statistics");
        assertThat(text.code()).isEqualTo(1);
        List<String> rows =
                text.out().lines().filter(l -> l.matches("\\s*\\d+ .*")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).trim()).startsWith("2  multiple-heads");
        assertThat(rows.get(1).trim()).startsWith("1  string-column").contains("[*]");
        JsonArray json = new Gson()
                .fromJson(
                        CliTest.runIn(root, "check", root.toString(), "--statistics", "--format", "json")
                                .out(),
                        JsonArray.class);
        assertThat(json).hasSize(2);
        JsonObject first = json.get(0).getAsJsonObject();
        assertThat(first.get("code").getAsString()).isEqualTo("multiple-heads");
        assertThat(first.get("count").getAsInt()).isEqualTo(2);
        assertThat(json.get(1).getAsJsonObject().get("fixable").getAsInt()).isEqualTo(1);
    }

    private static String python(String script, Path... args) {
        RealTools.requirePython("junitparser", "jsonschema");
        List<String> cmd = new java.util.ArrayList<>(List.of(RealTools.PYTHON.toString(), "-c", script));
        for (Path a : args) {
            cmd.add(a.toString());
        }
        RealTools.Result r = RealTools.run(cmd, Path.of("."), Map.of());
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out();
    }
}
