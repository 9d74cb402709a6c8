package dev.migrationlsp.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * What the rules need from a SELECT: the tables it reads (with ranges) and whether it groups. Computed on first use.
 * For a view's nested query (subqueries, CTEs, set operations) JSQLParser reads it when it can; its table set filters
 * our own scan of {@code FROM}/{@code JOIN} names (which supplies the ranges). Flat queries are settled by the scan
 * (see {@link #isFlat()}). When JSQLParser cannot read a ClickHouse query, the scan alone answers; a JSQLParser failure is
 * never a syntax error of ours.
 */
public final class SelectFacts {
    private final String text;
    private final List<Token> tokens;
    private final boolean consultJsqlParser;
    private volatile Computed computed;

    private record Computed(List<QualifiedName> sources, boolean groupBy, boolean jsqlParsed) {}

    /**
     * {@code tokens}: the query's tokens (no EOF); {@code text}: the whole script text. {@code consultJsqlParser}: views'
     * bodies go to JSQLParser (their sources and GROUP BY drive rules); other queries (INSERT ... SELECT) only need table
     * names, which the scan gives without JSQLParser's cost (its first call alone takes ~0.2 s).
     */
    SelectFacts(String text, List<Token> tokens, boolean consultJsqlParser) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.consultJsqlParser = consultJsqlParser;
    }

    /** Tables (not CTEs, subqueries or table functions) in {@code FROM}/{@code JOIN}, in order of appearance. */
    public List<QualifiedName> sources() {
        return computed().sources;
    }

    /** True if the outermost query has a {@code GROUP BY}. */
    public boolean hasGroupBy() {
        return computed().groupBy;
    }

    /** True if JSQLParser read the query (false: the scan answered alone: a flat query, or one JSQLParser cannot read). */
    public boolean parsedByJsqlParser() {
        return computed().jsqlParsed;
    }

    private Computed computed() {
        Computed c = computed;
        if (c == null) {
            c = compute();
            computed = c;
        }
        return c;
    }

    private Computed compute() {
        return compute(consultJsqlParser && !isFlat());
    }

    /**
     * A body with a single SELECT (no subquery, CTE or set operation). For it JSQLParser cannot change the answer: its
     * table set only filters the scanned names, and at the one SELECT's own level every FROM/JOIN name is a table and
     * GROUP BY is the query's. So JSQLParser (0.5 ms a query, 0.2 s for its first) is consulted only for nested bodies;
     * a differential test checks the two agree on every flat view of the corpus.
     */
    boolean isFlat() {
        int selects = 0;
        for (Token t : tokens) {
            if (t.is("SELECT") && ++selects > 1) {
                return false;
            }
        }
        return true;
    }

    /** The facts JSQLParser and the scan give together (for the differential test), whatever the body's shape. */
    List<Object> withJsqlParser() {
        Computed c = compute(true);
        return List.of(c.sources, c.groupBy, c.jsqlParsed);
    }

    /** The facts of the scan alone (for the differential test). */
    List<Object> scanOnly() {
        Computed c = compute(false);
        return List.of(c.sources, c.groupBy, c.jsqlParsed);
    }

    private Computed compute(boolean useJsqlParser) {
        List<QualifiedName> scanned = new ArrayList<>();
        boolean scannedGroupBy = scan(scanned);
        if (tokens.isEmpty()) {
            return new Computed(List.of(), false, false);
        }
        String sql = text.substring(
                tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        if (!useJsqlParser || sql.length() > 50_000) {
            return new Computed(List.copyOf(scanned), scannedGroupBy, false);
        }
        try {
            net.sf.jsqlparser.statement.Statement st = CCJSqlParserUtil.newParser(sql)
                    .withAllowComplexParsing(false) // 3x faster; queries that need it fall back to the scan
                    .Statement();
            if (!(st instanceof Select select)) {
                return new Computed(List.copyOf(scanned), scannedGroupBy, false);
            }
            Set<String> names = new HashSet<>();
            for (String t : new TablesNamesFinder<Void>().getTables((net.sf.jsqlparser.statement.Statement) st)) {
                names.add(unquote(t).toLowerCase(Locale.ROOT));
            }
            List<QualifiedName> kept = new ArrayList<>();
            for (QualifiedName q : scanned) {
                if (names.contains(q.qualified().toLowerCase(Locale.ROOT))
                        || names.contains(q.name().toLowerCase(Locale.ROOT))) {
                    kept.add(q);
                }
            }
            boolean groupBy = select instanceof PlainSelect ps ? ps.getGroupBy() != null : scannedGroupBy;
            return new Computed(List.copyOf(kept), groupBy, true);
        } catch (Exception
                | Error e) { // JSQLParser throws ParseException, TokenMgrError and worse on ClickHouse syntax
            if (e instanceof VirtualMachineError vm && !(e instanceof StackOverflowError)) {
                throw vm;
            }
            return new Computed(List.copyOf(scanned), scannedGroupBy, false);
        }
    }

    private static String unquote(String name) {
        return name.replace("`", "").replace("\"", "");
    }

    /**
     * Shallow scan: table names after {@code FROM}/{@code JOIN} at a nesting level that has a SELECT (so
     * {@code extract(day FROM ts)} does not count), minus CTE names, subqueries and table functions. Returns whether the
     * outermost level has {@code GROUP BY}.
     */
    private boolean scan(List<QualifiedName> out) {
        Set<String> ctes = new HashSet<>();
        boolean[] selectAt = new boolean[tokens.size() + 2];
        int depth = 0;
        boolean groupBy = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[")) {
                depth++;
                if (depth < selectAt.length) {
                    selectAt[depth] = false;
                }
                continue;
            }
            if (t.isOp(")") || t.isOp("]")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth >= selectAt.length) {
                continue;
            }
            if (t.is("SELECT")) {
                selectAt[depth] = true;
            } else if (t.is("AS")
                    && i > 0
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isOp("(")
                    && tokens.get(i - 1).isName()
                    && i > 1
                    && (tokens.get(i - 2).is("WITH") || tokens.get(i - 2).isOp(","))) {
                ctes.add(tokens.get(i - 1).name());
            } else if (depth == 0
                    && t.is("GROUP")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("BY")) {
                groupBy = true;
            } else if ((t.is("FROM")
                            || t.is("JOIN") && !(i > 0 && tokens.get(i - 1).is("ARRAY")))
                    && selectAt[depth]) {
                int j = i + 1;
                if (j < tokens.size() && tokens.get(j).isName() && !isClauseWord(tokens.get(j))) {
                    Token first = tokens.get(j);
                    String db = null;
                    String name = first.name();
                    Token last = first;
                    if (j + 2 < tokens.size()
                            && tokens.get(j + 1).isOp(".")
                            && tokens.get(j + 2).isName()) {
                        db = name;
                        last = tokens.get(j + 2);
                        name = last.name();
                        j += 2;
                    }
                    boolean tableFunction =
                            j + 1 < tokens.size() && tokens.get(j + 1).isOp("(");
                    if (!tableFunction && !(db == null && ctes.contains(name))) {
                        out.add(new QualifiedName(db, name, new TextRange(first.start(), last.end())));
                    }
                    i = j; // a table named "join" is a name, not the next JOIN
                }
            }
        }
        return groupBy;
    }

    private static boolean isClauseWord(Token t) {
        return t.kind() == Token.Kind.WORD
                && (t.is("SELECT") || t.is("WHERE") || t.is("GROUP") || t.is("ORDER") || t.is("USING"));
    }
}
