package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Comment;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code header-comment}: the migration guide's header, first line {@code -- NNN_description.sql} naming this file, and
 * a "Tables affected:" block in the leading comment. One finding per file; every fix only adds or corrects comments.
 */
public final class HeaderCommentRule extends ClickHouseRule {

    /**
     * The first file-name-like word of {@code line} ({@code [\w.-]+\.(sql|py)\b}, greedy, as a regex would find it) as
     * {start, end}, or null. One pass: the regex takes quadratic time on a long run of word characters (an 80,000-char
     * first line cost seconds).
     */
    static int[] fileNameLike(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!isNamePart(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isNamePart(line.charAt(i))) {
                i++;
            }
            int end = -1; // the last ".sql"/".py" in the run [start, i) with a character before it and a word boundary
            // after
            for (int dot = i - 1; dot > start; dot--) {
                if (line.charAt(dot) != '.') {
                    continue;
                }
                for (String ext : new String[] {"sql", "py"}) {
                    int after = dot + 1 + ext.length();
                    if (after <= i
                            && line.startsWith(ext, dot + 1)
                            && (after == n || !isWordChar(line.charAt(after)))) {
                        end = after;
                        break;
                    }
                }
                if (end >= 0) {
                    break;
                }
            }
            if (end >= 0) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isWordChar(c) || c == '.' || c == '-';
    }

    public HeaderCommentRule() {
        super(RuleCode.HEADER_COMMENT);
    }

    @Override
    void checkFile(ClickHouseFile file) {
        for (Finding f :
                check(file.document())) { // a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            file.add(f);
        }
    }

    private List<Finding> check(Document d) {
        SourceText text = d.text();
        String fileName = d.fileName();
        String first = text.lineText(0);
        TextRange firstLine = new TextRange(0, text.lineEnd(0));
        List<Comment> headerLines = header(ClickHouseScript.of(d), text.text());
        if (headerLines.isEmpty()) {
            String header = "-- " + fileName + "\n-- TODO: what this migration does and why.\n--\n" + tablesAffected(d)
                    + "\n\n";
            return List.of(ClickHouseFacts.finding(
                            code(), d, firstLine, "the first line should be the header comment '-- " + fileName + "'")
                    .fix(new Fix("Insert the migration header", true, List.of(Edit.insert(d.path(), 0, header))))
                    .fingerprint("no header")
                    .build());
        }
        String named = first.substring(2).strip();
        if (!(named.equals(fileName) || named.startsWith(fileName + " ") || named.startsWith(fileName + ":"))) {
            int[] m = fileNameLike(first);
            Fix fix;
            if (m != null) {
                fix = new Fix(
                        "Name this file in the header: " + fileName,
                        true,
                        List.of(new Edit.Replace(d.path(), m[0], m[1], fileName)));
            } else {
                fix = new Fix(
                        "Insert the header line '-- " + fileName + "'",
                        true,
                        List.of(Edit.insert(d.path(), 0, "-- " + fileName + "\n")));
            }
            return List.of(ClickHouseFacts.finding(
                            code(),
                            d,
                            firstLine,
                            "the header's first line should name this file: '-- " + fileName + "'")
                    .fix(fix)
                    .fingerprint("header names " + named)
                    .build());
        }
        boolean tablesAffected = false;
        for (int i = 1; i < headerLines.size() && !tablesAffected; i++) {
            var c = headerLines.get(i);
            tablesAffected = text.slice(c.start(), c.end())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("tables affected");
        }
        if (!tablesAffected) {
            int at = headerLines.get(headerLines.size() - 1).end();
            String block = "\n--\n" + tablesAffected(d);
            return List.of(ClickHouseFacts.finding(
                            code(), d, firstLine, "the header lacks the 'Tables affected:' block")
                    .fix(new Fix("Add the 'Tables affected:' block", true, List.of(Edit.insert(d.path(), at, block))))
                    .fingerprint("no tables affected")
                    .build());
        }
        return List.of();
    }

    /** The header: the {@code --} comments that fill the first lines, one a line, as the lexer reads them. */
    private static List<Comment> header(ClickHouseScript script, String text) {
        List<Comment> out = new ArrayList<>();
        int lineStart = 0;
        for (Comment c : script.comments()) {
            if (c.block() || c.start() != lineStart || !text.startsWith("--", c.start())) {
                break;
            }
            out.add(c);
            int nl = text.indexOf('\n', c.end());
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    /** "-- Tables affected:" and one line per table the statements touch (no trailing newline). */
    static String tablesAffected(Document d) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (Statement s : ClickHouseScript.of(d).statements()) {
            if (s instanceof Statement.CreateTable t) {
                tables.putIfAbsent(t.name().qualified(), "created");
            } else if (s instanceof Statement.CreateView v) {
                tables.putIfAbsent(
                        v.name().qualified(),
                        v.materialized()
                                ? "created (materialized view"
                                        + (v.to() != null ? " feeding " + v.to().qualified() : "") + ")"
                                : "created (view)");
            } else if (s instanceof Statement.AlterTable a) {
                tables.putIfAbsent(a.table().qualified(), "altered");
            } else if (s instanceof Statement.Drop x) {
                tables.putIfAbsent(x.name().qualified(), "dropped");
            } else if (s instanceof Statement.Insert i) {
                tables.putIfAbsent(i.table().qualified(), "rows inserted");
            } else if (s instanceof Statement.Rename r) {
                for (QualifiedName[] p : r.pairs()) {
                    tables.putIfAbsent(p[0].qualified(), "renamed to " + p[1].qualified());
                }
            } else if (s instanceof Statement.Exchange x) {
                tables.putIfAbsent(
                        x.first().qualified(), "exchanged with " + x.second().qualified());
            } else if (s instanceof Statement.Truncate t) {
                tables.putIfAbsent(t.table().qualified(), "truncated");
            }
        }
        StringBuilder sb = new StringBuilder("-- Tables affected:");
        if (tables.isEmpty()) {
            sb.append("\n--   - (none)");
        }
        tables.forEach(
                (t, what) -> sb.append("\n--   - ").append(t).append(": ").append(what));
        return sb.toString();
    }
}
