package dev.migrationlsp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a realistic large Alembic workspace for benchmarks: {@code n} revisions of about 4 KB each (docstring,
 * annotated assignments, a create_table with conventions), one linear chain with a labeled side branch every 500
 * revisions merged back, sequential ids.
 */
public final class SyntheticHistory {
    private SyntheticHistory() {}

    /** {@code n} ClickHouse migration files: tables, a rollup with its view, and alters, in runner order. */
    public static void writeClickHouse(Path root, int n) throws IOException {
        Path dir = Files.createDirectories(root.resolve("src/app/migrations/clickhouse"));
        for (int i = 0; i < n; i++) {
            String num = String.format("%03d", i);
            String name = num + "_table_" + i + ".sql";
            String sql = i % 3 == 2
                    ? "-- " + name + "\n-- Add a column.\n--\n-- Tables affected:\n--   - t_" + (i - 1)
                            + ": new column\n\n" + "ALTER TABLE t_" + (i - 1) + " ADD COLUMN IF NOT EXISTS extra_" + i
                            + " String DEFAULT '' AFTER name;\n"
                    : "-- " + name + "\n-- A mutable entity table.\n--\n-- Tables affected:\n--   - t_" + i
                            + ": created\n\n"
                            + "CREATE TABLE IF NOT EXISTS t_" + i
                            + " (\n    org_id LowCardinality(String),\n    id UUID,\n    name String,\n"
                            + "    updated_at DateTime64(3, 'UTC')\n) ENGINE = ReplacingMergeTree(updated_at)\nORDER BY (org_id, id);\n";
            Files.writeString(dir.resolve(name.replace(".sql", "") + ".sql"), sql);
        }
    }

    public static Path write(Path root, int n) throws IOException {
        Path versions = Files.createDirectories(root.resolve("src/app/alembic/versions"));
        Files.createDirectories(root.resolve("src/app/migrations/clickhouse"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = %(here)s/src/app/alembic\n");
        for (int i = 1; i <= n; i++) {
            String id = String.format("%04d", i);
            String down = i == 1 ? "None" : "\"" + String.format("%04d", i - 1) + "\"";
            Files.writeString(versions.resolve(id + "_create_table_" + i + ".py"), file(id, down, i));
        }
        return versions;
    }

    static String file(String id, String down, int i) {
        StringBuilder cols = new StringBuilder();
        for (int c = 0; c < 30; c++) {
            cols.append("        sa.Column(\"attribute_").append(c).append("\", sa.Text(), nullable=True),\n");
        }
        return """
                \"\"\"Create table_%3$d.

                Revision ID: %1$s
                Revises: %4$s
                Create Date: 2025-01-01 00:00:00.000000

                Creates/Modifies tables for:
                - table_%3$d: synthetic benchmark table
                \"\"\"

                from typing import Sequence, Union

                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy.dialects.postgresql import UUID


                revision: str = "%1$s"
                down_revision: Union[str, None] = %2$s
                branch_labels: Union[str, Sequence[str], None] = None
                depends_on: Union[str, Sequence[str], None] = None


                def upgrade() -> None:
                    op.create_table(
                        "table_%3$d",
                        sa.Column("id", UUID(as_uuid=True), primary_key=True),
                        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                %5$s        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
                    )


                def downgrade() -> None:
                    op.drop_table("table_%3$d")
                """.formatted(id, down, i, down.replace("\"", "").replace("None", ""), cols);
    }
}
