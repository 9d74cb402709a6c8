package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import dev.migrationlsp.clickhouse.MigrationRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replays ClickHouse migration histories into a real ClickHouse ({@link Oracles#chdb()}, one node process and one
 * session in a temporary folder for all the histories given; every history starts from empty databases) and reports, per
 * statement, whether ClickHouse executed it, and the tables and columns each history leaves.
 */
public final class ChdbReplay {
    /** Error names ClickHouse 26.7 gives for a column that does not exist (by statement kind). */
    private static final Set<String> UNKNOWN_COLUMN =
            Set.of("NO_SUCH_COLUMN_IN_TABLE", "NOT_FOUND_COLUMN_IN_BLOCK", "UNKNOWN_IDENTIFIER", "THERE_IS_NO_COLUMN");

    public record Outcome(boolean ok, int code, String name, String message) {
        public boolean unknownTable() {
            return "UNKNOWN_TABLE".equals(name);
        }

        public boolean unknownColumn() {
            return name != null && UNKNOWN_COLUMN.contains(name);
        }
    }

    public record Table(String database, String name, String engine) {}

    public record Column(String database, String table, String name, String type) {}

    /** One history as ClickHouse ran it: {@code results} pairs with {@code statements}. */
    public record Replayed(List<String> statements, List<Outcome> results, List<Table> tables, List<Column> columns) {
        /** Statements ClickHouse refused, with why, one a line (empty when all ran). */
        public String failures() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < results.size(); i++) {
                if (!results.get(i).ok()) {
                    sb.append(statements.get(i))
                            .append("\n  -> ")
                            .append(results.get(i).message())
                            .append('\n');
                }
            }
            return sb.toString();
        }
    }

    private record Output(List<Outcome> results, List<Table> tables, List<Column> columns) {}

    private ChdbReplay() {}

    /** Replays each history (statements in order) into a fresh real ClickHouse state. */
    public static List<Replayed> replay(List<List<String>> histories) {
        Path chdb = Oracles.chdb();
        Path node = Oracles.node();
        Path work = null;
        try {
            work = Files.createTempDirectory("chdb-replay");
            Path session = Files.createDirectory(work.resolve("session"));
            Path in = work.resolve("in.json");
            Path out = work.resolve("out.json");
            JsonObject input = new JsonObject();
            input.add("histories", new Gson().toJsonTree(histories));
            Files.writeString(in, input.toString(), StandardCharsets.UTF_8);
            RealTools.Result r = RealTools.run(
                    List.of(
                            node.toString(),
                            resource("replay.js").toString(),
                            chdb.toString(),
                            session.toString(),
                            in.toString(),
                            out.toString()),
                    work,
                    Map.of());
            assertThat(r.ok()).as("chdb replay failed:\n" + r.out()).isTrue();
            List<Output> outputs = new Gson()
                    .fromJson(
                            Files.readString(out, StandardCharsets.UTF_8), new TypeToken<List<Output>>() {}.getType());
            List<Replayed> replayed = new ArrayList<>();
            for (int i = 0; i < histories.size(); i++) {
                Output o = outputs.get(i);
                replayed.add(new Replayed(histories.get(i), o.results(), o.tables(), o.columns()));
            }
            return replayed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The statements the team's runner sends for the migrations in {@code dir}, in its order (file names): a {@code .sql}
     * file stripped of {@code --} comments and split on {@code ;} ({@link MigrationRunner#statements}); a {@code .py} data
     * migration run by Python with a client that records what {@code upgrade(client)} sends.
     */
    public static List<String> runnerStatements(Path dir) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".sql")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    MigrationRunner.statements(text).forEach(r -> out.add(r.of(text)));
                } else if (name.endsWith(".py")) {
                    out.addAll(dataMigrationStatements(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What {@code upgrade(client)} of a data migration sends, by running it with a recording client. */
    public static List<String> dataMigrationStatements(Path py) {
        RealTools.requirePython();
        RealTools.Result r = RealTools.run(
                List.of(
                        RealTools.PYTHON.toString(),
                        resource("record_upgrade.py").toString(),
                        py.toAbsolutePath().toString()),
                py.toAbsolutePath().getParent(),
                Map.of());
        assertThat(r.ok())
                .as("upgrade(client) of " + py + " failed:\n" + r.out())
                .isTrue();
        String json = r.out().strip();
        return new Gson()
                .fromJson(json.substring(json.lastIndexOf('\n') + 1), new TypeToken<List<String>>() {}.getType());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ChdbReplay.class.getResource("/chdb/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
