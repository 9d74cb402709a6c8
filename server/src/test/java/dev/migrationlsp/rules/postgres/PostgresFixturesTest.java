package dev.migrationlsp.rules.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.alembic.PyReader;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.testing.DeclaredFixSafety;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven cases under {@code src/test/resources/postgres/}: each fixture marks the lines where findings start with
 * {@code # expect[code, ...]}; unmarked lines must have none. Every offered fix is then applied and must remove its
 * finding, leave every other line as it was and leave Python Python without syntax errors ({@code PyReader.syntaxErrors}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresFixturesTest {
    static final List<String> FIXTURES = List.of(
            "good_reference.py",
            "good_bare_imports.py",
            "good_constants_helpers.py",
            "good_generic_uuid.py",
            "good_data_migration.py",
            "unknown_columns.py",
            "bad_conventions.py",
            "bad_bare_imports.py",
            "bad_constants_helpers.py",
            "empty_downgrade_forms.py",
            "half_typed_unclosed_call.py",
            "half_typed_fragments.py",
            "unusual_layout.py",
            "half_typed_keys.py",
            "autogenerate_style.py");
    private static final Pattern EXPECT = Pattern.compile("# expect\\[([^\\]]*)\\]");

    PostgresDiagnostics diagnostics;

    @BeforeAll
    void setUp(@TempDir Path root) {
        diagnostics = new PostgresDiagnostics(root);
    }

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    static String load(String name) {
        try (InputStream in = PostgresFixturesTest.class.getResourceAsStream("/postgres/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** "line:code" for each expectation marker. */
    static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (m.find()) {
                for (String code : m.group(1).split(",")) {
                    assertThat(RuleCode.fromId(code.strip()))
                            .as("known code " + code)
                            .isPresent();
                    out.add((i + 1) + ":" + code.strip());
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void findingsStartOnTheMarkedLines(String fixture) {
        String text = load(fixture);
        List<String> actual = diagnostics.findings(text).stream()
                .map(f -> (f.span().start().line() + 1) + ":" + f.code().id())
                .toList();
        assertThat(actual).as(fixture).containsExactlyInAnyOrderElementsOf(expected(text));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixRoundTrips(String fixture) {
        String text = load(fixture);
        List<Finding> findings = diagnostics.findings(text);
        for (Finding f : findings) {
            DeclaredFixSafety.check(f);
            for (Fix fix : f.fixes()) {
                String fixed = PostgresDiagnostics.apply(text, fix);
                String what = fixture + " " + f.code().id() + " at line "
                        + (f.span().start().line() + 1) + ": " + fix.title();
                List<Finding> after = diagnostics.findings(fixed);
                long before =
                        findings.stream().filter(x -> x.code() == f.code()).count();
                assertThat(after.stream().filter(x -> x.code() == f.code()).count())
                        .as(what + "\n" + fixed)
                        .isEqualTo(before - 1);
                assertThat(PostgresDiagnostics.otherLinesUnchanged(text, fixed, fix))
                        .as(what + "\n" + fixed)
                        .isTrue();
                if (!PostgresDiagnostics.hasPythonSyntaxErrors(text)) {
                    assertThat(PyReader.syntaxErrors(fixed))
                            .as(what + "\n" + fixed)
                            .isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void crlfFilesGetTheSameFindingsAndFixesInCrlf(String fixture) {
        String lf = load(fixture);
        String crlf = lf.replace("\n", "\r\n");
        List<String> lfFindings = diagnostics.findings(lf).stream()
                .map(f -> f.span().start().line() + ":" + f.span().start().character() + ":"
                        + f.code().id())
                .toList();
        List<Finding> crlfFindings = diagnostics.findings(crlf);
        assertThat(crlfFindings.stream()
                        .map(f -> f.span().start().line() + ":"
                                + f.span().start().character() + ":" + f.code().id()))
                .containsExactlyElementsOf(lfFindings);
        for (Finding f : crlfFindings) {
            for (Fix fix : f.fixes()) {
                String fixed = PostgresDiagnostics.apply(crlf, fix);
                assertThat(fixed.replace("\r\n", ""))
                        .as(fixture + " " + fix.title())
                        .doesNotContain("\n");
                assertThat(diagnostics.findings(fixed).stream()
                                .filter(x -> x.code() == f.code())
                                .count())
                        .isEqualTo(crlfFindings.stream()
                                        .filter(x -> x.code() == f.code())
                                        .count()
                                - 1);
            }
        }
    }

    /** Seeded random damage (deleted spans, stray brackets, quotes, colons, newlines): the rules never throw. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void randomlyDamagedFilesNeverThrow(String fixture) {
        String text = load(fixture);
        java.util.Random random = new java.util.Random(fixture.hashCode());
        String[] junk = {
            "(", ")", "[", "]", "\"", "'", ":", "\n", "    ", ",", "*", "sa.", "op.create_table(", "def ", "\"\"\""
        };
        var rules = diagnostics.documentRules();
        for (int round = 0; round < 150; round++) {
            StringBuilder sb = new StringBuilder(text);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(sb.length() + 1);
                if (random.nextBoolean()) {
                    sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
                } else {
                    sb.insert(at, junk[random.nextInt(junk.length)]);
                }
            }
            var doc = new dev.migrationlsp.workspace.Document(
                    Path.of("/w/alembic/versions/0001_x.py"),
                    dev.migrationlsp.workspace.FileKind.ALEMBIC,
                    sb.toString(),
                    round,
                    true);
            var ctx = new dev.migrationlsp.rules.DocumentContext(null, doc, dev.migrationlsp.core.CancelChecker.NEVER);
            for (var rule : rules) {
                if (rule.appliesTo(doc.kind()) && PostgresDiagnostics.POSTGRES.contains(rule.code())) {
                    for (Finding f : rule.check(ctx)) {
                        for (Fix fix : f.fixes()) {
                            PostgresDiagnostics.apply(sb.toString(), fix); // edits stay inside the text
                        }
                    }
                }
            }
        }
    }
}
