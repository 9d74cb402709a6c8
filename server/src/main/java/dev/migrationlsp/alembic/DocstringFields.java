package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.RevisionHeader.DocField;
import dev.migrationlsp.alembic.RevisionHeader.Docstring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code Revision ID:} / {@code Revises:} / {@code Create Date:} lines of a module docstring. */
final class DocstringFields {
    private DocstringFields() {}

    /**
     * @param literalStart start of the string literal in the file
     * @param literalEnd end of the string literal
     * @param source the file's text
     */
    static Docstring read(String source, int literalStart, int literalEnd) {
        // find the content range inside the quotes (prefix letters, then 1 or 3 quote chars)
        int p = literalStart;
        while (p < literalEnd && Character.isLetter(source.charAt(p))) {
            p++;
        }
        int quoteLen = 1;
        if (p + 2 < literalEnd
                && source.charAt(p) == source.charAt(p + 1)
                && source.charAt(p) == source.charAt(p + 2)) {
            quoteLen = 3;
        }
        int contentStart = Math.min(p + quoteLen, literalEnd);
        int contentEnd = Math.max(contentStart, literalEnd - quoteLen);
        if (contentEnd < literalEnd
                && !endsWithQuote(source, literalEnd, quoteLen, p < literalEnd ? source.charAt(p) : '"')) {
            contentEnd = literalEnd; // unterminated while typing
        }
        String description = "";
        Optional<DocField> revisionId = Optional.empty();
        Optional<DocField> createDate = Optional.empty();
        List<DocField> revises = new ArrayList<>();
        boolean hasRevises = false;
        int lineStart = contentStart;
        while (lineStart <= contentEnd) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > contentEnd) {
                lineEnd = contentEnd;
            }
            String line = source.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (description.isEmpty() && !trimmed.isEmpty()) {
                description = trimmed;
            }
            Optional<DocField> rid = field(source, lineStart, lineEnd, "Revision ID:");
            if (rid.isPresent() && revisionId.isEmpty()) {
                revisionId = rid;
            }
            Optional<DocField> cd = field(source, lineStart, lineEnd, "Create Date:");
            if (cd.isPresent() && createDate.isEmpty()) {
                createDate = cd;
            }
            Optional<DocField> rev = field(source, lineStart, lineEnd, "Revises:");
            if (!hasRevises && line.stripLeading().startsWith("Revises:")) {
                hasRevises = true;
                if (rev.isPresent()) {
                    splitIds(rev.get(), revises);
                }
            }
            if (lineEnd >= contentEnd) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new Docstring(literalStart, literalEnd, description, revisionId, revises, hasRevises, createDate);
    }

    private static boolean endsWithQuote(String source, int end, int quoteLen, char q) {
        if (end - quoteLen < 0) {
            return false;
        }
        for (int i = end - quoteLen; i < end; i++) {
            if (source.charAt(i) != q) {
                return false;
            }
        }
        return true;
    }

    private static Optional<DocField> field(String source, int lineStart, int lineEnd, String label) {
        int i = lineStart;
        while (i < lineEnd && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        if (!source.startsWith(label, i) || i + label.length() > lineEnd) {
            return Optional.empty();
        }
        int s = i + label.length();
        while (s < lineEnd && Character.isWhitespace(source.charAt(s))) {
            s++;
        }
        int e = lineEnd;
        while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return Optional.empty();
        }
        return Optional.of(new DocField(source.substring(s, e), s, e));
    }

    /** "a, b" -> two fields with their own ranges; Alembic writes merges as {@code Revises: a, b}. */
    private static void splitIds(DocField f, List<DocField> out) {
        String v = f.value();
        int i = 0;
        while (i < v.length()) {
            while (i < v.length()
                    && (v.charAt(i) == ','
                            || v.charAt(i) == ' '
                            || v.charAt(i) == '('
                            || v.charAt(i) == ')'
                            || v.charAt(i) == '\''
                            || v.charAt(i) == '"')) {
                i++;
            }
            int s = i;
            while (i < v.length()
                    && v.charAt(i) != ','
                    && v.charAt(i) != ' '
                    && v.charAt(i) != ')'
                    && v.charAt(i) != '\''
                    && v.charAt(i) != '"') {
                i++;
            }
            if (i > s) {
                out.add(new DocField(v.substring(s, i), f.start() + s, f.start() + i));
            }
        }
    }
}
