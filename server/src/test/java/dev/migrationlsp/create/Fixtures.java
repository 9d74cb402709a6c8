package dev.migrationlsp.create;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Test workspaces: a copy of examples/, or small hand-made ones, and the real analyzer with every rule. */
final class Fixtures {
    static final Path EXAMPLES = dev.migrationlsp.testing.Examples.ROOT;
    static final String VERSIONS = "src/dev_health_ops/alembic/versions";
    static final String CLICKHOUSE = "src/dev_health_ops/migrations/clickhouse";
    /** 2026-03-05 14:07:09.250000 in UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T14:07:09.250Z"), ZoneId.of("UTC"));

    private Fixtures() {}

    static Path copyExamples(Path into) {
        dev.migrationlsp.testing.Examples.copyInto(into);
        return into;
    }

    static void write(Path root, String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workspace load(Path root) {
        Workspace ws = new Workspace(root, new ConfigLoader());
        ws.load(Map.of());
        return ws;
    }

    /** Hex ids a1..., predictable so tests can name files; each call returns the next one. */
    static Supplier<String> hexIds() {
        AtomicInteger n = new AtomicInteger();
        return () -> String.format("%012x", 0xa1b2c3000000L + n.incrementAndGet());
    }

    static MigrationCreator creator() {
        return new MigrationCreator(new TemplateRenderer(), CLOCK, hexIds());
    }

    /** Every finding of every bound rule (the production catalogue, so rules added later are covered) on {@code file}. */
    static List<Finding> findings(Workspace ws, Path file) {
        Analyzer analyzer = new CoreWiring().analyzer();
        return analyzer.analyze(ws.snapshot(), file, CancelChecker.NEVER);
    }

    /** A hex-id history with plain (not annotated) assignments: a -> b. */
    static Path hexWorkspace(Path root, String alembicIniExtra) {
        write(root, "alembic.ini", "[alembic]\nscript_location = %(here)s/migrations\n" + alembicIniExtra + "\n");
        write(root, "migrations/versions/1f2e3d4c5b6a_create_accounts.py", """
                \"\"\"create accounts

                Revision ID: 1f2e3d4c5b6a
                Revises:
                Create Date: 2024-05-01 10:00:00.000000

                \"\"\"
                from alembic import op
                import sqlalchemy as sa


                revision = '1f2e3d4c5b6a'
                down_revision = None
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    pass


                def downgrade() -> None:
                    pass
                """);
        write(root, "migrations/versions/9a8b7c6d5e4f_add_stuff.py", """
                \"\"\"add stuff

                Revision ID: 9a8b7c6d5e4f
                Revises: 1f2e3d4c5b6a
                Create Date: 2024-05-02 10:00:00.000000

                \"\"\"
                from alembic import op
                import sqlalchemy as sa


                revision = '9a8b7c6d5e4f'
                down_revision = '1f2e3d4c5b6a'
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    pass


                def downgrade() -> None:
                    pass
                """);
        return root;
    }
}
