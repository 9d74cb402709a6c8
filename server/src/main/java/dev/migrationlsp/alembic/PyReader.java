package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Assign;
import dev.migrationlsp.alembic.PyAst.Attr;
import dev.migrationlsp.alembic.PyAst.Binding;
import dev.migrationlsp.alembic.PyAst.Block;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Compound;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Def;
import dev.migrationlsp.alembic.PyAst.Docstring;
import dev.migrationlsp.alembic.PyAst.Expr;
import dev.migrationlsp.alembic.PyAst.ExprStmt;
import dev.migrationlsp.alembic.PyAst.Import;
import dev.migrationlsp.alembic.PyAst.Module;
import dev.migrationlsp.alembic.PyAst.Name;
import dev.migrationlsp.alembic.PyAst.Other;
import dev.migrationlsp.alembic.PyAst.Pass;
import dev.migrationlsp.alembic.PyAst.Return;
import dev.migrationlsp.alembic.PyAst.Seq;
import dev.migrationlsp.alembic.PyAst.Stmt;
import dev.migrationlsp.alembic.PyAst.Str;
import dev.migrationlsp.alembic.PyAst.With;
import dev.migrationlsp.alembic.PyAst.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a Python file into a {@link PyAst.Module} in one pass of pure Java. It exists because the rules must
 * re-analyse a 2,000-line migration in a few milliseconds, and every tree-sitter node access through the JNI binding
 * costs about a microsecond (a full walk of such a file takes over 100 ms). Error-tolerant: unbalanced brackets end at
 * the next top-level {@code def}/{@code class}/{@code import} line, unknown syntax becomes {@link Other}, nothing
 * throws.
 */
public final class PyReader {
    private static final int NAME = 0;
    private static final int NUMBER = 1;
    private static final int STRING = 2;
    private static final int OP = 3;
    private static final int NEWLINE = 4;

    private static final Set<String> RECOVERY_KEYWORDS =
            Set.of("def", "class", "async", "import", "from", "if", "for", "while", "with", "try", "@");
    /** Words that start a statement inside a function body; argument lines of a call rarely start with them. */
    private static final Set<String> INDENTED_RECOVERY =
            Set.of("op", "batch_op", "return", "pass", "raise", "elif", "else", "except", "finally");

    private static final Set<String> COMPOUND =
            Set.of("if", "elif", "else", "for", "while", "try", "except", "finally", "class", "async", "match", "case");

    private final String src;
    // token arrays: kind, start, end
    private byte[] kind; // NAME ... NEWLINE: a byte each (the token arrays are the parse's largest allocation)
    private int[] tStart;
    private int[] tEnd;
    private int count;

    private final char[] cs;

    private PyReader(String src) {
        this.src = src;
        this.cs = src.toCharArray();
        // Python source has about one token per 3-6 characters (a column line of a create_table: one per 3.2): sized
        // from the text, the arrays rarely grow (growing a 2,000-line migration's arrays copies them on every
        // keystroke)
        int capacity = Math.max(256, src.length() / 3);
        this.kind = new byte[capacity];
        this.tStart = new int[capacity];
        this.tEnd = new int[capacity];
        // about one distinct text per 40 characters in migrations (column names): sized so the table rarely regrows
        this.sharedTexts = new String[Math.max(256, Integer.highestOneBit(Math.max(1, src.length() / 20)) * 2)];
    }

    public static Module read(String src) {
        PyReader r = new PyReader(src);
        r.lex();
        return r.module();
    }

    // ---------------------------------------------------------------- lexer

    private void add(int k, int s, int e) {
        if (count == kind.length) {
            kind = java.util.Arrays.copyOf(kind, count * 2);
            tStart = java.util.Arrays.copyOf(tStart, count * 2);
            tEnd = java.util.Arrays.copyOf(tEnd, count * 2);
        }
        kind[count] = (byte) k;
        tStart[count] = s;
        tEnd[count] = e;
        count++;
    }

    private void lex() {
        int n = src.length();
        int pos = src.startsWith("\uFEFF") ? 1 : 0; // a UTF-8 byte order mark is not part of the first line
        int depth = 0;
        boolean lineHasTokens = false;
        boolean physicalLineStart = true;
        int lineIndent = 0; // indentation of the current logical line's first token
        while (pos < n) {
            char c = cs[pos];
            if (physicalLineStart) {
                int p = pos;
                while (p < n && (cs[p] == ' ' || cs[p] == '\t')) {
                    p++;
                }
                int col = p - pos;
                char first = p < n ? cs[p] : '\n';
                if (depth > 0 && (isIdentStart(first) || first == '@')) {
                    // inside unclosed brackets, a line that starts a statement at or left of the bracket's statement:
                    // the previous statement was left half-typed (formatted code indents bracket contents deeper)
                    int e = p;
                    while (e < n && isIdentPart(cs[e])) {
                        e++;
                    }
                    if (col <= lineIndent && (first == '@' || recoveryWord(p, e, col > 0))) {
                        depth = 0;
                        if (lineHasTokens) {
                            add(NEWLINE, pos, pos);
                            lineHasTokens = false;
                        }
                    }
                }
                if (!lineHasTokens && first != '\n' && first != '\r' && first != '#') {
                    lineIndent = col;
                }
            }
            physicalLineStart = false;
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '\\' && pos + 1 < n && (cs[pos + 1] == '\n' || cs[pos + 1] == '\r')) {
                pos += cs[pos + 1] == '\r' && pos + 2 < n && cs[pos + 2] == '\n' ? 3 : 2;
                continue;
            }
            if (c == '\n' || c == '\r') {
                int s = pos;
                pos = c == '\r' && pos + 1 < n && cs[pos + 1] == '\n' ? pos + 2 : pos + 1;
                if (depth == 0 && lineHasTokens) {
                    add(NEWLINE, s, s);
                    lineHasTokens = false;
                }
                physicalLineStart = true;
                continue;
            }
            if (c == '#') {
                while (pos < n && cs[pos] != '\n' && cs[pos] != '\r') {
                    pos++;
                }
                continue;
            }
            lineHasTokens = true;
            int s = pos;
            if (isIdentStart(c)) {
                while (pos < n && isIdentPart(cs[pos])) {
                    pos++;
                }
                if (pos < n && (cs[pos] == '\'' || cs[pos] == '"') && pos - s <= 2 && isStringPrefix(s, pos)) {
                    pos = stringEnd(pos);
                    add(STRING, s, pos);
                } else {
                    add(NAME, s, pos);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                pos = stringEnd(pos);
                add(STRING, s, pos);
                continue;
            }
            if ((c >= '0' && c <= '9') || (c == '.' && pos + 1 < n && cs[pos + 1] >= '0' && cs[pos + 1] <= '9')) {
                while (pos < n && (isIdentPart(cs[pos]) || cs[pos] == '.')) {
                    pos++;
                }
                add(NUMBER, s, pos);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            int len = 1;
            if (c == '.' && pos + 2 < n && cs[pos + 1] == '.' && cs[pos + 2] == '.') {
                len = 3;
            } else if (pos + 1 < n && "=!<>-*/:+%&|^@".indexOf(c) >= 0) {
                char d = cs[pos + 1];
                if (d == '='
                        || (c == '-' && d == '>')
                        || (c == '*' && d == '*')
                        || (c == '/' && d == '/')
                        || (c == '<' && d == '<')
                        || (c == '>' && d == '>')) {
                    len = 2;
                }
            }
            pos += len;
            add(OP, s, pos);
        }
        if (lineHasTokens) {
            add(NEWLINE, n, n);
        }
    }

    /** The word at [s, e) starts a statement ({@link #RECOVERY_KEYWORDS}, or {@link #INDENTED_RECOVERY} if indented). */
    private boolean recoveryWord(int s, int e, boolean indented) {
        // most lines inside brackets start with a word that is neither (a column name, `sa`): compare without a copy
        for (String w : RECOVERY_WORDS) {
            if (w.length() == e - s && src.startsWith(w, s)) {
                return RECOVERY_KEYWORDS.contains(w) || (indented && INDENTED_RECOVERY.contains(w));
            }
        }
        return false;
    }

    private static final String[] RECOVERY_WORDS = recoveryWords();

    /** Both recovery sets but {@code @}, once each (a plain loop: on JDK 17 each lambda's first use costs `check` ~0.2 ms). */
    private static String[] recoveryWords() {
        Set<String> words = new java.util.LinkedHashSet<>(RECOVERY_KEYWORDS);
        words.addAll(INDENTED_RECOVERY);
        words.remove("@");
        return words.toArray(new String[0]);
    }

    private int stringEnd(int pos) {
        int n = src.length();
        char q = cs[pos];
        boolean triple = pos + 2 < n && cs[pos + 1] == q && cs[pos + 2] == q;
        pos += triple ? 3 : 1;
        while (pos < n) {
            char c = cs[pos];
            if (c == '\\' && pos + 1 < n) {
                pos += 2;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                return pos; // unterminated: ends at the line end
            }
            if (c == q && (!triple || (pos + 2 < n && cs[pos + 1] == q && cs[pos + 2] == q))) {
                return pos + (triple ? 3 : 1);
            }
            pos++;
        }
        return pos;
    }

    private boolean isStringPrefix(int s, int e) {
        for (int i = s; i < e; i++) {
            char ch = Character.toLowerCase(cs[i]);
            if (ch != 'r' && ch != 'b' && ch != 'u' && ch != 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentStart(char c) {
        return c < 128 ? IDENT_START[c] : Character.isLetter(c);
    }

    private static boolean isIdentPart(char c) {
        return c < 128 ? IDENT_PART[c] : Character.isLetterOrDigit(c);
    }

    /** ASCII letters and {@code _}; with digits for {@link #IDENT_PART}: a table lookup, the lexer's most common test. */
    private static final boolean[] IDENT_START = new boolean[128];

    private static final boolean[] IDENT_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            IDENT_START[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            IDENT_PART[c] = IDENT_START[c] || (c >= '0' && c <= '9');
        }
    }

    private boolean isOp(int t, char c) {
        return t < count && kind[t] == OP && tEnd[t] - tStart[t] == 1 && cs[tStart[t]] == c;
    }

    private boolean isOp(int t, String op) {
        return t < count && kind[t] == OP && tEnd[t] - tStart[t] == op.length() && src.startsWith(op, tStart[t]);
    }

    private boolean isName(int t, String word) {
        return t < count && kind[t] == NAME && tEnd[t] - tStart[t] == word.length() && src.startsWith(word, tStart[t]);
    }

    private String text(int t) {
        return shared(tStart[t], tEnd[t]);
    }

    /**
     * Equal texts of one file as one String: a migration repeats its names and string arguments ({@code sa},
     * {@code Column}, {@code nullable}, column names) hundreds of times, and the model of every revision stays in memory
     * while a history is analysed, so copies would cost memory and garbage collection. An open-addressing table keyed
     * by the characters, so a repeated text allocates nothing.
     */
    private String shared(int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + cs[i]; // String.hashCode's formula, so growing can rehash with hashCode()
        }
        int mask = sharedTexts.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String known = sharedTexts[i];
            if (known == null) {
                String text = src.substring(s, e);
                sharedTexts[i] = text;
                if (++sharedCount * 2 > sharedTexts.length) {
                    growShared();
                }
                return text;
            }
            if (known.length() == e - s && src.startsWith(known, s)) {
                return known;
            }
        }
    }

    private String[] sharedTexts;
    private int sharedCount;

    /**
     * Scatters String.hashCode values over the table: names that differ in their last character (col_1, col_2 ...) have
     * consecutive hashes, which with linear probing formed one long run of occupied slots that every lookup walked.
     */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 15);
    }

    private void growShared() {
        String[] old = sharedTexts;
        sharedTexts = new String[old.length * 2];
        int mask = sharedTexts.length - 1;
        for (String text : old) {
            if (text != null) {
                int i = spread(text.hashCode()) & mask;
                while (sharedTexts[i] != null) {
                    i = (i + 1) & mask;
                }
                sharedTexts[i] = text;
            }
        }
    }

    // ---------------------------------------------------------------- statements

    /** One logical line: tokens [from, to) without the NEWLINE; {@code indent} is its column. */
    private record Line(int from, int to, int indent) {}

    private List<Line> lines;
    private int li;

    private Module module() {
        lines = new ArrayList<>();
        int from = 0;
        for (int t = 0; t < count; t++) {
            if (kind[t] == NEWLINE) {
                if (t > from) {
                    lines.add(new Line(from, t, column(tStart[from])));
                }
                from = t + 1;
            }
        }
        li = 0;
        List<Stmt> out = new ArrayList<>();
        while (li < lines.size()) {
            int before = li;
            statement(out, -1, true);
            if (li == before) {
                li++;
            }
        }
        return new Module(out);
    }

    private int column(int offset) {
        int i = offset;
        while (i > 0 && src.charAt(i - 1) != '\n' && src.charAt(i - 1) != '\r') {
            i--;
        }
        return offset - i - (i == 0 && offset > 0 && cs[0] == '\uFEFF' ? 1 : 0);
    }

    /** Parses the statement at {@code lines[li]} (and its body lines), appending to {@code out}. */
    private void statement(List<Stmt> out, int parentIndent, boolean firstInSuite) {
        Line line = lines.get(li++);
        int f = line.from();
        int to = line.to();
        int colon = headerColon(f, to);
        boolean compound = colon >= 0
                && (isName(f, "def")
                        || isName(f, "with")
                        || isOp(f, '@')
                        || (kind[f] == NAME && COMPOUND.contains(text(f))));
        if (isOp(f, '@')) {
            // decorator line: the decorated definition follows
            return;
        }
        if (compound) {
            Block body = block(line, colon, to);
            int end = body.end() > 0 ? body.end() : tEnd[to - 1];
            if (isName(f, "def") || (isName(f, "async") && isName(f + 1, "def"))) {
                int nameTok = isName(f, "def") ? f + 1 : f + 2;
                if (nameTok < colon && kind[nameTok] == NAME) {
                    out.add(new Def(
                            text(nameTok),
                            tStart[nameTok],
                            tEnd[nameTok],
                            params(nameTok + 1, colon),
                            body,
                            tStart[f],
                            end));
                    return;
                }
                out.add(new Compound("def", List.of(body), tStart[f], end));
                return;
            }
            if (isName(f, "with") || (isName(f, "async") && isName(f + 1, "with"))) {
                out.add(new With(withItems(isName(f, "with") ? f + 1 : f + 2, colon), body, tStart[f], end));
                return;
            }
            out.add(new Compound(text(f), List.of(body), tStart[f], end));
            return;
        }
        simpleStatements(f, to, out, firstInSuite);
    }

    /** The header's {@code :} at bracket depth 0, or -1. */
    private int headerColon(int from, int to) {
        if (kind[from] != NAME && !isOp(from, '@')) {
            return -1;
        }
        String w = text(from);
        if (!w.equals("def") && !w.equals("with") && !COMPOUND.contains(w)) {
            return -1;
        }
        int depth = 0;
        for (int t = from; t < to; t++) {
            if (kind[t] != OP) {
                continue;
            }
            char c = src.charAt(tStart[t]);
            if (tEnd[t] - tStart[t] == 1) {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == ':' && depth == 0) {
                    return t;
                }
            }
        }
        return -1;
    }

    private Block block(Line header, int colon, int to) {
        if (colon + 1 < to) {
            // body on the header's line: `def f(): pass`
            List<Stmt> stmts = new ArrayList<>();
            simpleStatements(colon + 1, to, stmts, true);
            return new Block(stmts, null, tStart[colon], tStart[colon + 1], tEnd[to - 1]);
        }
        List<Stmt> stmts = new ArrayList<>();
        if (li >= lines.size() || lines.get(li).indent() <= header.indent()) {
            return new Block(stmts, null, tStart[colon], tEnd[colon], tEnd[colon]);
        }
        int indent = lines.get(li).indent();
        int firstTok = tStart[lines.get(li).from()];
        String indentText = src.substring(firstTok - indent, firstTok);
        boolean first = true;
        int end = tEnd[colon];
        while (li < lines.size() && lines.get(li).indent() >= indent) {
            int before = li;
            if (lines.get(li).indent() > indent) {
                li++; // unexpected indent (broken code): skip the line
                continue;
            }
            statement(stmts, indent, first);
            first = false;
            if (li == before) {
                li++;
            }
            end = tEnd[lines.get(li - 1).to() - 1];
        }
        return new Block(stmts, indentText, tStart[colon], firstTok, end);
    }

    private List<String> params(int from, int colon) {
        List<String> out = new ArrayList<>();
        if (!isOp(from, '(')) {
            return out;
        }
        int depth = 0;
        boolean expectName = true;
        for (int t = from; t < colon; t++) {
            if (kind[t] == OP) {
                char c = src.charAt(tStart[t]);
                int len = tEnd[t] - tStart[t];
                if (len == 1 && (c == '(' || c == '[' || c == '{')) {
                    depth++;
                    expectName = depth == 1;
                } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                } else if (len == 1 && c == ',' && depth == 1) {
                    expectName = true;
                } else if (!(depth == 1 && (isOp(t, '*') || isOp(t, "**") || isOp(t, '/')))) {
                    expectName = false;
                }
            } else if (kind[t] == NAME && depth == 1 && expectName) {
                out.add(text(t));
                expectName = false;
            } else {
                expectName = false;
            }
        }
        return out;
    }

    private List<WithItem> withItems(int from, int colon) {
        List<WithItem> items = new ArrayList<>();
        Cursor c = new Cursor(from, colon);
        boolean paren = isOp(from, '(') && isOp(colon - 1, ')');
        if (paren) {
            c = new Cursor(from + 1, colon - 1);
        }
        while (c.p < c.end) {
            Expr e = c.expr();
            String alias = null;
            if (isName(c.p, "as") && c.p + 1 < c.end && kind[c.p + 1] == NAME) {
                alias = text(c.p + 1);
                c.p += 2;
            }
            items.add(new WithItem(e, alias));
            while (c.p < c.end && !isOp(c.p, ',')) {
                c.p++;
            }
            c.p++;
        }
        return items;
    }

    private void simpleStatements(int from, int to, List<Stmt> out, boolean firstInSuite) {
        int s = from;
        for (int t = from; t <= to; t++) {
            if (t == to || isOp(t, ';')) {
                if (t > s) {
                    out.add(simple(s, t, firstInSuite && s == from));
                }
                s = t + 1;
            }
        }
    }

    private Stmt simple(int f, int to, boolean firstInSuite) {
        int start = tStart[f];
        int end = tEnd[to - 1];
        if (kind[f] == NAME) {
            switch (text(f)) {
                case "pass":
                    return new Pass(start, end);
                case "return": {
                    Cursor c = new Cursor(f + 1, to);
                    return new Return(c.p < to ? c.expr() : null, start, end);
                }
                case "import":
                    return importStatement(f + 1, to, null, start, end);
                case "from": {
                    int t = f + 1;
                    StringBuilder module = new StringBuilder();
                    while (t < to && !isName(t, "import")) {
                        module.append(text(t));
                        t++;
                    }
                    return importStatement(t + 1, to, module.toString(), start, end);
                }
                default:
                    break;
            }
        }
        if (to - f == 1 && isOp(f, "...")) {
            return new Pass(start, end);
        }
        if (firstInSuite && kind[f] == STRING) {
            boolean allStrings = true;
            for (int t = f; t < to; t++) {
                allStrings &= kind[t] == STRING;
            }
            if (allStrings) {
                return new Docstring(start, end);
            }
        }
        // assignment: NAME [: annotation] = value  (first `=` at depth 0)
        int eq = -1;
        int depth = 0;
        for (int t = f; t < to; t++) {
            if (kind[t] != OP) {
                continue;
            }
            if (isOp(t, '(') || isOp(t, '[') || isOp(t, '{')) {
                depth++;
            } else if (isOp(t, ')') || isOp(t, ']') || isOp(t, '}')) {
                depth--;
            } else if (depth == 0 && isOp(t, '=')) {
                eq = t;
                break;
            }
        }
        if (eq > f) {
            String target = kind[f] == NAME && (eq == f + 1 || isOp(f + 1, ':')) ? text(f) : null;
            Cursor c = new Cursor(eq + 1, to);
            Expr value = c.p < to ? c.exprList() : new Other(tEnd[eq], tEnd[eq]);
            return new Assign(target, value, start, end);
        }
        Cursor c = new Cursor(f, to);
        return new ExprStmt(c.exprList(), start, end);
    }

    private Import importStatement(int from, int to, String module, int start, int end) {
        List<Binding> out = new ArrayList<>();
        int t = from;
        while (t < to) {
            if (isOp(t, '(') || isOp(t, ')') || isOp(t, ',')) {
                t++;
                continue;
            }
            StringBuilder dotted = new StringBuilder();
            while (t < to && (kind[t] == NAME && !isName(t, "as") || isOp(t, '.'))) {
                dotted.append(text(t));
                t++;
            }
            if (dotted.length() == 0) {
                t++;
                continue;
            }
            String name = dotted.toString();
            String local;
            if (isName(t, "as") && t + 1 < to && kind[t + 1] == NAME) {
                local = text(t + 1);
                t += 2;
            } else {
                local = module == null ? name.split("\\.")[0] : name;
                if (module == null) {
                    name = local; // `import a.b` binds `a`
                }
            }
            out.add(new Binding(local, module == null ? name : module + "." + name));
        }
        return new Import(out, start, end);
    }

    // ---------------------------------------------------------------- expressions

    private static final int MAX_NESTING = 150;

    /** A cursor over tokens [p, end) of one logical line. */
    private final class Cursor {
        int p;
        final int end;
        int nesting;

        Cursor(int p, int end) {
            this.p = p;
            this.end = end;
        }

        boolean terminator(int t) {
            if (t >= end) {
                return true;
            }
            if (kind[t] == OP) {
                if (tEnd[t] - tStart[t] != 1) {
                    return false;
                }
                char c = src.charAt(tStart[t]);
                return c == ',' || c == ')' || c == ']' || c == '}' || c == ':' || c == '=' || c == ';';
            }
            return isName(t, "as");
        }

        /** {@code a, b} at statement level is a tuple. */
        Expr exprList() {
            int start = tStart[p];
            Expr first = expr();
            if (p < end && isOp(p, ',')) {
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (p < end && isOp(p, ',')) {
                    p++;
                    if (p < end && !terminator(p)) {
                        items.add(expr());
                    }
                }
                return new Seq(items, start, tEnd[p - 1]);
            }
            return first;
        }

        Expr expr() {
            if (p >= end) {
                int at = p > 0 ? tEnd[p - 1] : 0;
                return new Other(at, at);
            }
            int start = tStart[p];
            if (nesting >= MAX_NESTING) {
                // absurdly deep brackets (generated or damaged text): skip without recursing, so the stack holds
                skipToTerminator();
                return new Other(start, p > 0 ? Math.max(start, tEnd[p - 1]) : start);
            }
            nesting++;
            Expr e;
            try {
                e = postfix();
            } finally {
                nesting--;
            }
            if (terminator(p)) {
                return e;
            }
            skipToTerminator();
            return new Other(start, tEnd[p - 1]);
        }

        /** Advances to the next terminator outside brackets (or the closing bracket of the enclosing level). */
        private void skipToTerminator() {
            // an operator, ternary, comprehension...: not modelled, swallow it up to the next terminator
            int depth = 0;
            while (p < end) {
                if (depth == 0 && terminator(p)) {
                    break;
                }
                if (isOp(p, '(') || isOp(p, '[') || isOp(p, '{')) {
                    depth++;
                } else if (isOp(p, ')') || isOp(p, ']') || isOp(p, '}')) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
                p++;
            }
        }

        private Expr postfix() {
            Expr e = primary();
            while (p < end) {
                if (isOp(p, '.') && p + 1 < end && kind[p + 1] == NAME) {
                    e = new Attr(e, text(p + 1), e.start(), tEnd[p + 1]);
                    p += 2;
                } else if (isOp(p, '(')) {
                    e = call(e);
                } else if (isOp(p, '[')) {
                    int close = skipBalanced(p);
                    e = new Other(e.start(), tEnd[close - 1]);
                } else {
                    break;
                }
            }
            return e;
        }

        private Expr primary() {
            int t = p;
            switch (kind[t]) {
                case NAME: {
                    p++;
                    String w = text(t);
                    if (w.equals("True") || w.equals("False") || w.equals("None")) {
                        return new Const(w, tStart[t], tEnd[t]);
                    }
                    if (w.equals("lambda") || w.equals("not") || w.equals("await") || w.equals("yield")) {
                        return new Other(tStart[t], tEnd[t]); // the rest is swallowed by expr()
                    }
                    return new Name(w, tStart[t], tEnd[t]);
                }
                case NUMBER:
                    p++;
                    return new Const(text(t), tStart[t], tEnd[t]);
                case STRING: {
                    if (p + 1 >= end || kind[p + 1] != STRING) {
                        p++; // one literal, the usual case: its value as decoded (shared with equal ones)
                        return new Str(decode(tStart[t], tEnd[t]), tStart[t], tEnd[t]);
                    }
                    StringBuilder v = new StringBuilder();
                    boolean known = true;
                    while (p < end && kind[p] == STRING) {
                        String piece = decode(tStart[p], tEnd[p]);
                        if (piece == null) {
                            known = false;
                        } else {
                            v.append(piece);
                        }
                        p++;
                    }
                    return new Str(known ? v.toString() : null, tStart[t], tEnd[p - 1]);
                }
                default:
                    break;
            }
            if (isOp(t, "...")) {
                p++;
                return new Const("...", tStart[t], tEnd[t]);
            }
            if (isOp(t, '(') || isOp(t, '[')) {
                char close = isOp(t, '(') ? ')' : ']';
                p++;
                List<Expr> items = new ArrayList<>();
                boolean comma = false;
                while (p < end && !isOp(p, close)) {
                    if (isOp(p, '*')) {
                        p++; // starred element: keep the value
                    }
                    int before = p;
                    items.add(expr());
                    if (p < end && isOp(p, ',')) {
                        comma = true;
                        p++;
                    } else if (p == before || (p < end && !isOp(p, close))) {
                        // not a plain element list (comprehension, broken code)
                        int c = skipBalanced(t);
                        return new Other(tStart[t], tEnd[c - 1]);
                    }
                }
                if (p >= end) {
                    return new Other(tStart[t], tEnd[end - 1]); // unclosed
                }
                p++;
                if (close == ')' && items.size() == 1 && !comma) {
                    return items.get(0);
                }
                return new Seq(items, tStart[t], tEnd[p - 1]);
            }
            if (isOp(t, '{')) {
                int c = skipBalanced(t);
                return new Other(tStart[t], tEnd[c - 1]);
            }
            p++;
            return new Other(tStart[t], tEnd[t]);
        }

        /** From an opening bracket token, to just after its partner (or the line end). */
        private int skipBalanced(int open) {
            int depth = 0;
            int t = open;
            while (t < end) {
                if (isOp(t, '(') || isOp(t, '[') || isOp(t, '{')) {
                    depth++;
                } else if (isOp(t, ')') || isOp(t, ']') || isOp(t, '}')) {
                    depth--;
                    if (depth == 0) {
                        p = t + 1;
                        return p;
                    }
                }
                t++;
            }
            p = end;
            return end;
        }

        private Call call(Expr fn) {
            int open = p;
            p++;
            List<Arg> args = new ArrayList<>(4); // most calls have a few arguments
            while (p < end) {
                if (isOp(p, ')')) {
                    int close = p;
                    p++;
                    return new Call(fn, List.copyOf(args), tStart[open], tStart[close], fn.start(), tEnd[close]);
                }
                int argStart = tStart[p];
                String keyword = null;
                boolean star = false;
                boolean doubleStar = false;
                if (isOp(p, '*')) {
                    star = true;
                    p++;
                } else if (isOp(p, "**")) {
                    doubleStar = true;
                    p++;
                } else if (kind[p] == NAME && p + 1 < end && isOp(p + 1, '=')) {
                    keyword = text(p);
                    p += 2;
                }
                int before = p;
                Expr value = expr();
                if (p == before) {
                    p++; // a stray token (`)` missing, `:` typed...): skip it
                    if (keyword == null && !star && !doubleStar) {
                        continue;
                    }
                }
                int comma = -1;
                if (p < end && isOp(p, ',')) {
                    comma = tStart[p];
                    p++;
                }
                args.add(new Arg(keyword, star, doubleStar, value, argStart, value.end(), comma));
                if (comma < 0 && p < end && !isOp(p, ')')) {
                    p++; // garbage between arguments
                }
            }
            // unclosed: the call runs to the end of the (recovered) line
            int last = p > open ? tEnd[p - 1] : tEnd[open];
            return new Call(fn, List.copyOf(args), tStart[open], -1, fn.start(), last);
        }
    }

    /** The value of a string token, or null for an f-string with placeholders. */
    private String decode(int s, int e) {
        int q = s;
        boolean raw = false;
        boolean fString = false;
        while (q < e && cs[q] != '\'' && cs[q] != '"') {
            char ch = Character.toLowerCase(cs[q]);
            raw |= ch == 'r';
            fString |= ch == 'f';
            q++;
        }
        if (q >= e) {
            return null;
        }
        char quote = cs[q];
        int ql = q + 2 < e && cs[q + 1] == quote && cs[q + 2] == quote && e - q >= 6 ? 3 : 1;
        int bodyStart = q + ql;
        int bodyEnd = e - ql >= bodyStart && cs[e - 1] == quote ? e - ql : e;
        String body = shared(bodyStart, Math.max(bodyStart, bodyEnd));
        if (fString && body.replace("{{", "").indexOf('{') >= 0) {
            return null;
        }
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder v = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                char x = body.charAt(++i);
                switch (x) {
                    case 'n' -> v.append('\n');
                    case 't' -> v.append('\t');
                    case '\\', '\'', '"' -> v.append(x);
                    case '\n' -> {}
                    default -> v.append(ch).append(x);
                }
            } else {
                v.append(ch);
            }
        }
        return v.toString();
    }

    /** The syntax errors this reader recovers from without a word (see {@link PySyntaxErrors}). */
    public static List<PySyntaxErrors.Problem> syntaxErrors(String src) {
        return PySyntaxErrors.find(src);
    }
}
