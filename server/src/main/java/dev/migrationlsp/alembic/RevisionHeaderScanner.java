package dev.migrationlsp.alembic;

import dev.migrationlsp.alembic.PythonTokenizer.Kind;
import dev.migrationlsp.alembic.PythonTokenizer.Token;
import dev.migrationlsp.alembic.RevisionHeader.Assignment;
import dev.migrationlsp.alembic.RevisionHeader.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The light path for the revision graph: reads only module-level statements with {@link PythonTokenizer}, about 10x
 * cheaper than reading whole files, so {@code heads} on thousands of files stays fast. Never executes anything.
 */
public final class RevisionHeaderScanner {
    static final Set<String> FIELDS = Set.of("revision", "down_revision", "branch_labels", "depends_on");
    private static final int MAX_CONSTANT_DEPTH = 8;
    private static final Set<String> COMPOUND_KEYWORDS = Set.of(
            "if", "elif", "else", "for", "while", "with", "def", "class", "try", "except", "finally", "async", "match",
            "case");

    private RevisionHeaderScanner() {}

    public static RevisionHeader scan(String source) {
        List<Token> tokens = PythonTokenizer.tokenizeModuleLevel(source);
        Optional<Assignment> revision = Optional.empty();
        Optional<Assignment> down = Optional.empty();
        Optional<Assignment> labels = Optional.empty();
        Optional<Assignment> depends = Optional.empty();
        Optional<RevisionHeader.Docstring> doc = Optional.empty();
        // module-level `NAME [: annotation] = value` seen so far: token range of the value (Python runs top to bottom)
        Map<String, int[]> constants = new HashMap<>();
        boolean firstStatement = true;
        // `a = 1; b = 2` puts two module-level statements on one line; the second does not start the line
        boolean afterModuleLevelSemicolon = false;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.NEWLINE) {
                afterModuleLevelSemicolon = false;
                i++;
                continue;
            }
            if (t.kind() == Kind.COMMENT || t.is(Kind.OP, ";")) {
                i++;
                continue;
            }
            int end = statementEnd(tokens, i);
            boolean moduleLevel = (t.lineStart() && !t.indented()) || afterModuleLevelSemicolon;
            // after `if x: a = 1; b = 2` or `class C: ...` the rest of the line is a block body, not module level
            afterModuleLevelSemicolon = moduleLevel
                    && !(t.kind() == Kind.NAME && COMPOUND_KEYWORDS.contains(t.text()))
                    && end < tokens.size()
                    && tokens.get(end).is(Kind.OP, ";");
            if (moduleLevel) {
                if (firstStatement && t.kind() == Kind.STRING && isStringOnly(tokens, i, end)) {
                    doc = Optional.of(DocstringFields.read(
                            source, t.start(), tokens.get(end - 1).end()));
                }
                if (t.kind() == Kind.NAME && FIELDS.contains(t.text())) {
                    Assignment a = assignment(tokens, i, end, constants);
                    if (a != null) {
                        switch (a.name()) {
                            case "revision" -> revision = Optional.of(a);
                            case "down_revision" -> down = Optional.of(a);
                            case "branch_labels" -> labels = Optional.of(a);
                            default -> depends = Optional.of(a);
                        }
                    }
                }
                if (t.kind() == Kind.NAME) {
                    int[] value = valueRange(tokens, i, end);
                    if (value != null) {
                        constants.put(t.text(), value);
                    } else if (end > i + 1 && !tokens.get(i + 1).is(Kind.OP, ".")) {
                        constants.remove(t.text()); // rebound some other way (`X += ...`): no longer a known constant
                    }
                }
                firstStatement = false;
            }
            i = end;
        }
        return new RevisionHeader(revision, down, labels, depends, doc);
    }

    /**
     * Index after the last token of the simple statement starting at {@code i}: stops before NEWLINE, the start of the
     * next line, or a {@code ;} (the tokenizer reports no NEWLINE inside brackets, so a bracketed value is whole).
     */
    private static int statementEnd(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size()
                && tokens.get(j).kind() != Kind.NEWLINE
                && !(tokens.get(j).lineStart())
                && !tokens.get(j).is(Kind.OP, ";")) {
            j++;
        }
        return j;
    }

    private static boolean isStringOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).kind() != Kind.STRING && tokens.get(k).kind() != Kind.COMMENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token range [from, to) of the value of {@code NAME [: annotation] = value} (for a chained assignment, what
     * follows the last top-level {@code =}; trailing comments excluded), or null if the statement is something else
     * (e.g. {@code revision += x}). An empty range means the value is missing (half-typed).
     */
    private static int[] valueRange(List<Token> tokens, int from, int to) {
        int k = from + 1;
        if (k < to && tokens.get(k).is(Kind.OP, ":")) {
            // skip the annotation up to the top-level '=' (brackets are balanced inside the annotation)
            int depth = 0;
            k++;
            while (k < to) {
                Token a = tokens.get(k);
                if (a.kind() == Kind.OP && (a.text().equals("[") || a.text().equals("("))) {
                    depth++;
                } else if (a.kind() == Kind.OP
                        && (a.text().equals("]") || a.text().equals(")"))) {
                    depth--;
                } else if (depth == 0 && a.is(Kind.OP, "=")) {
                    break;
                }
                k++;
            }
        }
        if (k >= to || !tokens.get(k).is(Kind.OP, "=")) {
            return null;
        }
        k++;
        int valueFrom = k;
        for (int m = k; m < to; m++) {
            if (tokens.get(m).is(Kind.OP, "=")) {
                valueFrom = m + 1;
            }
        }
        int valueTo = to;
        while (valueTo > valueFrom && tokens.get(valueTo - 1).kind() == Kind.COMMENT) {
            valueTo--;
        }
        return new int[] {valueFrom, valueTo};
    }

    /** A value read statically; {@code understood} false means unknown (not the same as None or empty). */
    private record Value(boolean none, boolean understood, List<Literal> literals) {
        static final Value UNKNOWN = new Value(false, false, List.of());
    }

    /** {@code NAME [: annotation] = value}; null if the statement is something else (e.g. {@code revision += x}). */
    private static Assignment assignment(List<Token> tokens, int from, int to, Map<String, int[]> constants) {
        Token name = tokens.get(from);
        int[] range = valueRange(tokens, from, to);
        if (range == null) {
            return null;
        }
        boolean annotated = from + 1 < to && tokens.get(from + 1).is(Kind.OP, ":");
        int valueFrom = range[0];
        int valueTo = range[1];
        if (valueFrom >= valueTo) {
            int at = tokens.get(valueFrom - 1).end();
            return new Assignment(name.text(), name.start(), name.end(), at, at, annotated, false, false, List.of());
        }
        Value v = evaluate(tokens, valueFrom, valueTo, constants, 0);
        return new Assignment(
                name.text(),
                name.start(),
                name.end(),
                tokens.get(valueFrom).start(),
                tokens.get(valueTo - 1).end(),
                annotated,
                v.none(),
                v.understood(),
                v.literals());
    }

    /**
     * A string, a tuple or list of strings, {@code None}, or a module constant holding one of those (its literals keep
     * the constant's ranges, where the id is written); anything else (a call, an attribute of another module, an
     * undefined name) is unknown.
     */
    private static Value evaluate(
            List<Token> tokens, int valueFrom, int valueTo, Map<String, int[]> constants, int depth) {
        Token first = tokens.get(valueFrom);
        if (valueTo - valueFrom == 1 && first.is(Kind.NAME, "None")) {
            return new Value(true, true, List.of());
        }
        if (valueTo - valueFrom == 1 && first.kind() == Kind.NAME) {
            int[] c = constants.get(first.text());
            return c == null || depth >= MAX_CONSTANT_DEPTH || c[0] >= c[1]
                    ? Value.UNKNOWN
                    : evaluate(tokens, c[0], c[1], constants, depth + 1);
        }
        List<Literal> literals = new ArrayList<>();
        boolean understood;
        if (first.kind() == Kind.STRING || first.kind() == Kind.NAME) {
            understood = stringSequence(tokens, valueFrom, valueTo, literals, true, constants, depth);
        } else if (first.is(Kind.OP, "(") || first.is(Kind.OP, "[")) {
            String close = first.text().equals("(") ? ")" : "]";
            understood = tokens.get(valueTo - 1).is(Kind.OP, close)
                    && stringSequence(tokens, valueFrom + 1, valueTo - 1, literals, false, constants, depth);
        } else {
            understood = false;
        }
        return understood ? new Value(false, true, List.copyOf(literals)) : Value.UNKNOWN;
    }

    /**
     * Strings separated by commas (implicit concatenation of adjacent strings joins them, as Python does). With
     * {@code bare}, a trailing comma makes a tuple, which is still a sequence of strings.
     */
    private static boolean stringSequence(
            List<Token> tokens,
            int from,
            int to,
            List<Literal> out,
            boolean bare,
            Map<String, int[]> constants,
            int depth) {
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.COMMENT) {
                k++;
                continue;
            }
            if (t.kind() == Kind.NAME) {
                // an element naming a module constant that holds one string
                int[] c = constants.get(t.text());
                if (c == null || depth >= MAX_CONSTANT_DEPTH || c[0] >= c[1]) {
                    return false;
                }
                Value v = evaluate(tokens, c[0], c[1], constants, depth + 1);
                if (!v.understood() || v.none() || v.literals().size() != 1 || !isSingleString(tokens, c)) {
                    return false;
                }
                out.add(v.literals().get(0));
                k++;
                while (k < to && tokens.get(k).kind() == Kind.COMMENT) {
                    k++;
                }
                if (k < to) {
                    if (!tokens.get(k).is(Kind.OP, ",")) {
                        return false;
                    }
                    k++;
                }
                continue;
            }
            if (t.kind() != Kind.STRING || isBytesOrF(t)) {
                return false;
            }
            StringBuilder v = new StringBuilder(t.value());
            int end = t.end();
            k++;
            while (k < to
                    && (tokens.get(k).kind() == Kind.STRING || tokens.get(k).kind() == Kind.COMMENT)) {
                if (tokens.get(k).kind() == Kind.STRING) {
                    if (isBytesOrF(tokens.get(k))) {
                        return false;
                    }
                    v.append(tokens.get(k).value());
                    end = tokens.get(k).end();
                }
                k++;
            }
            out.add(new Literal(v.toString(), t.start(), end));
            while (k < to && tokens.get(k).kind() == Kind.COMMENT) {
                k++;
            }
            if (k < to) {
                if (!tokens.get(k).is(Kind.OP, ",")) {
                    return false;
                }
                k++;
            }
        }
        return true;
    }

    /** A constant whose value is one string (not a one-element tuple), possibly through another constant. */
    private static boolean isSingleString(List<Token> tokens, int[] range) {
        Token first = tokens.get(range[0]);
        if (first.kind() == Kind.STRING) {
            for (int k = range[0]; k < range[1]; k++) {
                if (tokens.get(k).is(Kind.OP, ",")) {
                    return false;
                }
            }
            return true;
        }
        return range[1] - range[0] == 1 && first.kind() == Kind.NAME;
    }

    private static boolean isBytesOrF(Token t) {
        int q = 0;
        while (q < t.text().length() && Character.isLetter(t.text().charAt(q))) {
            q++;
        }
        String prefix = t.text().substring(0, q).toLowerCase();
        return prefix.contains("b") || prefix.contains("f");
    }
}
