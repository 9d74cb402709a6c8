package dev.migrationlsp.core;

import java.nio.file.Path;

/** One change of a fix: a text replacement in a file, or a file rename. Offsets refer to the analysed text. */
public sealed interface Edit permits Edit.Replace, Edit.Rename {

    Path file();

    record Replace(Path file, int startOffset, int endOffset, String newText) implements Edit {}

    record Rename(Path file, Path newFile) implements Edit {}

    static Replace insert(Path file, int offset, String text) {
        return new Replace(file, offset, offset, text);
    }
}
