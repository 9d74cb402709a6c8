package dev.migrationlsp.alembic;

import java.util.Arrays;
import java.util.Set;

/**
 * The tokens of one Python file, as {@link PyReader} parses them: kind, start and end of each token, the shared text
 * of each name and number and the decoded value of each string. Immutable once built.
 *
 * <p>While a file is typed into, {@link #relex} builds the next version's tokens from the previous version's: it
 * re-lexes from the start of the physical line where the texts first differ until it reaches a line start after the
 * change where the lexer is in the same state as it was at the same place of the previous text, and shifts the
 * previous tokens from there on. Lexing a 2,000-line migration was a quarter of each keystroke's analysis; the result
 * is exactly what {@link #lex} gives for the new text (checked by {@code PyTokensTest} on random edits).
 */
public final class PyTokens {
    static final int NAME = 0;
    static final int NUMBER = 1;
    static final int STRING = 2;
    static final int OP = 3;
    static final int NEWLINE = 4;

    private static final Set<String> RECOVERY_KEYWORDS =
            Set.of("def", "class", "async", "import", "from", "if", "for", "while", "with", "try", "@");
    /** Words that start a statement inside a function body; argument lines of a call rarely start with them. */
    private static final Set<String> INDENTED_RECOVERY =
            Set.of("op", "batch_op", "return", "pass", "raise", "elif", "else", "except", "finally");

    final String src;
    final char[] cs;
    // token arrays: kind (a byte each: the token arrays are the parse's largest allocation), start, end
    byte[] kind;
    int[] tStart;
    int[] tEnd;
    /** A name's or number's text (shared with equal ones), a string's decoded value (null: f-string); else null. */
    String[] texts;

    int count;

    /*
     * Runs of tokens relex copied from the version it was given: tokens [segNew[i], segNew[i] + segLen[i]) are that
     * version's tokens from segOld[i] on, each shifted by segShift[i] characters (none when lexed from scratch). The
     * parser reuses what it read from them.
     */
    private int[] segNew = new int[0];
    private int[] segOld = new int[0];
    private int[] segLen = new int[0];
    private int[] segShift = new int[0];
    private int segs;

    /*
     * The lexer's state at each physical line start it visited (not those inside a string or after a backslash): the
     * offset, the number of tokens before it, the bracket depth, the current logical line's indentation and whether
     * that line has tokens yet. From such a point the rest of the tokens depend only on the text after it.
     */
    private int[] lineAt;
    private int[] lineTokens;
    private int[] lineDepth;
    private int[] lineIndent;
    private boolean[] lineHasTokens;
    /** The lowest bracket depth between this line start and the next (after a recovery at the line's start). */
    private int[] lineMinDepth;

    private int lines;

    private PyTokens(String src, char[] cs, int capacity, int sharedCapacity) {
        this.src = src;
        this.cs = cs;
        this.kind = new byte[capacity];
        this.tStart = new int[capacity];
        this.tEnd = new int[capacity];
        this.texts = new String[capacity];
        int lineCapacity = Math.max(64, src.length() / 40);
        this.lineAt = new int[lineCapacity];
        this.lineTokens = new int[lineCapacity];
        this.lineDepth = new int[lineCapacity];
        this.lineIndent = new int[lineCapacity];
        this.lineHasTokens = new boolean[lineCapacity];
        this.lineMinDepth = new int[lineCapacity];
        this.sharedTexts = new String[sharedCapacity];
    }

    /** The tokens of {@code src}. */
    public static PyTokens lex(String src) {
        // Python source has about one token per 3-6 characters (a column line of a create_table: one per 3.2): sized
        // from the text, the arrays rarely grow (growing a 2,000-line migration's arrays copies them on every
        // keystroke)
        // about one distinct text per 40 characters in migrations (column names): the table rarely regrows
        PyTokens t = new PyTokens(
                src,
                src.toCharArray(),
                Math.max(256, src.length() / 3),
                Math.max(256, Integer.highestOneBit(Math.max(1, src.length() / 20)) * 2));
        int start = src.startsWith("\uFEFF") ? 1 : 0; // a UTF-8 byte order mark is not part of the first line
        t.lexFrom(start, 0, false, 0, null, 0);
        t.sharedTexts = null; // only needed while lexing
        return t;
    }

    /**
     * The tokens of {@code src}, reusing those of {@code previous} (an earlier version of the same file) outside the
     * region where the two texts differ. Equal to {@code lex(src)}.
     */
    public static PyTokens relex(PyTokens previous, String src) {
        if (previous.src.equals(src)) {
            return previous;
        }
        char[] cs = src.toCharArray();
        char[] old = previous.cs;
        int n = cs.length;
        int oldN = old.length;
        int prefix = Arrays.mismatch(old, cs);
        if (prefix < 0) {
            prefix = Math.min(n, oldN);
        }
        int suffix = commonSuffix(old, cs, Math.min(n, oldN) - prefix);
        // the last line start the previous lexer visited before the first changed character: everything up to it
        // (its state included) was decided by characters that did not change (the lexer looks at most one character
        // past a token, and a line start follows a line break)
        int r = previous.lastLineBefore(prefix);
        if (r < 0) {
            return lex(src);
        }
        int keptTokens = previous.lineTokens[r];
        // the texts of new tokens only (the kept ones keep theirs): a small table
        PyTokens t = new PyTokens(src, cs, previous.count + Math.max(64, (n - oldN) / 2), 256);
        System.arraycopy(previous.kind, 0, t.kind, 0, keptTokens);
        System.arraycopy(previous.tStart, 0, t.tStart, 0, keptTokens);
        System.arraycopy(previous.tEnd, 0, t.tEnd, 0, keptTokens);
        System.arraycopy(previous.texts, 0, t.texts, 0, keptTokens);
        t.count = keptTokens;
        t.copied(0, 0, keptTokens, 0);
        t.ensureLines(r);
        System.arraycopy(previous.lineAt, 0, t.lineAt, 0, r);
        System.arraycopy(previous.lineTokens, 0, t.lineTokens, 0, r);
        System.arraycopy(previous.lineDepth, 0, t.lineDepth, 0, r);
        System.arraycopy(previous.lineIndent, 0, t.lineIndent, 0, r);
        System.arraycopy(previous.lineHasTokens, 0, t.lineHasTokens, 0, r);
        System.arraycopy(previous.lineMinDepth, 0, t.lineMinDepth, 0, r);
        t.lines = r;
        t.lexFrom(
                previous.lineAt[r],
                previous.lineDepth[r],
                previous.lineHasTokens[r],
                previous.lineIndent[r],
                previous,
                n - suffix);
        t.sharedTexts = null;
        return t;
    }

    /** Records that tokens [at, at + n) are the previous version's from {@code from} on, shifted by {@code shift}. */
    private void copied(int at, int from, int n, int shift) {
        if (n <= 0) {
            return;
        }
        int last = segs - 1;
        if (last >= 0
                && segNew[last] + segLen[last] == at
                && segOld[last] + segLen[last] == from
                && segShift[last] == shift) {
            segLen[last] += n; // line after line inside brackets: one run
            return;
        }
        if (segs == segNew.length) {
            int size = Math.max(4, segs * 2);
            segNew = Arrays.copyOf(segNew, size);
            segOld = Arrays.copyOf(segOld, size);
            segLen = Arrays.copyOf(segLen, size);
            segShift = Arrays.copyOf(segShift, size);
        }
        segNew[segs] = at;
        segOld[segs] = from;
        segLen[segs] = n;
        segShift[segs] = shift;
        segs++;
    }

    /**
     * The index in the version these tokens were relexed from (see {@link #relex}) of token {@code from}, when tokens
     * [from, to] were all copied from there in one run (so they are that version's tokens, in order, equally shifted);
     * else -1.
     */
    int previousIndex(int from, int to) {
        int lo = 0;
        int hi = segs - 1;
        while (lo <= hi) { // the last run starting at or before `from`
            int mid = (lo + hi) >>> 1;
            if (segNew[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && to < segNew[hi] + segLen[hi] ? segOld[hi] + from - segNew[hi] : -1;
    }

    /** Length of the longest common tail of {@code a} and {@code b}, at most {@code max}. */
    private static int commonSuffix(char[] a, char[] b, int max) {
        int ai = a.length;
        int bi = b.length;
        int same = 0;
        // block by block with the vectorised Arrays.equals, then character by character in the first unequal block
        final int block = 512;
        while (same + block <= max && Arrays.equals(a, ai - same - block, ai - same, b, bi - same - block, bi - same)) {
            same += block;
        }
        while (same < max && a[ai - same - 1] == b[bi - same - 1]) {
            same++;
        }
        return same;
    }

    /** Index of the last recorded line start strictly before {@code offset}, or -1. */
    private int lastLineBefore(int offset) {
        int lo = 0;
        int hi = lines - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineAt[mid] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Index of the recorded line start at exactly {@code offset}, or -1. */
    private int lineAtOffset(int offset) {
        int i = lastLineBefore(offset + 1);
        return i >= 0 && lineAt[i] == offset ? i : -1;
    }

    // ---------------------------------------------------------------- lexer

    private void add(int k, int s, int e) {
        if (count == kind.length) {
            grow(count + 1);
        }
        kind[count] = (byte) k;
        tStart[count] = s;
        tEnd[count] = e;
        texts[count] = k == NAME || k == NUMBER ? shared(s, e) : k == STRING ? decode(s, e) : null;
        count++;
    }

    private void grow(int needed) {
        int size = Math.max(needed, kind.length * 2);
        kind = Arrays.copyOf(kind, size);
        tStart = Arrays.copyOf(tStart, size);
        tEnd = Arrays.copyOf(tEnd, size);
        texts = Arrays.copyOf(texts, size);
    }

    private void ensureLines(int needed) {
        if (needed > lineAt.length) {
            int size = Math.max(needed, lineAt.length * 2);
            lineAt = Arrays.copyOf(lineAt, size);
            lineTokens = Arrays.copyOf(lineTokens, size);
            lineDepth = Arrays.copyOf(lineDepth, size);
            lineIndent = Arrays.copyOf(lineIndent, size);
            lineHasTokens = Arrays.copyOf(lineHasTokens, size);
            lineMinDepth = Arrays.copyOf(lineMinDepth, size);
        }
    }

    private void recordLine(int pos, int depth, boolean hasTokens, int indent) {
        ensureLines(lines + 1);
        lineAt[lines] = pos;
        lineTokens[lines] = count;
        lineDepth[lines] = depth;
        lineIndent[lines] = indent;
        lineHasTokens[lines] = hasTokens;
        lines++;
    }

    /**
     * Lexes from the line start {@code pos} in the given state to the end, or, with a {@code previous} version, until
     * a line start at or after {@code resyncFrom} where the previous lexer was in the same state: from there on the
     * previous tokens are copied, shifted by the change in length.
     */
    private void lexFrom(int pos, int depth, boolean lineHasTokens, int lineIndent, PyTokens previous, int resyncFrom) {
        int n = src.length();
        int shift = previous == null ? 0 : n - previous.src.length();
        boolean physicalLineStart = true;
        boolean lineOpen = false; // a line recorded by this call whose lowest depth is not stored yet
        int minDepth = depth;
        int nextPrevious = -1; // the previous version's line start that follows one copied from it
        while (pos < n) {
            if (physicalLineStart && previous != null && pos >= resyncFrom) {
                int r = nextPrevious >= 0 && previous.lineAt[nextPrevious] == pos - shift
                        ? nextPrevious
                        : previous.lineAtOffset(pos - shift);
                nextPrevious = -1;
                if (r >= 0 && previous.lineHasTokens[r] == lineHasTokens && previous.lineIndent[r] == lineIndent) {
                    if (lineOpen) {
                        lineMinDepth[lines - 1] = minDepth;
                        lineOpen = false;
                    }
                    if (previous.lineDepth[r] == depth) {
                        copyRest(previous, r, shift); // the same state from here on: the same tokens
                        return;
                    }
                    // Typing leaves brackets unbalanced, so the depth differs for the rest of the file. A line that
                    // stays inside brackets in both versions (its lowest depth above 0 in both) lexes the same at any
                    // depth: copy it and carry the difference to the next line start.
                    int offset = depth - previous.lineDepth[r];
                    if (r + 1 < previous.lines
                            && previous.lineMinDepth[r] >= 1
                            && previous.lineMinDepth[r] + offset >= 1) {
                        recordLine(pos, depth, lineHasTokens, lineIndent);
                        lineMinDepth[lines - 1] = previous.lineMinDepth[r] + offset;
                        appendShifted(previous, previous.lineTokens[r], previous.lineTokens[r + 1], shift);
                        pos = previous.lineAt[r + 1] + shift;
                        depth = previous.lineDepth[r + 1] + offset;
                        lineHasTokens = previous.lineHasTokens[r + 1];
                        lineIndent = previous.lineIndent[r + 1];
                        nextPrevious = r + 1;
                        continue;
                    }
                }
            }
            char c = cs[pos];
            if (physicalLineStart) {
                if (lineOpen) {
                    lineMinDepth[lines - 1] = minDepth;
                }
                recordLine(pos, depth, lineHasTokens, lineIndent);
                lineOpen = true;
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
                minDepth = depth;
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
                minDepth = Math.min(minDepth, depth);
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
        if (lineOpen) {
            lineMinDepth[lines - 1] = minDepth;
        }
        if (lineHasTokens) {
            add(NEWLINE, n, n);
        }
    }

    /** Appends the previous version's tokens {@code [from, to)}, shifted by {@code shift}. */
    private void appendShifted(PyTokens previous, int from, int to, int shift) {
        int more = to - from;
        if (count + more > kind.length) {
            grow(count + more);
        }
        copied(count, from, more, shift);
        System.arraycopy(previous.kind, from, kind, count, more);
        System.arraycopy(previous.texts, from, texts, count, more);
        for (int i = 0; i < more; i++) {
            tStart[count + i] = previous.tStart[from + i] + shift;
            tEnd[count + i] = previous.tEnd[from + i] + shift;
        }
        count += more;
    }

    /** Appends the previous version's tokens and line starts from its line start {@code r} on, shifted. */
    private void copyRest(PyTokens previous, int r, int shift) {
        int tokenDelta = count - previous.lineTokens[r];
        appendShifted(previous, previous.lineTokens[r], previous.count, shift);
        int moreLines = previous.lines - r;
        ensureLines(lines + moreLines);
        System.arraycopy(previous.lineDepth, r, lineDepth, lines, moreLines);
        System.arraycopy(previous.lineIndent, r, lineIndent, lines, moreLines);
        System.arraycopy(previous.lineHasTokens, r, lineHasTokens, lines, moreLines);
        System.arraycopy(previous.lineMinDepth, r, lineMinDepth, lines, moreLines);
        for (int i = 0; i < moreLines; i++) {
            lineAt[lines + i] = previous.lineAt[r + i] + shift;
            lineTokens[lines + i] = previous.lineTokens[r + i] + tokenDelta;
        }
        lines += moreLines;
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

    private static String[] recoveryWords() {
        // a loop, not a stream: no lambda call sites to link when the class loads (JDK 17 start-up)
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(RECOVERY_KEYWORDS);
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

    static boolean isIdentStart(char c) {
        return c < 128 ? IDENT_START[c] : Character.isLetter(c);
    }

    static boolean isIdentPart(char c) {
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

    /**
     * Equal texts of one file as one String: a migration repeats its names and string arguments ({@code sa},
     * {@code Column}, {@code nullable}, column names) hundreds of times, and the model of every revision stays in memory
     * while a history is analysed, so copies would cost memory and garbage collection. An open-addressing table keyed
     * by the characters, so a repeated text allocates nothing. (After {@link #relex}, the unchanged tokens keep the
     * previous version's texts.)
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
     * consecutive hashes, which with linear probing formed one long run of occupied slots that most lookups walked.
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

    /** Whether {@code other} holds the same tokens, texts and line starts (for tests of {@link #relex}). */
    boolean sameAs(PyTokens other) {
        return src.equals(other.src)
                && count == other.count
                && lines == other.lines
                && Arrays.equals(kind, 0, count, other.kind, 0, count)
                && Arrays.equals(tStart, 0, count, other.tStart, 0, count)
                && Arrays.equals(tEnd, 0, count, other.tEnd, 0, count)
                && Arrays.equals(texts, 0, count, other.texts, 0, count)
                && Arrays.equals(lineAt, 0, lines, other.lineAt, 0, lines)
                && Arrays.equals(lineTokens, 0, lines, other.lineTokens, 0, lines)
                && Arrays.equals(lineDepth, 0, lines, other.lineDepth, 0, lines)
                && Arrays.equals(lineIndent, 0, lines, other.lineIndent, 0, lines)
                && Arrays.equals(lineHasTokens, 0, lines, other.lineHasTokens, 0, lines)
                && Arrays.equals(lineMinDepth, 0, lines, other.lineMinDepth, 0, lines);
    }
}
