package dev.migrationlsp.alembic;

import java.nio.charset.StandardCharsets;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
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
        return parse(null, text);
    }

    /** Reparse after {@code old} was edited with {@link TSTree#edit}; reuses unchanged subtrees. */
    public TSTree reparse(TSTree old, String text) {
        return parse(old, text);
    }

    /**
     * Hands tree-sitter real UTF-16LE bytes through a reader. {@code TSParser.parseStringEncoding} must not be used: in
     * bonede 0.25.3 it passes the string's (modified) UTF-8 bytes while declaring the given encoding, so with UTF-16LE
     * tree-sitter sees pairs of ASCII bytes as single characters and every file parses as one ERROR node.
     */
    private TSTree parse(TSTree old, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] chunk = new byte[Math.max(2, Math.min(bytes.length, 64 * 1024))];
        TSReader reader = (buf, offset, position) -> {
            if (offset >= bytes.length) {
                return 0;
            }
            int n = Math.min(buf.length, bytes.length - offset);
            System.arraycopy(bytes, offset, buf, 0, n);
            return n;
        };
        return parsers.get().parse(chunk, old, reader, TSInputEncoding.TSInputEncodingUTF16LE);
    }
}
