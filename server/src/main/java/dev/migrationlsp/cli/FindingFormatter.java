package dev.migrationlsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints findings as text, JSON, SARIF 2.1.0, GitHub workflow commands, JUnit XML or GitLab code quality. */
final class FindingFormatter {
    enum Format {
        text,
        json,
        sarif,
        github,
        junit,
        gitlab
    }

    /** Loaded only for the JSON formats: Gson is some 130 classes that the default text output does not need. */
    private static final class Json {
        static final Gson GSON =
                new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }

    private FindingFormatter() {}

    static void print(Format format, List<Finding> findings, DisplayPaths paths, PrintWriter out) {
        switch (format) {
            case text -> text(findings, paths, out);
            case json -> out.println(Json.GSON.toJson(json(findings, paths)));
            case sarif -> out.println(Json.GSON.toJson(sarif(findings, paths)));
            case github -> github(findings, paths, out);
            case junit -> JUnitReport.print(findings, f -> paths.display(f.file()), out);
            case gitlab -> GitLabReport.print(findings, f -> paths.display(f.file()), out);
        }
        out.flush();
    }

    private static void text(List<Finding> findings, DisplayPaths paths, PrintWriter out) {
        StringBuilder line = new StringBuilder(256);
        for (Finding f : findings) {
            // appended, not printf: a format string is parsed (by regular expression) at every call
            line.setLength(0);
            line.append(paths.display(f.file()))
                    .append(':')
                    .append(f.span().start().line() + 1)
                    .append(':')
                    .append(f.span().start().character() + 1)
                    .append(": ")
                    .append(f.severity().id())
                    .append('[')
                    .append(f.code().id())
                    .append("] ")
                    .append(f.message())
                    .append(System.lineSeparator());
            out.print(line);
        }
        long errors = 0;
        long fixable = 0;
        for (Finding f : findings) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            errors += f.severity() == Severity.ERROR ? 1 : 0;
            fixable += f.fixes().isEmpty() ? 0 : 1;
        }
        if (findings.isEmpty()) {
            out.println("No problems found.");
        } else {
            out.printf(
                    "Found %d problem%s (%d error%s); %d with a quick fix in the editor.%n",
                    findings.size(), findings.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", fixable);
        }
    }

    static List<Map<String, Object>> json(List<Finding> findings, DisplayPaths paths) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", paths.display(f.file()));
            m.put("line", f.span().start().line() + 1);
            m.put("column", f.span().start().character() + 1);
            m.put("endLine", f.span().end().line() + 1);
            m.put("endColumn", f.span().end().character() + 1);
            m.put("code", f.code().id());
            m.put("severity", f.severity().id());
            m.put("message", f.message());
            m.put("fixable", !f.fixes().isEmpty());
            m.put("url", f.code().docUrl());
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> sarif(List<Finding> findings, DisplayPaths paths) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleCode c : RuleCode.values()) {
            rules.add(Map.of(
                    "id",
                    c.id(),
                    "shortDescription",
                    Map.of("text", c.summary()),
                    "helpUri",
                    c.docUrl(),
                    "defaultConfiguration",
                    Map.of("level", level(c.defaultSeverity()))));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.span().start().line() + 1);
            region.put("startColumn", f.span().start().character() + 1);
            region.put("endLine", f.span().end().line() + 1);
            region.put("endColumn", f.span().end().character() + 1);
            results.add(Map.of(
                    "ruleId",
                    f.code().id(),
                    "level",
                    level(f.severity()),
                    "message",
                    Map.of("text", f.message()),
                    "locations",
                    List.of(Map.of(
                            "physicalLocation",
                            Map.of("artifactLocation", paths.sarifArtifactLocation(f.file()), "region", region)))));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "migration-lsp");
        driver.put("informationUri", RuleCode.DOCS_BASE);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", paths.sarifOriginalUriBaseIds());
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    private static void github(List<Finding> findings, DisplayPaths paths, PrintWriter out) {
        for (Finding f : findings) {
            String kind =
                    f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warning" : "notice";
            out.printf(
                    "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s%n",
                    kind,
                    prop(paths.display(f.file())),
                    f.span().start().line() + 1,
                    f.span().start().character() + 1,
                    f.span().end().line() + 1,
                    f.span().end().character() + 1,
                    prop(f.code().id()),
                    data(f.message()));
        }
    }

    /** GitHub's escaping for workflow command data and properties. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String prop(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
