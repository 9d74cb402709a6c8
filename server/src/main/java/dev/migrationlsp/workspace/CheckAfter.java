package dev.migrationlsp.workspace;

import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code check-after} setting, for adopting the tool on a long history: file-level rules check only the
 * migrations after these points (graph rules still cover the whole history). {@code alembicRevisions} are revisions
 * whose file and ancestors are settled (one per branch when a history has several); ClickHouse migrations numbered at
 * or below {@code clickhouseNumber} are settled.
 */
public record CheckAfter(List<String> alembicRevisions, OptionalInt clickhouseNumber) {
    public static final CheckAfter NONE = new CheckAfter(List.of(), OptionalInt.empty());

    public CheckAfter {
        alembicRevisions = List.copyOf(alembicRevisions);
    }

    public boolean isEmpty() {
        return alembicRevisions.isEmpty() && clickhouseNumber.isEmpty();
    }
}
