package dev.migrationlsp.create;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A planned migration file: where it goes and what it says, not yet written.
 *
 * @param directory     the migration directory the file must stay inside
 * @param path          absolute path of the new file (inside {@code directory}: a direct child, or in the plain-named
 *                      sub-folders a {@code file_template} names)
 * @param relativePath  the path relative to the workspace root, {@code /}-separated
 * @param revision      PostgreSQL: the new revision id
 * @param downRevisions PostgreSQL: its parents (none for a first revision, several for a merge)
 * @param number        ClickHouse: the file's number prefix, e.g. {@code 005}
 * @param template      the template that produced {@code content}, for error messages
 */
public record MigrationPlan(
        Target target,
        Path directory,
        Path path,
        String relativePath,
        String content,
        Optional<String> revision,
        List<String> downRevisions,
        Optional<String> number,
        String template)
        implements PlanResult {
    public MigrationPlan {
        downRevisions = List.copyOf(downRevisions);
    }
}
