package dev.migrationlsp.create;

import java.util.Locale;
import java.util.Optional;

/** Which history a new migration goes into. */
public enum Target {
    POSTGRES("postgres"),
    CLICKHOUSE("clickhouse");

    private final String id;

    Target(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code postgres}/{@code clickhouse} (also {@code postgresql}, {@code alembic}, {@code ch}), case-insensitively. */
    public static Optional<Target> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql", "pg", "alembic" -> Optional.of(POSTGRES);
            case "clickhouse", "ch" -> Optional.of(CLICKHOUSE);
            default -> Optional.empty();
        };
    }
}
