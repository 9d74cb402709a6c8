package dev.migrationlsp.rules.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.MigrationRunner;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.testing.ChdbReplay;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replayed schema agrees with real ClickHouse (chdb): the bundled example history, the realistic fixture and a
 * generated set of histories, replayed in the runner's order into a ClickHouse session and into {@link ClickHouseSchema},
 * leave the same tables and columns; and a probe statement that ClickHouse refuses for an unknown table or column gets
 * {@code unknown-table} / {@code unknown-column}, while one that ClickHouse runs gets neither.
 */
class ClickHouseSemanticsChdbTest {
    private static final Set<String> NOT_TABLES = Set.of("View", "MaterializedView", "Dictionary");

    @TempDir
    Path tmp;

    /** Table name to column name to type, as ClickHouse shows them (views and dictionaries have no columns here). */
    private static Map<String, Map<String, String>> chdbSchema(ChdbReplay.Replayed r) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        Set<String> tables = r.tables().stream()
                .filter(t -> !NOT_TABLES.contains(t.engine()))
                .map(ChdbReplay.Table::name)
                .collect(Collectors.toSet());
        tables.forEach(t -> out.put(t, new TreeMap<>()));
        for (ChdbReplay.Column c : r.columns()) {
            if (tables.contains(c.table())) {
                out.get(c.table()).put(c.name(), normalType(c.type()));
            }
        }
        return out;
    }

    /** The same from the replayed schema: Nested columns flattened to {@code n.x Array(T)} as ClickHouse stores them. */
    private static Map<String, Map<String, String>> ourSchema(ClickHouseSchema schema, Set<String> tables) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String t : tables) {
            Map<String, String> cols = new TreeMap<>();
            schema.columns(t).forEach((name, type) -> {
                if (type.startsWith("Nested(")) {
                    for (String field : splitTopLevel(type.substring(7, type.length() - 1))) {
                        String[] nameAndType = field.strip().split("\\s+", 2);
                        cols.put(name + "." + nameAndType[0], normalType("Array(" + nameAndType[1] + ")"));
                    }
                } else {
                    cols.put(name, normalType(type));
                }
            });
            out.put(t, cols);
        }
        return out;
    }

    private static String normalType(String type) {
        return type.replaceAll("\\s", "");
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static void assertSameTablesAndColumns(
            String label, ChdbReplay.Replayed replayed, ClickHouseSchema schema) {
        assertThat(replayed.failures())
                .as(label + ": ClickHouse runs the whole history")
                .isEmpty();
        Set<String> chdbNames =
                replayed.tables().stream().map(ChdbReplay.Table::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(schema.current().keySet())
                .as(label + ": tables, views and dictionaries")
                .isEqualTo(chdbNames);
        Map<String, Map<String, String>> chdb = chdbSchema(replayed);
        assertThat(ourSchema(schema, chdb.keySet()))
                .as(label + ": columns and types of every table")
                .isEqualTo(chdb);
    }

    private static WorkspaceSnapshot load(Path root) {
        return new Workspace(root, new ConfigLoader()).load(Map.of());
    }

    private static Path realistic() {
        try {
            return Path.of(ClickHouseSemanticsChdbTest.class
                            .getResource("/clickhouse/realistic/.migration-lsp.toml")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bundledAndRealisticHistoriesLeaveTheSameTablesAndColumnsAsRealClickHouse() {
        Path examples = Path.of(System.getProperty("migrationlsp.examples", "../examples"))
                .toAbsolutePath();
        Path examplesMigrations = examples.resolve("src/dev_health_ops/migrations/clickhouse");
        Path realistic = realistic();
        List<ChdbReplay.Replayed> replayed = ChdbReplay.replay(List.of(
                ChdbReplay.runnerStatements(examplesMigrations),
                ChdbReplay.runnerStatements(realistic.resolve("migrations/clickhouse"))));

        assertSameTablesAndColumns("examples", replayed.get(0), ClickHouseSchema.of(load(examples)));
        assertSameTablesAndColumns("realistic", replayed.get(1), ClickHouseSchema.of(load(realistic)));
        assertThat(chdbSchema(replayed.get(1))).hasSizeGreaterThan(4);
    }

    // ---- generated histories: a valid prefix, then one probe statement --------------------------------------------

    private static final List<String> BASE = List.of(
            "CREATE TABLE IF NOT EXISTS t (org_id String, a UInt8, s String, n Nested(x UInt8, y String)) ENGINE = MergeTree ORDER BY (org_id, a)",
            "CREATE TABLE IF NOT EXISTS other (org_id String, b UInt8) ENGINE = MergeTree ORDER BY org_id");

    private static final List<List<String>> PREFIXES = List.of(
            List.of(),
            List.of("ALTER TABLE t RENAME COLUMN s TO s2"),
            List.of("ALTER TABLE t DROP COLUMN s, ADD COLUMN m UInt8 AFTER a"),
            List.of("ALTER TABLE t DROP COLUMN n"),
            List.of("RENAME TABLE t TO t_old"),
            List.of("RENAME TABLE t TO t2, other TO t"),
            List.of("EXCHANGE TABLES t AND other"),
            List.of("DROP TABLE t"),
            List.of("CREATE TABLE IF NOT EXISTS t2 AS t", "ALTER TABLE t2 ADD COLUMN m UInt8"),
            List.of("DROP TABLE t", "CREATE TABLE t (org_id String, m UInt8) ENGINE = MergeTree ORDER BY org_id"));

    /** Tables the probes name: t and a name never created, plus those a prefix brings in. */
    private static final List<String> TABLES = List.of("t", "nope");

    private static final List<String> COLUMNS = List.of("org_id", "a", "s", "s2", "m", "b", "n", "n.x", "nope", "A");
    /** How many of the generated probes run (a fixed-seed sample: the machine is shared). */
    private static final int SAMPLE = 700;

    private static final List<String> COLUMN_PROBES = List.of(
            "ALTER TABLE {T} DROP COLUMN {C}",
            "ALTER TABLE {T} DROP COLUMN IF EXISTS {C}",
            "ALTER TABLE {T} MODIFY COLUMN {C} String",
            "ALTER TABLE {T} RENAME COLUMN {C} TO renamed",
            "ALTER TABLE {T} COMMENT COLUMN {C} 'c'",
            "ALTER TABLE {T} CLEAR COLUMN {C}",
            "ALTER TABLE {T} MATERIALIZE COLUMN {C}",
            "ALTER TABLE {T} UPDATE {C} = {C} WHERE 1",
            "ALTER TABLE {T} ADD COLUMN q UInt8 AFTER {C}",
            "ALTER TABLE {T} ADD COLUMN d UInt8, MODIFY ORDER BY (org_id, d, {C})",
            "INSERT INTO {T} ({C}) VALUES (DEFAULT)",
            "CREATE TABLE u (org_id String, a UInt8, m UInt8) ENGINE = MergeTree ORDER BY (org_id, {C})",
            "CREATE TABLE u (org_id String, a UInt8, m UInt8) ENGINE = MergeTree PARTITION BY {C} ORDER BY org_id");

    private static final List<String> TABLE_PROBES = List.of(
            "RENAME TABLE {T} TO r1, r1 TO r2",
            "RENAME TABLE {T} TO r1, other TO {T}",
            "RENAME TABLE r1 TO r2, {T} TO r1",
            "EXCHANGE TABLES {T} AND other",
            "OPTIMIZE TABLE {T}",
            "TRUNCATE TABLE {T}",
            "INSERT INTO {T} (org_id) VALUES ('o')",
            "CREATE TABLE copy AS {T}",
            "ALTER TABLE {T} DELETE WHERE 1",
            "CREATE MATERIALIZED VIEW IF NOT EXISTS mv TO {T} AS SELECT org_id FROM other");

    private record Probe(List<String> prefix, String statement) {
        List<String> history() {
            List<String> h = new ArrayList<>(BASE);
            h.addAll(prefix);
            h.add(statement);
            return h;
        }
    }

    private static List<Probe> probes() {
        List<Probe> out = new ArrayList<>();
        for (List<String> prefix : PREFIXES) {
            List<String> tables = new ArrayList<>(TABLES);
            String prefixText = String.join(" ", prefix);
            for (String introduced : List.of("t2", "t_old")) {
                if (java.util.regex.Pattern.compile("\\b" + introduced + "\\b")
                        .matcher(prefixText)
                        .find()) {
                    tables.add(introduced);
                }
            }
            for (String table : tables) {
                for (String p : COLUMN_PROBES) {
                    for (String column : COLUMNS) {
                        if (p.startsWith("CREATE TABLE u") && !table.equals("t")) {
                            continue; // the probe names no existing table: once per column is enough
                        }
                        out.add(new Probe(prefix, p.replace("{T}", table).replace("{C}", column)));
                    }
                }
                for (String p : TABLE_PROBES) {
                    out.add(new Probe(prefix, p.replace("{T}", table)));
                }
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(20261129));
        return out.subList(0, Math.min(SAMPLE, out.size()));
    }

    /**
     * Our unknown-table / unknown-column findings on the probe (the last statement), after a prefix that has none; null
     * when our parser cannot parse the probe (a conformance gap the parser's own harness measures, e.g. dotted Nested
     * column names in an ALTER or INSERT).
     */
    private Set<RuleCode> ourVerdict(Probe probe, int n) {
        String text = String.join(";\n", probe.history()) + ";\n";
        ClickHouseWorkspace ws = new ClickHouseWorkspace(tmp.resolve("h" + n)).file("000_history.sql", text);
        List<TextRange> statements = MigrationRunner.statements(text);
        int probeStart = statements.get(statements.size() - 1).start();
        Set<RuleCode> out = new TreeSet<>();
        List<Finding> findings = ws.findings("000_history.sql");
        if (findings.stream()
                .anyMatch(f ->
                        f.code() == RuleCode.SYNTAX_ERROR && f.severity() == dev.migrationlsp.core.Severity.ERROR)) {
            return null;
        }
        for (Finding f : findings) {
            if (f.code() == RuleCode.UNKNOWN_TABLE || f.code() == RuleCode.UNKNOWN_COLUMN) {
                assertThat(f.span().startOffset())
                        .as("finding in the valid prefix: " + f + "\n" + text)
                        .isGreaterThanOrEqualTo(probeStart);
                out.add(f.code());
            }
        }
        return out;
    }

    /**
     * ClickHouse reports dropping a column its sorting key reads as UNKNOWN_IDENTIFIER ("Missing columns: 'c'" while
     * rebuilding the key): the column exists, so this is not an unknown column.
     */
    private static boolean dropsAKeyColumn(String statement, ChdbReplay.Outcome outcome) {
        var drop = java.util.regex.Pattern.compile("DROP COLUMN (?:IF EXISTS )?(\\S+)$")
                .matcher(statement);
        return outcome.name().equals("UNKNOWN_IDENTIFIER")
                && drop.find()
                && outcome.message().contains("Missing columns: '" + drop.group(1) + "'");
    }

    @Test
    void unknownTableAndColumnFindingsAgreeWithRealClickHouseOnGeneratedHistories() {
        List<Probe> probes = probes();
        List<ChdbReplay.Replayed> replayed =
                ChdbReplay.replay(probes.stream().map(Probe::history).toList());

        int refusedUnknown = 0;
        int executed = 0;
        int unparsed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            ChdbReplay.Replayed r = replayed.get(i);
            List<ChdbReplay.Outcome> results = r.results();
            for (int k = 0; k < results.size() - 1; k++) {
                assertThat(results.get(k).ok())
                        .as("prefix runs: " + r.statements().get(k) + " -> "
                                + results.get(k).message())
                        .isTrue();
            }
            ChdbReplay.Outcome outcome = results.get(results.size() - 1);
            Set<RuleCode> ours = ourVerdict(probe, i);
            if (ours == null) {
                unparsed++;
                continue;
            }
            String where = String.join("; ", probe.prefix()) + " | " + probe.statement() + " -> ";
            if (outcome.unknownTable()) {
                refusedUnknown++;
                if (!ours.contains(RuleCode.UNKNOWN_TABLE)) {
                    disagreements.add(where + outcome.name() + " but we report " + ours);
                }
            } else if (outcome.unknownColumn() && !dropsAKeyColumn(probe.statement(), outcome)) {
                refusedUnknown++;
                if (!ours.contains(RuleCode.UNKNOWN_COLUMN)) {
                    disagreements.add(where + outcome.name() + " but we report " + ours);
                }
            } else if (outcome.ok()) {
                executed++;
                if (!ours.isEmpty()) {
                    disagreements.add(where + "ClickHouse runs it but we report " + ours);
                }
                try {
                    assertSameTablesAndColumns(where, r, ClickHouseSchema.of(load(tmp.resolve("h" + i))));
                } catch (AssertionError e) {
                    disagreements.add(e.getMessage());
                }
            }
        }
        assertThat(disagreements)
                .as(disagreements.size() + " of " + probes.size() + " probes")
                .isEmpty();
        System.out.printf(
                "unknown-table/column vs ClickHouse: %d probes, %d refused for an unknown table or column, %d run,"
                        + " %d not parsed by us%n",
                probes.size(), refusedUnknown, executed, unparsed);
        assertThat(unparsed).as("probes our parser cannot parse").isLessThan(probes.size() / 5);
        assertThat(refusedUnknown)
                .as("probes ClickHouse refuses for an unknown table or column")
                .isGreaterThan(100);
        assertThat(executed).as("probes ClickHouse runs").isGreaterThan(40);
    }
}
