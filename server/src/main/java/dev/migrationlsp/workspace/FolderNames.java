package dev.migrationlsp.workspace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The names discovery's walk read in each folder that holds Python files, kept for the one load that walked them: the
 * workspace's listing of a versions folder right after takes them instead of asking the file system again (5,000
 * names are ~20 ms of a cold {@code heads}; docs/benchmarks.md, "Issue 15, sixth round"). It lives for one load, on
 * the loading thread; each folder's names are taken once. A file gone between the two is skipped by the listing's
 * stat, as a file gone between a listing and its stat always was.
 */
final class FolderNames {
    private final Map<Path, String[]> byFolder = new HashMap<>();

    void put(Path folder, String[] names) {
        byFolder.put(folder, names);
    }

    /** The names walked in {@code folder}, once; null when the walk did not list it (or they were taken). */
    String[] take(Path folder) {
        return byFolder.remove(folder);
    }
}
