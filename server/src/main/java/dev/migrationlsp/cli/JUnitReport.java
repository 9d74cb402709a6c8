package dev.migrationlsp.cli;

import dev.migrationlsp.core.Finding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JUnit XML, the report every CI's test tab reads (GitLab {@code artifacts:reports:junit}, Jenkins, Azure, GitHub test
 * reporters): one {@code <testsuite>} per file with findings, one failing {@code <testcase>} per finding, as ruff
 * writes it; a clean run is one passing test case, so the tab shows that the check ran.
 */
final class JUnitReport {
    private JUnitReport() {}

    static void print(List<Finding> findings, Function<Finding, String> relPath, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(relPath.apply(f), k -> new java.util.ArrayList<>())
                    .add(f);
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        int tests = Math.max(1, findings.size());
        out.printf(
                "<testsuites name=\"migration-lsp\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n",
                tests, findings.size());
        if (findings.isEmpty()) {
            out.println("  <testsuite name=\"migration-lsp\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">");
            out.println("    <testcase name=\"No problems found\" classname=\"migration-lsp\"/>");
            out.println("  </testsuite>");
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            String file = attr(e.getKey());
            out.printf(
                    "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
                    file, e.getValue().size(), e.getValue().size());
            for (Finding f : e.getValue()) {
                int line = f.span().start().line() + 1;
                int col = f.span().start().character() + 1;
                out.printf(
                        "    <testcase name=\"%s\" classname=\"%s\" file=\"%s\" line=\"%d\">%n",
                        attr(f.code().id() + " at " + line + ":" + col), file, file, line);
                out.printf(
                        "      <failure type=\"%s\" message=\"%s\">%s</failure>%n",
                        attr(f.severity().id()),
                        attr(f.message()),
                        text(e.getKey() + ":" + line + ":" + col + ": "
                                + f.severity().id() + "[" + f.code().id() + "] " + f.message()));
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default ->
                    b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '?' : c); // not allowed in XML 1.0
            }
        }
        return b.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;")
                .replace("\n", "&#10;")
                .replace("\r", "&#13;")
                .replace("\t", "&#9;");
    }
}
