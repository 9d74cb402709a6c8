package dev.migrationlsp.alembic;

import java.nio.charset.StandardCharsets;
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
        return run(null, text);
    }

    /** Reparse after {@code old} was edited with {@link TSTree#edit}; reuses unchanged subtrees. */
    public TSTree reparse(TSTree old, String text) {
        return run(old, text);
    }

    // parseStringEncoding hands the native side JNI's modified UTF-8 while claiming UTF-16LE (the tree is garbage), so
    // feed real UTF-16LE bytes through a reader instead.
    private TSTree run(TSTree old, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] chunk = new byte[Math.max(2, Math.min(bytes.length, CHUNK))];
        return parsers.get().parse(chunk, old, (buffer, offset, point) -> {
            if (offset >= bytes.length) {
                return 0;
            }
            int n = Math.min(buffer.length, bytes.length - offset);
            System.arraycopy(bytes, offset, buffer, 0, n);
            return n;
        }, TSInputEncoding.TSInputEncodingUTF16LE);
    }

    private static final int CHUNK = 64 * 1024;
}
