package dev.migrationlsp.analysis;

import dev.migrationlsp.alembic.PythonTokenizer;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Comment;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ignore comments: {@code # migration-lsp: ignore[code, ...]} (Python) or {@code -- migration-lsp: ignore[code]} (SQL)
 * silences those codes on the comment's line; {@code ignore-file[code]} silences them in the whole file. A reason may
 * follow after {@code --} or {@code :}. Only real comments count, not text inside strings.
 */
public record Suppressions(Map<Integer, Set<String>> byLine, Set<String> wholeFile, List<Directive> directives) {

    public static final String MARKER = "migration-lsp:";

    /** One parsed directive, with the range of each code for hover and "unknown code" checks. */
    public record Directive(int line, boolean file, List<String> codes, List<int[]> codeRanges) {}

    public static final Suppressions NONE = new Suppressions(Map.of(), Set.of(), List.of());

    private static final Document.Key<Suppressions> KEY = new Document.Key<>("suppressions");

    public static Suppressions of(Document d) {
        return d.derived(KEY, PARSE);
    }

    /** A named class, not a method reference: on JDK 17 each lambda's first use costs `check` ~0.2 ms. */
    private static final java.util.function.Function<Document, Suppressions> PARSE =
            new java.util.function.Function<>() {
                @Override
                public Suppressions apply(Document d) {
                    return parse(d);
                }
            };

    public boolean suppresses(RuleCode code, int line) {
        return wholeFile.contains(code.id())
                || byLine.getOrDefault(line, Set.of()).contains(code.id());
    }

    static Suppressions parse(Document d) {
        List<int[]> comments = d.kind() == FileKind.CLICKHOUSE_SQL
                ? sqlComments(d)
                : d.kind() == FileKind.ALEMBIC || d.kind() == FileKind.CLICKHOUSE_PY
                        ? pythonComments(d.text().text())
                        : List.of();
        if (comments.isEmpty()) {
            return NONE;
        }
        SourceText t = d.text();
        Map<Integer, Set<String>> lines = new HashMap<>();
        Set<String> file = new HashSet<>();
        List<Directive> directives = new ArrayList<>();
        for (int[] c : comments) {
            String body = t.slice(c[0], c[1]);
            int m = body.indexOf(MARKER);
            if (m < 0) {
                continue;
            }
            int p = m + MARKER.length();
            while (p < body.length() && body.charAt(p) == ' ') {
                p++;
            }
            boolean wholeFile;
            if (body.startsWith("ignore-file[", p)) {
                wholeFile = true;
                p += "ignore-file[".length();
            } else if (body.startsWith("ignore[", p)) {
                wholeFile = false;
                p += "ignore[".length();
            } else {
                continue;
            }
            int close = body.indexOf(']', p);
            if (close < 0) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            int i = p;
            while (i < close) {
                while (i < close && (body.charAt(i) == ',' || body.charAt(i) == ' ')) {
                    i++;
                }
                int s = i;
                while (i < close && body.charAt(i) != ',' && body.charAt(i) != ' ') {
                    i++;
                }
                if (i > s) {
                    codes.add(body.substring(s, i));
                    ranges.add(new int[] {c[0] + s, c[0] + i});
                }
            }
            int line = t.lineOf(c[0]);
            directives.add(new Directive(line, wholeFile, List.copyOf(codes), List.copyOf(ranges)));
            if (wholeFile) {
                file.addAll(codes);
            } else {
                Set<String> onLine = lines.get(line);
                if (onLine == null) {
                    onLine = new HashSet<>();
                    lines.put(line, onLine);
                }
                onLine.addAll(codes);
            }
        }
        return new Suppressions(lines, file, directives);
    }

    private static List<int[]> pythonComments(String text) {
        if (!text.contains(MARKER)) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (PythonTokenizer.Token tok : PythonTokenizer.tokenize(text)) {
            if (tok.kind() == PythonTokenizer.Kind.COMMENT) {
                out.add(new int[] {tok.start(), tok.end()});
            }
        }
        return out;
    }

    /**
     * Line comments ({@code --}, {@code #}) of a ClickHouse file as its lexer reads them (the one SQL comment scanner:
     * strings, quoted names and block comments are not comments); the lexed script is cached per document version.
     */
    static List<int[]> sqlComments(Document d) {
        if (!d.text().text().contains(MARKER)) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (Comment c : ClickHouseScript.of(d).comments()) {
            if (!c.block()) {
                out.add(new int[] {c.start(), c.end()});
            }
        }
        return out;
    }
}
