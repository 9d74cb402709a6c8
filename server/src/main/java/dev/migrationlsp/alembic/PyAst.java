package dev.migrationlsp.alembic;

import java.util.List;
import java.util.Optional;

/**
 * A deliberately small syntax tree of the Python that migrations use: calls, attributes, names, strings, lists and
 * the statements around them. Anything else is {@link Other}, so half-typed code degrades to "unknown" rather than
 * failing. Offsets are char offsets into the file.
 */
public final class PyAst {
    private PyAst() {}

    public sealed interface Expr permits Name, Attr, Str, Const, Call, Seq, Other {
        int start();

        int end();
    }

    public record Name(String id, int start, int end) implements Expr {}

    public record Attr(Expr object, String attr, int start, int end) implements Expr {}

    /** A string literal (implicit concatenation included); {@code value} is null for f-strings with placeholders. */
    public record Str(String value, int start, int end) implements Expr {}

    /** {@code True}, {@code False}, {@code None}, numbers, {@code ...}. */
    public record Const(String text, int start, int end) implements Expr {}

    /**
     * A call. {@code closeParen} is -1 when the closing parenthesis is missing (half-typed code): such a call's
     * argument list is incomplete.
     */
    public record Call(Expr function, List<Arg> args, int openParen, int closeParen, int start, int end)
            implements Expr {
        public boolean complete() {
            return closeParen >= 0;
        }

        // indexed loops: these run for every argument of every call on each keystroke, and an iterator per loop was a
        // good part of the allocation there (args is an immutable random-access list)
        public List<Arg> positional() {
            List<Arg> out = new java.util.ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                if (a.positional()) {
                    out.add(a);
                }
            }
            return out;
        }

        public Optional<Arg> keyword(String name) {
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                if (name.equals(a.keyword())) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        /** The positional argument at {@code index} (stars do not count), or null; no list is made. */
        public Arg positional(int index) {
            int seen = 0;
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                if (a.positional() && seen++ == index) {
                    return a;
                }
            }
            return null;
        }

        /** The positional argument at {@code index}, or the keyword argument {@code name}. */
        public Optional<Expr> argument(int index, String name) {
            int seen = 0;
            Expr positional = null;
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                if (name.equals(a.keyword())) {
                    return Optional.of(a.value());
                }
                if (a.positional() && seen++ == index) {
                    positional = a.value();
                }
            }
            return Optional.ofNullable(positional);
        }
    }

    /**
     * One argument: {@code keyword=value}, {@code *value}, {@code **value} or a positional value. {@code commaAfter}
     * is the offset of the comma that follows it, or -1.
     */
    public record Arg(
            String keyword, boolean star, boolean doubleStar, Expr value, int start, int end, int commaAfter) {
        /** Neither {@code keyword=value} nor {@code *value} nor {@code **value}. */
        public boolean positional() {
            return keyword == null && !star && !doubleStar;
        }
    }

    /** A list, tuple or parenthesised expression list. */
    public record Seq(List<Expr> elements, int start, int end) implements Expr {}

    /** Anything this reader does not model (operators, lambdas, subscripts, dicts, broken code). */
    public record Other(int start, int end) implements Expr {}

    public sealed interface Stmt permits ExprStmt, Assign, Return, Pass, Docstring, With, Def, Import, Compound {
        int start();

        int end();
    }

    public record ExprStmt(Expr expr, int start, int end) implements Stmt {}

    /** {@code target = value} (also annotated); {@code target} is null for targets other than one name. */
    public record Assign(String target, Expr value, int start, int end) implements Stmt {}

    public record Return(Expr value, int start, int end) implements Stmt {}

    /** {@code pass} or a lone {@code ...}. */
    public record Pass(int start, int end) implements Stmt {}

    public record Docstring(int start, int end) implements Stmt {}

    public record WithItem(Expr context, String alias) {}

    public record With(List<WithItem> items, Block body, int start, int end) implements Stmt {}

    public record Def(String name, int nameStart, int nameEnd, List<String> params, Block body, int start, int end)
            implements Stmt {}

    /**
     * {@code import a.b as c} / {@code from m import x as y}. Each binding maps a local name to the dotted name it
     * stands for ({@code sa -> sqlalchemy}, {@code Text -> sqlalchemy.Text}).
     */
    public record Import(List<Binding> bindings, int start, int end) implements Stmt {}

    public record Binding(String local, String qualified) {}

    /** if/for/while/try/class and the like: the header is not modelled, the bodies are. */
    public record Compound(String keyword, List<Block> bodies, int start, int end) implements Stmt {}

    /**
     * The statements of a suite. {@code indent} is the body's indentation text, or null for a body on the header's
     * line ({@code def f(): pass}); {@code headerColon} is the offset of the header's {@code :}.
     */
    public record Block(List<Stmt> statements, String indent, int headerColon, int start, int end) {}

    public record Module(List<Stmt> statements) {}

    /** {@code a} as it reads {@code by} characters later in the file: the same tree, every offset moved. */
    static Arg shifted(Arg a, int by) {
        return new Arg(
                a.keyword(),
                a.star(),
                a.doubleStar(),
                shifted(a.value(), by),
                a.start() + by,
                a.end() + by,
                a.commaAfter() < 0 ? -1 : a.commaAfter() + by);
    }

    static Expr shifted(Expr e, int by) {
        if (e instanceof Name n) {
            return new Name(n.id(), n.start() + by, n.end() + by);
        }
        if (e instanceof Attr a) {
            return new Attr(shifted(a.object(), by), a.attr(), a.start() + by, a.end() + by);
        }
        if (e instanceof Str s) {
            return new Str(s.value(), s.start() + by, s.end() + by);
        }
        if (e instanceof Const c) {
            return new Const(c.text(), c.start() + by, c.end() + by);
        }
        if (e instanceof Call c) {
            Arg[] args = new Arg[c.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = shifted(c.args().get(i), by);
            }
            return new Call(
                    shifted(c.function(), by),
                    List.of(args),
                    c.openParen() + by,
                    c.closeParen() < 0 ? -1 : c.closeParen() + by, // -1: unclosed
                    c.start() + by,
                    c.end() + by);
        }
        if (e instanceof Seq s) {
            Expr[] elements = new Expr[s.elements().size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = shifted(s.elements().get(i), by);
            }
            return new Seq(List.of(elements), s.start() + by, s.end() + by);
        }
        Other o = (Other) e;
        return new Other(o.start() + by, o.end() + by);
    }
}
