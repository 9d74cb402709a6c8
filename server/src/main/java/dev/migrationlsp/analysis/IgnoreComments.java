package dev.migrationlsp.analysis;

import dev.migrationlsp.alembic.PythonTokenizer;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Comment;
import dev.migrationlsp.clickhouse.Token;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;
import java.util.Optional;

/**
 * Builds the edit behind "ignore this rule here": append the code to an existing ignore directive on the line, or add
 * a directive at the end of the line. When the line ends inside a string or block comment (a docstring field, say) a
 * line comment would not be a comment, so the edit adds a file-level directive instead.
 */
public final class IgnoreComments {
    private IgnoreComments() {}

    /** The edit and a title for the code action. */
    public record IgnoreEdit(String title, Edit edit) {}

    public static Optional<IgnoreEdit> forLine(Document d, RuleCode code, int line) {
        boolean python = d.kind() == FileKind.ALEMBIC || d.kind() == FileKind.CLICKHOUSE_PY;
        boolean sql = d.kind() == FileKind.CLICKHOUSE_SQL;
        if (!python && !sql) {
            return Optional.empty();
        }
        SourceText t = d.text();
        String marker = python ? "#" : "--";
        Suppressions sup = Suppressions.of(d);
        for (Suppressions.Directive dir : sup.directives()) {
            if (dir.line() == line && !dir.file() && !dir.codeRanges().isEmpty()) {
                if (dir.codes().contains(code.id())) {
                    return Optional.empty();
                }
                int at = dir.codeRanges().get(dir.codeRanges().size() - 1)[1];
                return Optional.of(new IgnoreEdit(
                        "Ignore " + code.id() + " on this line", Edit.insert(d.path(), at, ", " + code.id())));
            }
        }
        int lineEnd = t.lineEnd(line);
        if (!insideLiteral(d, python, lineEnd)) {
            String lineText = t.lineText(line);
            String sep = lineText.isBlank() ? "" : "  ";
            return Optional.of(new IgnoreEdit(
                    "Ignore " + code.id() + " on this line",
                    Edit.insert(d.path(), lineEnd, sep + marker + " migration-lsp: ignore[" + code.id() + "]")));
        }
        // File-level directive: at the top for Python (a comment before the docstring keeps it the docstring), at the
        // end for SQL (the first line is the migration's header comment).
        if (python) {
            return Optional.of(new IgnoreEdit(
                    "Ignore " + code.id() + " in this file",
                    Edit.insert(d.path(), 0, "# migration-lsp: ignore-file[" + code.id() + "]\n")));
        }
        String text = t.text();
        String prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        return Optional.of(new IgnoreEdit(
                "Ignore " + code.id() + " in this file",
                Edit.insert(d.path(), text.length(), prefix + "-- migration-lsp: ignore-file[" + code.id() + "]\n")));
    }

    private static boolean insideLiteral(Document d, boolean python, int offset) {
        String text = d.text().text();
        if (python) {
            List<PythonTokenizer.Token> tokens = PythonTokenizer.tokenize(text);
            for (PythonTokenizer.Token tok : tokens) {
                if (tok.start() < offset
                        && offset < tok.end()
                        && (tok.kind() == PythonTokenizer.Kind.STRING || tok.kind() == PythonTokenizer.Kind.COMMENT)) {
                    return tok.kind() == PythonTokenizer.Kind.STRING;
                }
                if (tok.start() >= offset) {
                    break;
                }
            }
            return false;
        }
        // SQL: inside a quoted literal or /* */ block at offset? The lexer (cached per document) is the one scanner.
        ClickHouseScript script = ClickHouseScript.of(d);
        for (Comment c : script.comments()) {
            if (c.block() && c.start() < offset && (offset < c.end() || !text.startsWith("*/", c.end() - 2))) {
                return true;
            }
        }
        for (Token t : script.tokens()) {
            boolean quoted = t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.QUOTED_NAME;
            boolean unterminatedQuote = t.kind() == Token.Kind.ERROR
                    && t.start() < text.length()
                    && "'\"`".indexOf(text.charAt(t.start())) >= 0;
            if (quoted && t.start() < offset && offset < t.end() || unterminatedQuote && t.start() < offset) {
                return true;
            }
        }
        return false;
    }
}
