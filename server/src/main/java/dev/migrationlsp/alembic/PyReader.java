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
    private static final int NAME = PyTokens.NAME;
    private static final int NUMBER = PyTokens.NUMBER;
    private static final int STRING = PyTokens.STRING;
    private static final int OP = PyTokens.OP;
    private static final int NEWLINE = PyTokens.NEWLINE;

    private static final Set<String> COMPOUND =
            Set.of("if", "elif", "else", "for", "while", "try", "except", "finally", "class", "async", "match", "case");

    private final String src;
    private final char[] cs;
    // the tokens' arrays (see PyTokens), read-only here
    private final byte[] kind;
    private final int[] tStart;
    private final int[] tEnd;
    private final String[] texts;
    private final int count;

    private final PyTokens tokens;
    /** The call arguments the parse of the version these tokens were relexed from read, or null. */
    private final ArgMemo earlier;
    /** The call arguments this parse reads, for the next version's; null when there will be none (disk files). */
    private final ArgMemo memo;
    /** The entry of {@link #earlier} taken over last. */
    private int earlierHint = -1;
    /** How many arguments were taken over from {@link #earlier} (for tests). */
    private int takenOver;

    private PyReader(PyTokens tokens, ArgMemo earlier, boolean remember) {
        this.tokens = tokens;
        this.src = tokens.src;
        this.cs = tokens.cs;
        this.kind = tokens.kind;
        this.tStart = tokens.tStart;
        this.tEnd = tokens.tEnd;
        this.texts = tokens.texts;
        this.count = tokens.count;
        this.earlier = earlier;
        // sized like the earlier version's: the arrays rarely grow while typing
        this.memo = remember ? new ArgMemo(earlier == null ? 256 : earlier.size + 64) : null;
    }

    public static Module read(String src) {
        return read(PyTokens.lex(src));
    }

    /** The module of already lexed tokens. */
    public static Module read(PyTokens tokens) {
        return new PyReader(tokens, null, false).module();
    }

    /**
     * One version of an open buffer, parsed: its module, its tokens (the next version is re-lexed from them, see
     * {@link PyTokens#relex}) and the call arguments read from them, which the next version's parse takes over where
     * the edit did not touch them ({@link #reparse}).
     */
    public static final class Parse {
        private final Module module;
        private final PyTokens tokens;
        private final ArgMemo args;
        private final int takenOver;

        private Parse(PyReader r, Module module) {
            this.module = module;
            this.tokens = r.tokens;
            this.args = r.memo;
            this.takenOver = r.takenOver;
        }

        public Module module() {
            return module;
        }

        /** How many call arguments this parse took over from the previous version's instead of reading them. */
        int argumentsTakenOver() {
            return takenOver;
        }
    }

    /** The first version of an open buffer. */
    public static Parse parse(String src) {
        PyTokens tokens = PyTokens.lex(src);
        PyReader r = new PyReader(tokens, null, true);
        return new Parse(r, r.module());
    }

    /**
     * The next version {@code src} of the buffer {@code previous} is a version of: equal to {@code parse(src)}, but
     * the arguments of calls (the 2,000 columns of a large {@code create_table}) whose tokens the edit did not touch
     * are taken from {@code previous}, moved by the change in length, instead of being read again. Typing reads the
     * edited argument and copies the rest.
     */
    public static Parse reparse(Parse previous, String src) {
        PyTokens tokens = PyTokens.relex(previous.tokens, src);
        if (tokens == previous.tokens) {
            return previous; // the same text
        }
        // the tokens' copied runs (PyTokens#previousIndex) index previous.tokens: previous.args is what was read there
        PyReader r = new PyReader(tokens, previous.args, true);
        return new Parse(r, r.module());
    }

    /**
     * The arguments one parse read, in source order (an argument before those nested in it): for each, the token it
     * starts at, the token after its argument-list step (past its comma; the parse looked at that token too), how much
     * deeper than the argument itself the expressions inside it nest, and the argument.
     */
    static final class ArgMemo {
        private int[] start;
        private int[] next;
        private int[] depth;
        private Arg[] arg;
        private int size;

        ArgMemo(int capacity) {
            start = new int[capacity];
            next = new int[capacity];
            depth = new int[capacity];
            arg = new Arg[capacity];
        }

        /** A slot for the argument starting at token {@code at}, filled once it is read (if it can be reused). */
        int reserve(int at) {
            if (size == start.length) {
                int n = size * 2;
                start = java.util.Arrays.copyOf(start, n);
                next = java.util.Arrays.copyOf(next, n);
                depth = java.util.Arrays.copyOf(depth, n);
                arg = java.util.Arrays.copyOf(arg, n);
            }
            start[size] = at;
            return size++;
        }

        void fill(int slot, int nextToken, int deeper, Arg a) {
            next[slot] = nextToken;
            depth[slot] = deeper;
            arg[slot] = a;
        }

        /**
         * The entry of the argument that starts at token {@code at}, or -1; {@code hint} is the entry found last (the
         * reader goes forward through the file, so it is usually the one before).
         */
        int find(int at, int hint) {
            if (hint + 1 < size && start[hint + 1] == at) {
                return hint + 1;
            }
            int i = java.util.Arrays.binarySearch(start, 0, size, at);
            return i >= 0 ? i : -1;
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

    /** A token's text: shared with equal ones for names and numbers (see PyTokens), a copy for others (rare). */
    private String text(int t) {
        return kind[t] == NAME || kind[t] == NUMBER ? texts[t] : src.substring(tStart[t], tEnd[t]);
    }

    /** A string token's decoded value, or null for an f-string with placeholders. */
    private String value(int t) {
        return texts[t];
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
            // `;` is always a one-character token: no length check (this loop visits every token of the file)
            if (t == to || (kind[t] == OP && cs[tStart[t]] == ';')) {
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
            // brackets are always one-character tokens; `=` is not `==`
            char c = cs[tStart[t]];
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '=' && tEnd[t] - tStart[t] == 1) {
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
                // `import .` (half-typed) has no first part: an empty name, not an exception (split gave no parts)
                int dot = name.indexOf('.');
                local = module == null ? (dot < 0 ? name : name.substring(0, dot)) : name;
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
        /** The deepest {@link #nesting} reached in the argument being read (see {@link #reused}). */
        int deepest;
        /** Whether {@link #MAX_NESTING} cut an expression of the argument being read short. */
        boolean cutShort;

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
                cutShort = true;
                skipToTerminator();
                return new Other(start, p > 0 ? Math.max(start, tEnd[p - 1]) : start);
            }
            nesting++;
            if (nesting > deepest) {
                deepest = nesting;
            }
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
                        return new Str(value(t), tStart[t], tEnd[t]);
                    }
                    StringBuilder v = new StringBuilder();
                    boolean known = true;
                    while (p < end && kind[p] == STRING) {
                        String piece = value(p);
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

        /**
         * Takes over the earlier version's argument at {@code p} if the edit did not touch it: its tokens and the one
         * after it were copied from that version unchanged (so reading them again would give the same argument, moved
         * by the change in length), and at this depth no nesting limit would cut it short. Advances past it.
         */
        private boolean reused(List<Arg> args) {
            int at = p;
            int was = tokens.previousIndex(at, at);
            int e = was < 0 ? -1 : earlier.find(was, earlierHint);
            if (e < 0 || earlier.arg[e] == null) {
                return false;
            }
            earlierHint = e;
            int after = at + earlier.next[e] - was; // the token after it, which its reading looked at
            if (after >= end || nesting + earlier.depth[e] >= MAX_NESTING || tokens.previousIndex(at, after) != was) {
                return false;
            }
            Arg old = earlier.arg[e];
            int by = tStart[at] - old.start();
            Arg arg = by == 0 ? old : PyAst.shifted(old, by);
            args.add(arg);
            takenOver++;
            if (memo != null) {
                memo.fill(memo.reserve(at), after, earlier.depth[e], arg);
            }
            deepest = Math.max(deepest, nesting + earlier.depth[e]);
            p = after;
            return true;
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
                int argTok = p;
                if (earlier != null && reused(args)) {
                    continue;
                }
                int slot = memo != null ? memo.reserve(argTok) : -1;
                int deepestAround = deepest;
                boolean cutShortAround = cutShort;
                deepest = nesting;
                cutShort = false;
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
                        deepest = Math.max(deepestAround, deepest);
                        cutShort |= cutShortAround;
                        continue;
                    }
                }
                int comma = -1;
                if (p < end && isOp(p, ',')) {
                    comma = tStart[p];
                    p++;
                }
                Arg arg = new Arg(keyword, star, doubleStar, value, argStart, value.end(), comma);
                args.add(arg);
                if (comma < 0 && p < end && !isOp(p, ')')) {
                    p++; // garbage between arguments
                }
                // reusable when what decided it lies before the line's end and no nesting limit cut it short
                if (slot >= 0 && p < end && !cutShort) {
                    memo.fill(slot, p, deepest - nesting, arg);
                }
                deepest = Math.max(deepestAround, deepest);
                cutShort |= cutShortAround;
            }
            // unclosed: the call runs to the end of the (recovered) line
            int last = p > open ? tEnd[p - 1] : tEnd[open];
            return new Call(fn, List.copyOf(args), tStart[open], -1, fn.start(), last);
        }
    }

    /** The syntax errors this reader recovers from without a word (see {@link PySyntaxErrors}). */
    public static List<PySyntaxErrors.Problem> syntaxErrors(String src) {
        return PySyntaxErrors.find(src);
    }
}
