package dev.migrationlsp.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns replayed to the end of the history, and the files that altered each table. */
class ClickHouseSchemaColumnsTest {
    @TempDir
    Path root;

    @Test
    void columnsFollowAltersRenamesExchangesAndDrops() throws Exception {
        Path dir = Files.createDirectories(root.resolve("migrations/clickhouse"));
        Files.writeString(
                dir.resolve("000_a.sql"),
                "CREATE TABLE IF NOT EXISTS a (org_id String, id UUID, n Nullable(UInt32)) ENGINE = MergeTree ORDER BY id;\n"
                        + "CREATE TABLE IF NOT EXISTS b (org_id String, x DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY org_id;\n");
        Files.writeString(
                dir.resolve("001_alter.sql"),
                "ALTER TABLE a ADD COLUMN IF NOT EXISTS title String AFTER id, DROP COLUMN n;\n"
                        + "ALTER TABLE a MODIFY COLUMN id String;\n");
        Files.writeString(dir.resolve("002_rename.sql"), "RENAME TABLE a TO a2;\nEXCHANGE TABLES a2 AND b;\n");
        Files.writeString(
                dir.resolve("003_drop.sql"),
                "CREATE TABLE IF NOT EXISTS gone (id UUID) ENGINE = Memory;\nDROP TABLE gone;\n");
        WorkspaceSnapshot ws = new Workspace(root, new ConfigLoader()).load(Map.of());
        ClickHouseSchema schema = ClickHouseSchema.of(ws);
        assertThat(schema.current()).containsOnlyKeys("a2", "b");
        // after EXCHANGE, b holds what was a (renamed to a2), and a2 holds what was b
        assertThat(schema.columns("b"))
                .containsExactly(
                        Map.entry("org_id", "String"), Map.entry("id", "String"), Map.entry("title", "String"));
        assertThat(schema.columns("a2"))
                .containsExactly(Map.entry("org_id", "String"), Map.entry("x", "DateTime64(3, 'UTC')"));
        assertThat(schema.alteredIn("b"))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("001_alter.sql", "001_alter.sql");
        assertThat(schema.columns("gone")).isEmpty();
        assertThat(schema.table("gone")).isEmpty();
    }
}
