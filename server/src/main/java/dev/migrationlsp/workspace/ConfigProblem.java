package dev.migrationlsp.workspace;

import java.nio.file.Path;

/**
 * A configuration error: where (file, or null for editor settings; 0-based line/column, -1 if unknown) and what.
 */
public record ConfigProblem(Path file, int line, int column, String message) {
    /** One line for a terminal: {@code file:line:col: message}. */
    public String describe(Path root) {
        String where = file == null
                ? "settings"
                : root == null
                        ? file.toString()
                        : root.relativize(file).toString().replace('\\', '/');
        return line >= 0 ? where + ":" + (line + 1) + ":" + (column + 1) + ": " + message : where + ": " + message;
    }
}
