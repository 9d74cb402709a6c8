package dev.migrationlsp.create;

import static dev.migrationlsp.create.Fixtures.CLICKHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.ChdbReplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ClickHouse runs what {@code new clickhouse} writes: every kind, created on the bundled example history (alone,
 * and all kinds one after another), replayed in the runner's order into a real ClickHouse session (chdb) executes
 * every statement without error.
 */
class ClickHouseCreateChdbTest {
    @TempDir
    Path tmp;

    /** A request for {@code kind} that the example history (plus an immutable deployments table) supports. */
    private static CreateRequest requestFor(ClickHouseKind kind, int n) {
        return switch (kind) {
            case TABLE -> CreateRequest.clickhouse("Create work items " + n, kind, "work_items_" + n);
            case ROLLUP ->
                CreateRequest.clickhouse("Deployments per day " + n, kind, "deployments_daily_" + n)
                        .withSource("deployments");
            case ALTER -> CreateRequest.clickhouse("pull request reviewers " + n, kind, "pull_requests");
            case DATA -> CreateRequest.clickhouse("backfill labels " + n, kind, "pull_requests");
        };
    }

    private static Path exampleWithDeployments(Path root) {
        Fixtures.copyExamples(root);
        Fixtures.write(root, CLICKHOUSE + "/005_create_deployments.sql", """
                -- 005_create_deployments.sql
                -- Deployments never change once recorded: immutable.
                --
                -- Tables affected:
                --   - deployments: created

                CREATE TABLE IF NOT EXISTS deployments (
                    org_id LowCardinality(String) DEFAULT 'default',
                    service String,
                    started_at DateTime64(3, 'UTC')
                ) ENGINE = MergeTree()
                ORDER BY (org_id, service, started_at);
                """);
        return root;
    }

    private static void create(Path root, CreateRequest request) throws CreateException {
        CreateResult result = Fixtures.creator().create(Fixtures.load(root), request);
        assertThat(result).as(request.toString()).isInstanceOf(Created.class);
    }

    @Test
    void everyKindAloneAndAllKindsInSequenceRunInRealClickHouse() throws Exception {
        List<List<String>> histories = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ClickHouseKind kind : ClickHouseKind.values()) {
            Path root = exampleWithDeployments(tmp.resolve(kind.id()));
            create(root, requestFor(kind, 1));
            histories.add(ChdbReplay.runnerStatements(root.resolve(CLICKHOUSE)));
            labels.add(kind.id());
        }
        Path all = exampleWithDeployments(tmp.resolve("all"));
        int n = 0;
        for (ClickHouseKind kind : ClickHouseKind.values()) {
            create(all, requestFor(kind, ++n));
        }
        histories.add(ChdbReplay.runnerStatements(all.resolve(CLICKHOUSE)));
        labels.add("all kinds in sequence");

        List<ChdbReplay.Replayed> replayed = ChdbReplay.replay(histories);

        for (int i = 0; i < replayed.size(); i++) {
            ChdbReplay.Replayed r = replayed.get(i);
            assertThat(r.failures()).as(labels.get(i)).isEmpty();
        }
        // the created objects really exist in ClickHouse afterwards
        List<String> tables = replayed.get(replayed.size() - 1).tables().stream()
                .map(ChdbReplay.Table::name)
                .toList();
        assertThat(tables).contains("work_items_1", "deployments_daily_2", "deployments_daily_2_mv");
        assertThat(replayed.get(replayed.size() - 1).columns())
                .anyMatch(c -> c.table().equals("pull_requests") && c.name().equals("new_column"));
    }
}
