package dev.migrationlsp.rules.postgres;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Revisions written for another database than PostgreSQL. Projects that support several databases keep one history per
 * dialect in folders named after it (Prefect: {@code _migrations/versions/postgresql} and
 * {@code _migrations/versions/sqlite}); PostgreSQL's locking and rewrite rules say nothing about the others.
 */
final class OtherDatabase {
    private OtherDatabase() {}

    private static final Set<String> DIALECT_FOLDERS = Set.of("sqlite", "mysql", "mariadb", "mssql", "oracle");

    /** Whether {@code revisionFile} sits in a folder named after a database other than PostgreSQL. */
    static boolean holds(Path revisionFile) {
        Path parent = revisionFile.getParent();
        return parent != null
                && parent.getFileName() != null
                && DIALECT_FOLDERS.contains(parent.getFileName().toString().toLowerCase(Locale.ROOT));
    }
}
