package dev.migrationlsp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.insight.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleCode} is the one source of rule metadata; this test keeps what is generated from it in step
 * (rust-analyzer's "sourcegen" tests): the catalog table of docs/rules.md and the {@code migrationLsp.rules} settings
 * of clients/vscode/package.json. On drift it fails and says how to regenerate; with
 * {@code -Dmigrationlsp.regenerate=true} it rewrites the generated parts instead (and passes). It also checks what
 * cannot be generated: every code has its documentation section.
 */
class RuleCatalogTest {
    static final String REGENERATE = "./mvnw -q -o test -Dtest=RuleCatalogTest -Dmigrationlsp.regenerate=true";
    private static final boolean REWRITE = Boolean.getBoolean("migrationlsp.regenerate");

    /** Tests run in server/. */
    private static final Path DOCS = Path.of("../docs/rules.md");

    private static final Path PACKAGE_JSON = Path.of("../clients/vscode/package.json");

    static final String TABLE_BEGIN =
            "<!-- BEGIN GENERATED rule catalog: from server/src/main/java/dev/migrationlsp/core/"
                    + "RuleCode.java by RuleCatalogTest; do not edit by hand -->";
    static final String TABLE_END = "<!-- END GENERATED rule catalog -->";

    // ---------------------------------------------------------------- what is generated

    /** The catalog table of docs/rules.md, between {@link #TABLE_BEGIN} and {@link #TABLE_END}. */
    static String markdownCatalog() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Code | Area | Default | Fix | Summary |\n");
        sb.append("|---|---|---|---|---|\n");
        for (RuleCode c : RuleCode.values()) {
            sb.append("| [`")
                    .append(c.id())
                    .append("`](#")
                    .append(c.docAnchor())
                    .append(") | ")
                    .append(c.area().title())
                    .append(" | ")
                    .append(c.defaultSeverity().id())
                    .append(" | ")
                    .append(c.fixSafety().id())
                    .append(" | ")
                    .append(c.summary().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The members of {@code "migrationLsp.rules": {"properties": {...}}} in package.json, in its layout. */
    static String vscodeRuleSettings() {
        List<String> entries = new ArrayList<>();
        List<String> quiet = new ArrayList<>(); // off, hint, info, warning, error: Severity's order reversed
        for (Severity s : Severity.values()) {
            quiet.add(0, "                \"" + s.id() + "\"");
        }
        String severities = String.join(",\n", quiet);
        for (RuleCode c : RuleCode.values()) {
            String description =
                    "`" + c.id() + "` (default " + c.defaultSeverity().id() + "): " + c.summary() + ".";
            entries.add("            \"" + c.id() + "\": {\n"
                    + "              \"type\": \"string\",\n"
                    + "              \"enum\": [\n"
                    + severities + "\n"
                    + "              ],\n"
                    + "              \"markdownDescription\": " + json(description) + "\n"
                    + "            }");
        }
        return String.join(",\n", entries) + "\n";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- the checks

    @Test
    void codesAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (RuleCode c : RuleCode.values()) {
            assertThat(c.id())
                    .as("code of %s: lower-case words joined by '-'", c)
                    .matches("[a-z]+(-[a-z0-9]+)*");
            assertThat(ids.add(c.id())).as("code %s is used twice", c.id()).isTrue();
            assertThat(c.name())
                    .as("constant name of %s", c.id())
                    .isEqualTo(c.id().toUpperCase(Locale.ROOT).replace('-', '_'));
            assertThat(c.summary())
                    .as("summary of %s: one line, no final period", c.id())
                    .isNotBlank()
                    .doesNotEndWith(".")
                    .doesNotContain("\n");
            assertThat(c.defaultSeverity()).as("default severity of %s", c.id()).isNotEqualTo(Severity.OFF);
        }
    }

    @Test
    void docsCatalogTableIsGeneratedFromRuleCode() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int begin = docs.indexOf(TABLE_BEGIN);
        int end = docs.indexOf(TABLE_END);
        assertThat(begin)
                .as("docs/rules.md must contain the generated-catalog markers:\n%s\n%s", TABLE_BEGIN, TABLE_END)
                .isNotNegative();
        assertThat(end).as("end marker after the begin marker").isGreaterThan(begin);
        String updated =
                docs.substring(0, begin + TABLE_BEGIN.length()) + "\n" + markdownCatalog() + docs.substring(end);
        ensureGenerated(DOCS, docs, updated, "the rule catalog table of docs/rules.md");
    }

    @Test
    void vscodeSettingsAreGeneratedFromRuleCode() throws IOException {
        String text = Files.readString(PACKAGE_JSON, StandardCharsets.UTF_8);
        int object = text.indexOf("\"migrationLsp.rules\": {");
        assertThat(object)
                .as("package.json declares the migrationLsp.rules setting")
                .isNotNegative();
        int properties = text.indexOf("\"properties\": {", object);
        assertThat(properties).as("migrationLsp.rules has \"properties\"").isGreaterThan(object);
        int start = text.indexOf('\n', properties) + 1;
        int close = matchingBrace(text, text.indexOf('{', properties));
        int end = text.lastIndexOf('\n', close) + 1;
        String updated = text.substring(0, start) + vscodeRuleSettings() + text.substring(end);
        ensureGenerated(PACKAGE_JSON, text, updated, "the migrationLsp.rules settings of clients/vscode/package.json");

        JsonObject rules = JsonParser.parseString(Files.readString(PACKAGE_JSON))
                .getAsJsonObject()
                .getAsJsonObject("contributes")
                .getAsJsonObject("configuration")
                .getAsJsonObject("properties")
                .getAsJsonObject("migrationLsp.rules")
                .getAsJsonObject("properties");
        assertThat(new TreeSet<>(rules.keySet()))
                .isEqualTo(Arrays.stream(RuleCode.values())
                        .map(RuleCode::id)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Codes no rule class produces: the configuration loader reports them. */
    static final Set<RuleCode> NOT_FROM_A_RULE = Set.of(RuleCode.INVALID_CONFIGURATION);

    /** A code whose rule class was written but not listed would silently never be reported. */
    @Test
    void everyCodeHasABoundRule() {
        Analyzer analyzer = new CoreWiring().analyzer();
        Set<RuleCode> bound = new HashSet<>();
        analyzer.documentRules().forEach(r -> bound.add(r.code()));
        analyzer.workspaceRules().forEach(r -> bound.add(r.code()));
        List<String> unbound = Arrays.stream(RuleCode.values())
                .filter(c -> !bound.contains(c) && !NOT_FROM_A_RULE.contains(c))
                .map(c -> c.id() + ": list its rule class in its area's method of rules/Rules.java")
                .toList();
        assertThat(unbound).as("codes no bound rule reports").isEmpty();
    }

    /** The documentation paragraph cannot be generated: each code needs its {@code ### code} section. */
    @Test
    void everyCodeHasItsDocumentationSection() throws IOException {
        Map<String, String> sections = RuleDocs.sections(Files.readString(DOCS, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        for (RuleCode c : RuleCode.values()) {
            if (!sections.containsKey(c.id()) || sections.get(c.id()).isBlank()) {
                problems.add("docs/rules.md has no section for " + c.id() + ": add `### " + c.id()
                        + "` at the end of the"
                        + " rules of its area (" + c.area().title() + "), with **What.** **Why.** **Example.** **Fix.**"
                        + " **Silence.** like the others");
            }
        }
        for (String heading : new TreeSet<>(sections.keySet())) {
            if (RuleCode.fromId(heading).isEmpty()) {
                problems.add("docs/rules.md has a section `### " + heading + "` but RuleCode has no such code: add the"
                        + " code to core/RuleCode.java, or rename or remove the section");
            }
        }
        assertThat(problems).as("rule documentation").isEmpty();
    }

    // ---------------------------------------------------------------- plumbing

    /** Rewrites {@code file} when asked to, else fails when the generated part differs from what is committed. */
    private static void ensureGenerated(Path file, String current, String expected, String what) throws IOException {
        if (current.equals(expected)) {
            return;
        }
        if (REWRITE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        throw new AssertionError(
                what + " is out of date with core/RuleCode.java. Regenerate it (from the repository root):"
                        + "\n    " + REGENERATE + "\nthen review and commit " + file.normalize()
                        + ". Never edit the generated part"
                        + " by hand: change RuleCode instead.");
    }

    /** Offset of the brace closing the one at {@code open}, skipping JSON strings. */
    private static int matchingBrace(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced braces in " + PACKAGE_JSON);
    }
}
