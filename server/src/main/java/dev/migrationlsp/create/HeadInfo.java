package dev.migrationlsp.create;

import java.util.List;

/**
 * One Alembic head as offered to a user choosing where a new revision goes.
 *
 * @param labels the branch labels that select this head ({@code --branch LABEL} would extend it)
 * @param path   the head's file, relative to the workspace root
 */
public record HeadInfo(String revision, List<String> labels, String path, String description) {
    public HeadInfo {
        labels = List.copyOf(labels);
    }

    /** {@code 0006 (application_schema)}: how the CLI and the editor list it. */
    public String display() {
        return revision + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")");
    }
}
