package dev.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import dev.migrationlsp.analysis.Baseline;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GitLab's code-quality report ({@code artifacts:reports:codequality}): a JSON array of Code Climate issues. The
 * fingerprint is the baseline's content fingerprint, so GitLab's merge-request widget compares findings across commits
 * the way {@code check --baseline} does; repeats of one construct get {@code -2}, {@code -3}… (GitLab drops duplicates).
 */
final class GitLabReport {
    private GitLabReport() {}

    static void print(List<Finding> findings, Function<Finding, String> relPath, PrintWriter out) {
        List<Map<String, Object>> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String path = relPath.apply(f);
            String fp = Baseline.fingerprint(path, f);
            int n = seen.merge(fp, 1, Integer::sum);
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("begin", f.span().start().line() + 1);
            lines.put("end", f.span().end().line() + 1);
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("type", "issue");
            issue.put("check_name", f.code().id());
            issue.put("description", f.message());
            issue.put("categories", List.of("Bug Risk"));
            issue.put("severity", severity(f.severity()));
            issue.put("fingerprint", n == 1 ? fp : fp + "-" + n);
            issue.put("location", Map.of("path", path, "lines", lines));
            issues.add(issue);
        }
        out.println(new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(issues));
    }

    /** GitLab's scale is info, minor, major, critical, blocker; an error here blocks a deploy, so it is critical. */
    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            default -> "info";
        };
    }
}
