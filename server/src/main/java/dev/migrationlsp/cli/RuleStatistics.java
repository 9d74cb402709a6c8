package dev.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --statistics}: how many findings each rule has, most first (ruff's {@code --statistics}), so a team
 * adopting the tool on a long history can decide which rules to turn on.
 */
final class RuleStatistics {
    record Row(RuleCode code, int count, int fixable) {}

    private RuleStatistics() {}

    static List<Row> of(List<Finding> findings) {
        Map<RuleCode, int[]> counts = new EnumMap<>(RuleCode.class);
        for (Finding f : findings) {
            int[] c = counts.computeIfAbsent(f.code(), k -> new int[2]);
            c[0]++;
            if (!f.fixes().isEmpty()) {
                c[1]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, c) -> rows.add(new Row(code, c[0], c[1])));
        rows.sort(Comparator.comparingInt(Row::count)
                .reversed()
                .thenComparing(r -> r.code().id()));
        return rows;
    }

    /** {@code json} prints an array of {@code {code, count, fixable, summary}}; anything else a table. */
    static void print(List<Finding> findings, boolean json, PrintWriter out) {
        List<Row> rows = of(findings);
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", r.code().id());
                m.put("count", r.count());
                m.put("fixable", r.fixable());
                m.put("summary", r.code().summary());
                list.add(m);
            }
            out.println(new GsonBuilder()
                    .setPrettyPrinting()
                    .disableHtmlEscaping()
                    .create()
                    .toJson(list));
            return;
        }
        int width = rows.stream().mapToInt(r -> r.code().id().length()).max().orElse(0);
        for (Row r : rows) {
            out.printf(
                    "%6d  %-" + width + "s  %s %s%n",
                    r.count(),
                    r.code().id(),
                    r.fixable() > 0 ? "[*]" : "   ",
                    r.code().summary());
        }
        int total = findings.size();
        out.printf(
                "Found %d problem%s in %d rule%s.%n",
                total, total == 1 ? "" : "s", rows.size(), rows.size() == 1 ? "" : "s");
    }
}
