package dev.migrationlsp.core;

import java.util.Arrays;

/**
 * Immutable text of one file with a line index. Offsets are Java {@code char} indices (UTF-16 code units), which is
 * also LSP's default position encoding, so columns need no conversion at the protocol boundary.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        // String.indexOf is an intrinsic: far cheaper than a charAt loop while the JIT is cold (CLI start-up)
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line containing {@code offset} (clamped into the text). */
    public int lineOf(int offset) {
        int o = clamp(offset);
        int idx = Arrays.binarySearch(lineStarts, o);
        return idx >= 0 ? idx : -idx - 2;
    }

    public int lineStart(int line) {
        if (line <= 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        return lineStarts[line];
    }

    /** End of the line's content, before its {@code \n} (and a preceding {@code \r}). */
    public int lineEnd(int line) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (end > lineStarts[line]
                && end - 1 < text.length()
                && text.charAt(end - 1) == '\r'
                && line + 1 < lineStarts.length) {
            end--;
        }
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Position position(int offset) {
        int o = clamp(offset);
        int line = lineOf(o);
        return new Position(line, o - lineStarts[line]);
    }

    /** Offset of a 0-based (line, character) position, clamped into the document as LSP clients expect. */
    public int offset(int line, int character) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        return Math.max(start, Math.min(start + Math.max(0, character), end));
    }

    public int offset(Position p) {
        return offset(p.line(), p.character());
    }

    public Span span(int start, int end) {
        int s = clamp(start);
        int e = Math.max(s, clamp(end));
        return new Span(s, e, position(s), position(e));
    }

    public String slice(int start, int end) {
        int s = clamp(start);
        return text.substring(s, Math.max(s, clamp(end)));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
