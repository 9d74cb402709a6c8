package dev.migrationlsp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.RealTools.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A minimal Alembic project on disk ({@code alembic.ini}, an {@code env.py} that reads {@code DATABASE_URL} and works
 * offline, {@code alembic/versions/}) driven by Debian's real Alembic: render revisions to SQL with
 * {@code upgrade --sql} (no database needed) or run them online.
 */
public final class AlembicProject {
    private static final String ENV_PY = """
            import os
            from alembic import context
            from sqlalchemy import engine_from_config, pool

            config = context.config
            url = os.environ.get("DATABASE_URL") or "postgresql://localhost/offline"

            if context.is_offline_mode():
                context.configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"})
                with context.begin_transaction():
                    context.run_migrations()
            else:
                engine = engine_from_config({"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool)
                with engine.connect() as connection:
                    context.configure(connection=connection)
                    with context.begin_transaction():
                        context.run_migrations()
            """;

    private final Path root;

    private AlembicProject(Path root) {
        this.root = root;
    }

    /** Creates the project in {@code root}; requires python3 with alembic and sqlalchemy (fails under CI, else skips). */
    public static AlembicProject create(Path root) {
        RealTools.requirePython("alembic", "sqlalchemy");
        try {
            Files.createDirectories(root.resolve("alembic/versions"));
            Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
            Files.writeString(root.resolve("alembic/env.py"), ENV_PY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AlembicProject(root);
    }

    public Path root() {
        return root;
    }

    public Path versions() {
        return root.resolve("alembic/versions");
    }

    /** Writes (or replaces) a revision file. */
    public Path write(String fileName, String text) {
        try {
            return Files.writeString(versions().resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code alembic upgrade <range> --sql}: the SQL real Alembic renders, without a database; fails on errors. */
    public String renderSql(String range) {
        Result r = alembic(Map.of(), "upgrade", range, "--sql");
        assertThat(r.exit()).as(r.out()).isZero();
        return r.out();
    }

    /** Runs {@code alembic <args>} with {@code DATABASE_URL} set when {@code url} is not null. */
    public Result alembic(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(RealTools.PYTHON.toString(), "-m", "alembic", "-c", "alembic.ini"));
        cmd.addAll(List.of(args));
        return RealTools.run(cmd, root, env);
    }
}
