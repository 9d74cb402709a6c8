package dev.migrationlsp.alembic;

import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * tree-sitter Python parsing. Text is handed over as UTF-16LE so every byte offset divided by two is a Java char
 * offset, the unit of {@link dev.migrationlsp.core.SourceText}. TSParser is not thread-safe: one per thread.
 */
public final class PythonParser {
    private final TSLanguage language = new TreeSitterPython();
    private final ThreadLocal<TSParser> parsers = ThreadLocal.withInitial(() -> {
        TSParser p = new TSParser();
        p.setLanguage(language);
        return p;
    });

    public TSTree parse(String text) {
        return parsers.get().parseStringEncoding(null, text, TSInputEncoding.TSInputEncodingUTF16LE);
    }

    /** Reparse after {@code old} was edited with {@link TSTree#edit}; reuses unchanged subtrees. */
    public TSTree reparse(TSTree old, String text) {
        return parsers.get().parseStringEncoding(old, text, TSInputEncoding.TSInputEncodingUTF16LE);
    }
}
