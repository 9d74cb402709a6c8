package dev.migrationlsp.bench;

import com.google.gson.JsonObject;
import dev.migrationlsp.lsp.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A scripted editing session over stdio: a 2,000-line Alembic migration is opened and edited 200 times (typing a new
 * column into create_table, one keystroke per change) with the debounce at 0; each change is timed until the
 * publishDiagnostics of its version arrives. Prints p50/p95/p99. Usage: EditingSessionBenchmark [EDITS] [LINES]
 */
public final class EditingSessionBenchmark {
    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path root = Files.createTempDirectory("migration-lsp-editing");
        Path versions = SyntheticHistory.write(root, 50);
        Path file = versions.resolve("0051_big_migration.py");
        StringBuilder cols = new StringBuilder();
        int header = 30;
        for (int i = 0; i < lines - header; i++) {
            cols.append("        sa.Column(\"col_").append(i).append("\", sa.Text(), nullable=True),\n");
        }
        String text = """
                \"\"\"A very large migration.

                Revision ID: 0051
                Revises: 0050
                Create Date: 2025-06-01 00:00:00.000000
                \"\"\"

                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy.dialects.postgresql import UUID

                revision = "0051"
                down_revision = "0050"
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    op.create_table(
                        "huge",
                        sa.Column("id", UUID(as_uuid=True), primary_key=True),
                        sa.Column("org_id", sa.Text(), nullable=False, server_default="default"),
                        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
                        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
                %s    )


                def downgrade() -> None:
                    op.drop_table("huge")
                """.formatted(cols);
        Files.writeString(file, text);
        JsonObject init = new JsonObject();
        init.addProperty("diagnostics-debounce-ms", 0);
        List<Double> lat = new ArrayList<>();
        try (TestServer ts =
                TestServer.start(root, TestServer.Options.defaults().withInitOptions(init))) {
            String uri = ts.open(file);
            ts.awaitDiagnostics(uri, ds -> true);
            int line = 24; // inside create_table, before the generated columns
            String typed = "        sa.Column(\"typed_col\", sa.String(255), nullable=True),\n";
            for (int i = 0; i < edits; i++) {
                String ch = String.valueOf(typed.charAt(i % typed.length()));
                int col = i % typed.length();
                int row = line + i / typed.length();
                int before = ts.client().publishes.size();
                long t0 = System.nanoTime();
                int v = ts.change(uri, new Range(new Position(row, col), new Position(row, col)), ch);
                ts.await(
                        () -> ts
                                .client()
                                .publishes
                                .subList(before, ts.client().publishes.size())
                                .stream()
                                .anyMatch(p -> p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == v),
                        "version " + v);
                lat.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(lat);
        System.out.printf(
                Locale.ROOT,
                "| editing session: %d keystrokes in a %d-line migration, debounce 0 | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms |%n",
                edits,
                lines,
                pct(lat, 50),
                pct(lat, 95),
                pct(lat, 99),
                lat.get(lat.size() - 1));
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
