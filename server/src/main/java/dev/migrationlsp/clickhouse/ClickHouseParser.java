package dev.migrationlsp.clickhouse;

import dev.migrationlsp.clickhouse.Ast.AlterAction;
import dev.migrationlsp.clickhouse.Ast.Column;
import dev.migrationlsp.clickhouse.Ast.DataType;
import dev.migrationlsp.clickhouse.Ast.Engine;
import dev.migrationlsp.clickhouse.Ast.Expr;
import dev.migrationlsp.clickhouse.Ast.Index;
import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.Ast.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for ClickHouse SQL, checked against real ClickHouse's parser on a corpus of public statements
 * (see ClickHouseConformanceTest). One instance parses one text; it never throws. A statement with an error becomes
 * {@link Statement.Broken} and parsing resumes after the next {@code ;}, so one typo gives one error. Statements that do
 * not change the schema (SET, SYSTEM, GRANT, ...) are parsed and become {@link Statement.Command}.
 * Every method consumes tokens left to right without backtracking over more than a few tokens: linear time.
 */
public final class ClickHouseParser {

    /** Raised at the first error of a statement; caught by the statement loop. No stack trace: it is control flow. */
    private static final class Failure extends RuntimeException {
        final SyntaxError error;

        Failure(SyntaxError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private static final String STATEMENT_START =
            "a statement (CREATE, ALTER, DROP, RENAME, INSERT, SELECT, SET, SYSTEM, GRANT, ...)";
    private static final Set<String> INTERVAL_UNITS = Set.of(
            "NANOSECOND",
            "MICROSECOND",
            "MILLISECOND",
            "SECOND",
            "MINUTE",
            "HOUR",
            "DAY",
            "WEEK",
            "MONTH",
            "QUARTER",
            "YEAR",
            "NANOSECONDS",
            "MICROSECONDS",
            "MILLISECONDS",
            "SECONDS",
            "MINUTES",
            "HOURS",
            "DAYS",
            "WEEKS",
            "MONTHS",
            "QUARTERS",
            "YEARS",
            "NS",
            "US",
            "MS",
            "S",
            "M",
            "H",
            "D",
            "W",
            "Q",
            "Y",
            "MM",
            "YY",
            "YYYY",
            "DD",
            "HH",
            "MI",
            "SS",
            "WK",
            "QQ",
            "MCS",
            "N");
    /**
     * Words that cannot follow an expression as an implicit alias (without AS): ClickHouse's restricted keywords and the
     * operator words. Any other word can, and any word can be a column: ClickHouse keywords are not reserved.
     */
    private static final Set<String> NOT_ALIAS = Set.of(
            "ALL",
            "ANTI",
            "ANY",
            "ARRAY",
            "AS",
            "ASOF",
            "BETWEEN",
            "CROSS",
            "FINAL",
            "FORMAT",
            "FROM",
            "FULL",
            "GLOBAL",
            "GROUP",
            "HAVING",
            "ILIKE",
            "INNER",
            "INTO",
            "JOIN",
            "LEFT",
            "LIKE",
            "LIMIT",
            "NOT",
            "OFFSET",
            "ON",
            "ONLY",
            "ORDER",
            "PREWHERE",
            "RIGHT",
            "SAMPLE",
            "SEMI",
            "SETTINGS",
            "UNION",
            "USING",
            "WHERE",
            "WINDOW",
            "QUALIFY",
            "WITH",
            "INTERSECT",
            "EXCEPT",
            "ASC",
            "DESC",
            "NULLS",
            "PASTE",
            "IN",
            "AND",
            "OR",
            "DIV",
            "MOD",
            "REGEXP",
            "STREAM",
            "LOCAL",
            "OUTER",
            "ASCENDING",
            "DESCENDING");

    private final String text;
    private final List<Token> tokens;
    private int pos;
    /** The object the current statement names once known, for {@link Statement.Broken}. */
    private QualifiedName currentName;

    private String currentKind;
    /** Inside CAST(...) arguments, where {@code AS} introduces the type. */
    private boolean inCast;
    /** The last privilege of a GRANT/REVOKE named columns: its target must be a table. */
    private boolean columnPrivilege;
    /** In a table's sorting key, where a tuple's elements may carry ASC/DESC: {@code ORDER BY (a DESC, b)}. */
    private boolean sortKey;
    /** Nesting depth of the expression being parsed, bounded so deep input gives an error, not a stack overflow. */
    private int depth;

    private ClickHouseParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** Parses a whole script. */
    public static List<Statement> parse(String text, List<Token> tokens) {
        return new ClickHouseParser(text, tokens).statements();
    }

    private List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        while (peek().kind() != Token.Kind.EOF) {
            if (peek().isOp(";")) {
                pos++;
                continue;
            }
            int startPos = pos;
            Token first = peek();
            currentName = null;
            currentKind = first.text().toUpperCase(Locale.ROOT);
            depth = 0;
            SyntaxError unbalanced = unbalancedBracket(startPos);
            try {
                Statement s = statement();
                if (!atStatementEnd()) {
                    throw fail("';' or end of file");
                }
                if (unbalanced != null) {
                    throw new Failure(unbalanced);
                }
                out.add(s);
            } catch (Failure f) {
                if (unbalanced != null && f.error != unbalanced) { // ClickHouse checks brackets before it parses
                    f = new Failure(unbalanced);
                }
                skipToStatementEnd();
                // the error may sit on the ';' that ended the statement too early: the range covers it
                int end = Math.max(lastEnd(startPos), f.error.range().end());
                out.add(new Statement.Broken(new TextRange(first.start(), end), currentKind, currentName, f.error));
            } catch (StackOverflowError e) {
                skipToStatementEnd();
                out.add(new Statement.Broken(
                        new TextRange(first.start(), lastEnd(startPos)),
                        currentKind,
                        currentName,
                        new SyntaxError(first.range(), "a shallower statement", "nesting too deep to check")));
            }
        }
        return out;
    }

    /**
     * ClickHouse matches brackets before it parses: a {@code )} or {@code ]} without an opening one is the error, else the
     * outermost bracket left open or closed by the wrong kind. Null when balanced. One pass over the statement's tokens
     * (an INSERT's inline data after VALUES/FORMAT is not checked: ClickHouse does not parse it).
     */
    private SyntaxError unbalancedBracket(int from) {
        List<Token> open = new ArrayList<>();
        boolean insert = tokens.get(from).is("INSERT");
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EOF || t.isOp(";")) {
                break;
            }
            if (insert && open.isEmpty() && (t.is("VALUES") || t.is("FORMAT")) || t.kind() == Token.Kind.ERROR) {
                return null; // inline data is not parsed; an unreadable token (unclosed string) is the error itself
            }
            if (t.isOp("(") || t.isOp("[")) {
                open.add(t);
            } else if (t.isOp(")") || t.isOp("]")) {
                if (open.isEmpty()) {
                    return new SyntaxError(
                            t.range(), "no '" + t.text() + "' here (nothing to close)", "unmatched '" + t.text() + "'");
                }
                Token last = open.remove(open.size() - 1);
                if (last.isOp("(") != t.isOp(")")) {
                    Token first = open.isEmpty() ? last : open.get(0);
                    return new SyntaxError(
                            first.range(),
                            "'" + (first.isOp("(") ? ")" : "]") + "' to close it",
                            "unmatched '" + first.text() + "'");
                }
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        Token first = open.get(0);
        return new SyntaxError(
                first.range(),
                "'" + (first.isOp("(") ? ")" : "]") + "' to close it",
                "unmatched '" + first.text() + "'");
    }

    private int lastEnd(int startPos) {
        int i = pos - 1;
        while (i > startPos && tokens.get(i).isOp(";")) {
            i--;
        }
        return i >= startPos ? tokens.get(i).end() : tokens.get(startPos).end();
    }

    private void skipToStatementEnd() {
        while (peek().kind() != Token.Kind.EOF && !peek().isOp(";")) {
            pos++;
        }
    }

    private boolean atStatementEnd() {
        return peek().kind() == Token.Kind.EOF || peek().isOp(";");
    }

    // ---------------------------------------------------------------- statements

    private Statement statement() {
        Token t = peek();
        if (t.kind() == Token.Kind.ERROR) {
            throw failAt(t, STATEMENT_START);
        }
        if (t.kind() != Token.Kind.WORD && !t.isOp("(")) {
            throw failAt(t, STATEMENT_START);
        }
        String w = upper(t);
        Statement s = switch (w) {
            case "CREATE" -> create();
            case "ATTACH" -> attach();
            case "REPLACE" -> replace();
            case "ALTER" -> alter();
            case "DROP" -> drop();
            case "DETACH" -> detach();
            case "UNDROP" -> undrop();
            case "RENAME" -> rename();
            case "EXCHANGE" -> exchange();
            case "TRUNCATE" -> truncate();
            case "INSERT" -> insert();
            case "OPTIMIZE" -> optimize();
            case "DELETE" -> deleteFrom();
            case "UPDATE" -> update();
            case "SELECT", "WITH", "FROM", "(" -> {
                Select s2 = query(false);
                yield new Statement.Query(s2.range(), s2);
            }
            case "SET" -> set();
            case "USE" -> use();
            case "SYSTEM" -> system();
            case "GRANT", "REVOKE" -> grant();
            case "SHOW" -> show();
            case "DESCRIBE", "DESC" -> describe();
            case "EXPLAIN" -> explain();
            case "CHECK" -> check();
            case "KILL" -> kill();
            case "EXISTS" -> exists();
            case "BEGIN", "COMMIT", "ROLLBACK" -> transaction();
            case "BACKUP", "RESTORE" -> backup();
            case "MOVE" -> move();
            case "WATCH" -> watch();
            case "EXECUTE" -> {
                next();
                expectWord("AS");
                userName();
                if (atStatementEnd()) {
                    yield command(t, "EXECUTE AS");
                }
                statement();
                yield command(t, "EXECUTE AS");
            }
            default -> throw failAt(t, STATEMENT_START);
        };
        if (!(s instanceof Statement.Insert)) {
            outputTail();
        }
        if (s instanceof Statement.Query q && q.range().end() != prevEnd()) {
            return new Statement.Query(new TextRange(q.range().start(), prevEnd()), q.select());
        }
        return s;
    }

    /** {@code [INTO OUTFILE 'f' ...] [FORMAT name] [SETTINGS k = v, ...]}, accepted after any statement. */
    private void outputTail() {
        while (true) {
            if (peek().is("INTO") && peekAt(1).is("OUTFILE")) {
                next();
                next();
                expectKind(Token.Kind.STRING, "file name string");
                while (true) {
                    if (peek().is("APPEND") || peek().is("TRUNCATE")) {
                        next();
                    } else if (peek().is("AND") && peekAt(1).is("STDOUT")) {
                        next();
                        next();
                    } else if (peek().is("COMPRESSION")) {
                        next();
                        expectKind(Token.Kind.STRING, "compression method string");
                        if (peek().is("LEVEL")) {
                            next();
                            expectKind(Token.Kind.NUMBER, "compression level");
                        }
                    } else {
                        break;
                    }
                }
            } else if (peek().is("FORMAT")) {
                next();
                expectName("format name");
            } else if (peek().is("SETTINGS")) {
                next();
                settings();
            } else {
                return;
            }
        }
    }

    private Statement command(Token first, String kind) {
        return new Statement.Command(
                new TextRange(first.start(), prevEnd()), kind, new TextRange(first.start(), first.end()));
    }

    private static String upper(Token t) {
        return t.text().toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- CREATE / ATTACH / REPLACE

    private Statement create() {
        Token create = next();
        boolean orReplace = false;
        if (peek().is("OR")) {
            next();
            expectWord("REPLACE");
            orReplace = true;
        }
        return createBody(create, orReplace, false);
    }

    private Statement replace() {
        Token replace = next();
        return createBody(replace, true, false);
    }

    private Statement attach() {
        Token attach = next();
        Token what = peek();
        if (what.is("PARTITION") || what.is("PART")) { // ALTER-style ATTACH PARTITION ... FROM is not a statement
            throw failAt(what, "TABLE, DICTIONARY, DATABASE or VIEW");
        }
        return createBody(attach, false, true);
    }

    /** After {@code CREATE [OR REPLACE]}, {@code REPLACE} or {@code ATTACH}. */
    private Statement createBody(Token create, boolean orReplace, boolean attach) {
        String verb = upper(create);
        if (peek().is("TEMPORARY")) {
            next();
        }
        Token what = peek();
        String w = upper(what);
        switch (w) {
            case "TABLE" -> {
                currentKind = verb + " TABLE";
                next();
                Statement s = createTable(create, what, orReplace);
                return attach ? command(create, "ATTACH TABLE") : s;
            }
            case "MATERIALIZED", "VIEW", "LIVE", "WINDOW" -> {
                boolean materialized = what.is("MATERIALIZED");
                next();
                Token view = what.is("VIEW") ? what : expectWord("VIEW");
                currentKind = verb + (what.is("VIEW") ? " VIEW" : " " + w + " VIEW");
                Statement s = createView(create, view, orReplace, materialized, w);
                return attach ? command(create, currentKind) : s;
            }
            case "DICTIONARY" -> {
                currentKind = verb + " DICTIONARY";
                next();
                Statement s = createDictionary(create);
                return attach ? command(create, "ATTACH DICTIONARY") : s;
            }
            case "DATABASE" -> {
                currentKind = verb + " DATABASE";
                next();
                Statement s = createDatabase(create);
                return attach ? command(create, "ATTACH DATABASE") : s;
            }
            default -> {}
        }
        if (attach || !verb.equals("CREATE")) {
            throw failAt(what, "TABLE, VIEW, MATERIALIZED VIEW, DICTIONARY or DATABASE");
        }
        switch (w) {
            case "FUNCTION" -> {
                next();
                currentKind = "CREATE FUNCTION";
                ifNotExists();
                expectName("function name");
                onCluster();
                expectWord("AS");
                expr();
                return command(create, currentKind);
            }
            case "INDEX", "UNIQUE" -> {
                if (what.is("UNIQUE")) {
                    next();
                }
                expectWord("INDEX");
                currentKind = "CREATE INDEX";
                ifNotExists();
                expectName("index name");
                expectWord("ON");
                currentName = anyQualifiedName("table name");
                onCluster();
                if (peek().isOp("(")) {
                    next();
                    do {
                        expr();
                        acceptSortDirection();
                    } while (acceptOp(","));
                    expectOp(")", "',' or ')'");
                } else {
                    expr();
                }
                if (peek().is("TYPE")) {
                    next();
                    dataType("index type");
                }
                if (peek().is("GRANULARITY")) {
                    next();
                    expectKind(Token.Kind.NUMBER, "granularity number");
                }
                return command(create, currentKind);
            }
            case "USER",
                    "ROLE",
                    "QUOTA",
                    "ROW",
                    "POLICY",
                    "SETTINGS",
                    "PROFILE",
                    "NAMED",
                    "WORKLOAD",
                    "RESOURCE",
                    "MASKING" -> {
                return accessEntity(create, "CREATE");
            }
            default ->
                throw failAt(what, "TABLE, VIEW, MATERIALIZED VIEW, DICTIONARY, DATABASE, FUNCTION, USER, ROLE, ...");
        }
    }

    private Statement createTable(Token create, Token tableWord, boolean orReplace) {
        int ifAt = tableWord.end();
        if (orReplace && peek().is("IF") && peekAt(1).is("NOT")) {
            throw failAt(peekAt(1), "the table name (OR REPLACE and IF NOT EXISTS exclude each other)");
        }
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("table name");
        currentName = name;
        uuidAndCluster();
        if (peek().is("FROM") && peekAt(1).kind() == Token.Kind.STRING) { // ATTACH TABLE t FROM 'path'
            next();
            next();
        }
        List<Column> columns = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        TextRange columnsRange = null;
        QualifiedName asTable = null;
        Select asSelect = null;
        if (peek().isOp("(") && !peekAt(1).is("SELECT") && !peekAt(1).is("WITH")) {
            Token open = next();
            tableElements(columns, indexes);
            Token close = expectOp(")", "',' or ')' after a column definition");
            columnsRange = new TextRange(open.start(), close.end());
        }
        if (peek().is("CLONE")) {
            next();
        }
        if (peek().is("AS")
                && !peekAt(1).is("SELECT")
                && !peekAt(1).is("WITH")
                && !peekAt(1).isOp("(")) {
            next();
            asTable = qualifiedName("table name after AS");
            if (peek().isOp("(")) { // AS table_function(...): not a table
                next();
                expressionListUntil(")");
                expectOp(")", "',' or ')' in the table function's arguments");
                asTable = null;
            }
        }
        Engine engine = null;
        Expr partitionBy = null;
        TextRange partitionClause = null;
        Expr orderBy = null;
        TextRange orderByClause = null;
        Expr primaryKey = null;
        while (!atStatementEnd()) {
            Token k = peek();
            if (k.is("ENGINE")) {
                engine = engine();
            } else if (k.is("PARTITION")) {
                next();
                expectWord("BY");
                partitionBy = expr();
                partitionClause = new TextRange(k.start(), partitionBy.range().end());
            } else if (k.is("ORDER")) {
                next();
                expectWord("BY");
                orderBy = keyExpr();
                orderByClause = new TextRange(k.start(), orderBy.range().end());
            } else if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                primaryKey = keyExpr();
            } else if (k.is("SAMPLE")) {
                next();
                expectWord("BY");
                expr();
            } else if (k.is("TTL")) {
                next();
                ttlList();
            } else if (k.is("SETTINGS")) {
                next();
                settings();
            } else if (k.is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else if (k.is("EMPTY")) {
                next();
                expectWord("AS");
                if (peek().isName() && !peek().is("SELECT") && !peek().is("WITH")) {
                    asTable = qualifiedName("table name after AS");
                } else {
                    asSelect = query(false);
                }
            } else if (k.is("AS")) {
                next();
                if (peek().isName() && !peek().is("SELECT") && !peek().is("WITH") && !peek().is("FROM")) {
                    asTable = qualifiedName("table name after AS"); // a table function only right after the name
                } else {
                    asSelect = query(false);
                }
            } else if (k.is("FORMAT") || k.is("INTO")) {
                break; // output tail
            } else {
                throw failAt(
                        k,
                        engine == null
                                ? "ENGINE, PARTITION BY, ORDER BY, PRIMARY KEY, SAMPLE BY, TTL, SETTINGS or ';'"
                                : "PARTITION BY, ORDER BY, PRIMARY KEY, SAMPLE BY, TTL, SETTINGS, COMMENT or ';'");
            }
        }
        return new Statement.CreateTable(
                new TextRange(create.start(), prevEnd()),
                new TextRange(create.start(), tableWord.end()),
                ifAt,
                ifNotExists,
                orReplace,
                name,
                List.copyOf(columns),
                List.copyOf(indexes),
                columnsRange,
                engine,
                partitionBy,
                partitionClause,
                orderBy,
                orderByClause,
                primaryKey,
                asTable,
                asSelect);
    }

    /** ORDER BY / PRIMARY KEY of a table: an expression, or a list of them with ASC/DESC (also inside a tuple). */
    private Expr keyExpr() {
        boolean outer = sortKey;
        sortKey = true;
        try {
            return keyList();
        } finally {
            sortKey = outer;
        }
    }

    private Expr keyList() {
        Expr first = expr();
        if (!(peek().is("ASC") || peek().is("DESC") || peek().isOp(","))) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        acceptSortDirection();
        while (peek().isOp(",")
                && !isAlterVerb(peekAt(1))
                && acceptOp(",")) { // in ALTER, ',' may start the next action
            items.add(expr());
            acceptSortDirection();
        }
        return new Expr(Expr.Kind.TUPLE, null, new TextRange(first.range().start(), prevEnd()), List.copyOf(items));
    }

    private void acceptSortDirection() {
        if (peek().is("ASC") || peek().is("DESC") || peek().is("ASCENDING") || peek().is("DESCENDING")) {
            next();
        }
    }

    private void tableElements(List<Column> columns, List<Index> indexes) {
        if (peek().isOp(")")) {
            return; // CREATE TABLE t () ENGINE = ...: ClickHouse's parser accepts it (execution decides)
        }
        do {
            if (peek().isOp(")")) {
                return; // trailing comma
            }
            tableElement(columns, indexes);
        } while (acceptOp(","));
    }

    private void tableElement(List<Column> columns, List<Index> indexes) {
        {
            Token t = peek();
            if (t.is("INDEX") && peekAt(1).isName() && (elementHasWord("TYPE") || elementHasWord("GRANULARITY"))) {
                next();
                indexes.add(indexBody(t));
            } else if (t.is("PROJECTION") && peekAt(1).isName() && peekAt(2).isOp("(")) {
                next();
                next();
                projectionBody();
            } else if (t.is("PROJECTION")
                    && peekAt(1).isName()
                    && peekAt(2).is("INDEX")) { // PROJECTION p INDEX e TYPE t
                next();
                next();
                next();
                expr();
                expectWord("TYPE");
                dataType("projection index type");
            } else if (t.is("CONSTRAINT")
                    && peekAt(1).isName()
                    && (peekAt(2).is("CHECK") || peekAt(2).is("ASSUME"))) {
                next();
                next();
                next();
                expr();
            } else if (t.is("PRIMARY") && peekAt(1).is("KEY")) {
                next();
                next();
                expr();
            } else if (t.is("FOREIGN") && peekAt(1).is("KEY")) { // accepted and ignored by ClickHouse
                next();
                next();
                skipBalanced();
                expectWord("REFERENCES");
                qualifiedName("table name");
                skipBalanced();
            } else if (t.is("STATISTICS") && peekAt(1).isOp("(")) {
                next();
                skipBalanced();
            } else {
                columns.add(column(true));
            }
        }
    }

    /**
     * True if {@code word} occurs in the current table element (before its top-level ',' or ')'): tells an index from a
     * column named "index". Each element is scanned once more at most: linear.
     */
    private boolean elementHasWord(String word) {
        int level = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EOF || t.isOp(";")) {
                return false;
            }
            if (t.isOp("(")) {
                level++;
            } else if (t.isOp(")")) {
                if (level-- == 0) {
                    return false;
                }
            } else if (level == 0 && t.isOp(",")) {
                return false;
            } else if (level == 0 && t.is(word)) {
                return true;
            }
        }
        return false;
    }

    private void projectionBody() {
        expectOpenParen();
        query(true);
        expectOp(")", "')' after the projection's query");
        if (peek().is("WITH") && peekAt(1).is("SETTINGS")) {
            next();
            next();
            expectOpenParen();
            settings();
            expectOp(")", "')'");
        }
    }

    private Index indexBody(Token start) {
        Token name = expectName("index name");
        Expr e = expr();
        expectWord("TYPE");
        DataType type = dataType("index type (minmax, set(n), bloom_filter, ...)");
        if (peek().is("GRANULARITY")) {
            next();
            expectKind(Token.Kind.NUMBER, "granularity number");
        }
        return new Index(name.name(), name.range(), e, type, new TextRange(start.start(), prevEnd()));
    }

    /** A column definition; {@code requireType} is false for ALTER ... MODIFY COLUMN, where type and default may be left out. */
    private Column column(boolean requireType) {
        Token name = peek();
        if (!name.isName()) { // any word can name a column here (order, partition ...): the position is unambiguous
            throw failAt(name, "column name");
        }
        next();
        int start = name.start();
        String columnName = name.name();
        TextRange nameRange = name.range();
        while (peek().isOp(".") && peekAt(1).isName() && peekAt(1).start() == peek().end()) { // Nested: n.a
            next();
            Token part = next();
            columnName = columnName + "." + part.name();
            nameRange = new TextRange(name.start(), part.end());
        }
        DataType type = null;
        if (!atColumnEnd() && !isModifierStart(peek())) {
            type = dataType("column type");
        }
        String defaultKind = null;
        Expr defaultExpr = null;
        while (!atColumnEnd()) {
            Token m = peek();
            if (m.is("NULL")) {
                next();
            } else if (m.is("NOT") && peekAt(1).is("NULL")) {
                next();
                next();
            } else if (m.is("DEFAULT")
                    || m.is("MATERIALIZED")
                    || m.is("ALIAS")
                    || m.is("EPHEMERAL")
                    || m.is("EXPRESSION")) {
                next();
                defaultKind = upper(m);
                if (!(m.is("EPHEMERAL") && (atColumnEnd() || isModifierStart(peek())))) {
                    defaultExpr = expr();
                }
            } else if (m.is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else if (m.is("CODEC")
                    || m.is("STATISTICS")
                    || m.is("SETTINGS") && peekAt(1).isOp("(")) {
                next();
                expectOpenParen();
                if (m.is("SETTINGS")) {
                    settings();
                } else {
                    expressionListUntil(")");
                }
                expectOp(")", "',' or ')'");
            } else if (m.is("TTL")) {
                next();
                expr();
            } else if (m.is("PRIMARY")) {
                next();
                expectWord("KEY");
            } else if (m.is("COLLATE")) {
                next();
                anyName("collation");
            } else if (m.is("AUTO_INCREMENT") && type == null) {
                next();
                defaultKind = "AUTO_INCREMENT";
            } else if (m.is("AUTO_INCREMENT")
                    || m.is("HIERARCHICAL")
                    || m.is("BIDIRECTIONAL")
                    || m.is("INJECTIVE")
                    || m.is("IS_OBJECT_ID")) {
                next();
            } else {
                break;
            }
        }
        if (requireType && type == null && defaultKind == null) {
            throw failAt(peek(), "column type");
        }
        return new Column(columnName, nameRange, type, defaultKind, defaultExpr, new TextRange(start, prevEnd()));
    }

    private boolean atColumnEnd() {
        return peek().isOp(",") || peek().isOp(")") || atStatementEnd();
    }

    private static boolean isModifierStart(Token t) {
        return t.kind() == Token.Kind.WORD
                && (t.is("NULL")
                        || t.is("NOT")
                        || t.is("DEFAULT")
                        || t.is("MATERIALIZED")
                        || t.is("ALIAS")
                        || t.is("EPHEMERAL")
                        || t.is("COMMENT")
                        || t.is("CODEC")
                        || t.is("TTL")
                        || t.is("EXPRESSION")
                        || t.is("AFTER")
                        || t.is("FIRST")
                        || t.is("STATISTICS")
                        || t.is("PRIMARY")
                        || t.is("AUTO_INCREMENT")
                        || t.is("SETTINGS")
                        || t.is("HIERARCHICAL")
                        || t.is("INJECTIVE")
                        || t.is("IS_OBJECT_ID")
                        || t.is("BIDIRECTIONAL")
                        || t.is("COLLATE"));
    }

    private DataType dataType(String expected) {
        Token name = peek();
        if (name.kind() != Token.Kind.WORD && name.kind() != Token.Kind.QUOTED_NAME) {
            throw failAt(name, expected);
        }
        next();
        // multi-word SQL-standard aliases: DOUBLE PRECISION, CHARACTER VARYING, INT UNSIGNED, ...
        while (peek().is("PRECISION")
                || peek().is("VARYING")
                || peek().is("UNSIGNED")
                || peek().is("SIGNED")
                || peek().is("LARGE") && peekAt(1).is("OBJECT")
                || peek().is("OBJECT")
                || peek().is("ZEROFILL")
                || name.is("NATIONAL") && (peek().is("CHAR") || peek().is("CHARACTER"))
                || name.is("CHAR") && peek().is("LARGE")
                || name.is("CHARACTER") && peek().is("LARGE")) {
            next();
        }
        TextRange nameRange = new TextRange(name.start(), prevEnd());
        List<DataType> params = List.of();
        if (peek().isOp("(")) {
            next();
            params = new ArrayList<>();
            if (!peek().isOp(")")) {
                do {
                    if (peek().isOp(")") && !params.isEmpty()) {
                        break; // Tuple(Int32, )
                    }
                    params.add(typeParameter());
                } while (acceptOp(","));
            }
            expectOp(")", "',' or ')' in the type's parameters");
            if (peek().is("UNSIGNED") || peek().is("SIGNED")) { // INT(11) UNSIGNED
                next();
            }
        }
        return new DataType(
                name.name(), nameRange, List.copyOf(params), new TextRange(name.start(), prevEnd()), false, null);
    }

    private DataType typeParameter() {
        Token t = peek();
        int start = t.start();
        if (t.is("SKIP")) { // JSON(SKIP a.b, SKIP REGEXP 're')
            next();
            if (peek().is("REGEXP")) {
                next();
                expectKind(Token.Kind.STRING, "regular expression string");
            } else {
                expectName("path to skip");
                while (peek().isOp(".") && peekAt(1).isName()) {
                    next();
                    next();
                }
            }
            TextRange r = new TextRange(start, prevEnd());
            return new DataType(r.of(text), r, List.of(), r, true, null);
        }
        if (t.isName() && peekAt(1).isOp(".") && peekAt(2).isName()) { // JSON typed path: a.b.c UInt32
            next();
            while (peek().isOp(".") && peekAt(1).isName()) {
                next();
                next();
            }
            DataType inner = dataType("the path's type");
            return new DataType(
                    inner.name(),
                    inner.nameRange(),
                    inner.params(),
                    new TextRange(start, inner.range().end()),
                    false,
                    new TextRange(start, inner.range().start()).of(text).strip());
        }
        if (t.isName()
                && peekAt(1).isName()
                && !peekAt(1).is("PRECISION")
                && !peekAt(1).is("VARYING")
                && !peekAt(1).is("UNSIGNED")
                && !peekAt(1).is("SIGNED")) { // named field of Tuple/Nested: name Type
            next();
            DataType inner = dataType("field type");
            return new DataType(
                    inner.name(),
                    inner.nameRange(),
                    inner.params(),
                    new TextRange(start, inner.range().end()),
                    false,
                    t.name());
        }
        if (t.isName() && peekAt(1).isOp("=")) { // JSON(max_dynamic_paths = 10)
            next();
            next();
            Expr value = expr();
            TextRange r = new TextRange(start, value.range().end());
            return new DataType(r.of(text), r, List.of(), r, true, null);
        }
        if (t.isName()
                && !peekAt(1).isOp(".")
                && !peekAt(1).isOp("->")
                && !peekAt(1).isOp("[")) {
            // also AggregateFunction(quantiles(0.5, 0.9), Float64): the function with parameters reads like a type
            return dataType("a type");
        }
        Expr value = expr(); // a literal: 'a' = 1 of an Enum, 3 of DateTime64(3), [1, 2] of sumMapFiltered([1, 2])
        if (peek().isOp("=")) {
            next();
            expr();
        }
        TextRange r = new TextRange(start, prevEnd());
        return new DataType(r.of(text), r, List.of(), r, true, null);
    }

    private Engine engine() {
        Token kw = next(); // ENGINE
        acceptOp("=");
        Token name = expectName("engine name (MergeTree, ReplacingMergeTree(version), ...)");
        List<Expr> args = new ArrayList<>();
        if (peek().isOp("(")) {
            next();
            if (!peek().isOp(")")) {
                do {
                    args.add(aliased());
                } while (acceptOp(","));
            }
            expectOp(")", "',' or ')' in the engine arguments");
        }
        return new Engine(
                name.name(),
                name.range(),
                List.copyOf(args),
                new TextRange(name.start(), prevEnd()),
                new TextRange(kw.start(), prevEnd()));
    }

    private void ttlList() {
        do {
            expr();
            if (peek().is("DELETE")) {
                next();
            } else if (peek().is("TO")) {
                next();
                if (!(peek().is("DISK") || peek().is("VOLUME"))) {
                    throw fail("DISK or VOLUME");
                }
                next();
                ifExists();
                expectKind(Token.Kind.STRING, "disk or volume name");
            } else if (peek().is("RECOMPRESS")) {
                next();
                expectWord("CODEC");
                expectOpenParen();
                expressionListUntil(")");
                expectOp(")", "')'");
            } else if (peek().is("GROUP")) {
                next();
                expectWord("BY");
                do {
                    expr();
                } while (peek().isOp(",") && !peekAt(1).is("SET") && acceptOp(","));
                if (peek().is("SET")) {
                    next();
                    do {
                        expectName("column name");
                        expectOp("=", "'='");
                        expr();
                    } while (peek().isOp(",") && peekAt(1).isName() && peekAt(2).isOp("=") && acceptOp(","));
                }
            }
            if (peek().is("WHERE")) {
                next();
                expr();
            }
        } while (peek().isOp(",") && !isAlterVerb(peekAt(1)) && acceptOp(","));
    }

    private static final Set<String> ALTER_VERBS = Set.of(
            "ADD",
            "DROP",
            "MODIFY",
            "RENAME",
            "COMMENT",
            "CLEAR",
            "MATERIALIZE",
            "UPDATE",
            "DELETE",
            "ATTACH",
            "DETACH",
            "REPLACE",
            "MOVE",
            "FETCH",
            "FREEZE",
            "UNFREEZE",
            "REMOVE",
            "RESET",
            "APPLY",
            "FORGET",
            "ALTER",
            "UNLOCK",
            "REWRITE");

    /** In ALTER TABLE, ',' also separates actions: a list inside an action stops before the next action's verb. */
    private boolean isAlterVerb(Token t) {
        return t.kind() == Token.Kind.WORD
                && ALTER_VERBS.contains(upper(t))
                && currentKind != null
                && currentKind.startsWith("ALTER");
    }

    /** {@code name = value, ...} (a value may be an expression, {@code DEFAULT}, or a nested {@code (k = v)} list). */
    private void settings() {
        do {
            expectName("setting name");
            if (peek().isOp("=")) {
                next();
                settingValue();
            }
        } while (peek().isOp(",") && !(isAlterVerb(peekAt(1)) && !peekAt(2).isOp("=")) && acceptOp(","));
    }

    private void settingValue() {
        if (peek().is("DEFAULT")
                && (peekAt(1).isOp(",") || atEndAt(1) || peekAt(1).isOp(")"))) {
            next();
            return;
        }
        expr();
    }

    private boolean atEndAt(int ahead) {
        Token t = peekAt(ahead);
        return t.kind() == Token.Kind.EOF || t.isOp(";");
    }

    private Statement createView(Token create, Token viewWord, boolean orReplace, boolean materialized, String what) {
        int ifAt = viewWord.end();
        if (orReplace && peek().is("IF") && peekAt(1).is("NOT")) {
            throw failAt(peekAt(1), "the view name (OR REPLACE and IF NOT EXISTS exclude each other)");
        }
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("view name");
        currentName = name;
        uuidAndCluster();
        QualifiedName to = null;
        Engine engine = null;
        while (!peek().is("AS") && !atStatementEnd()) {
            Token k = peek();
            if (k.is("REFRESH")) {
                next();
                refreshSchedule();
            } else if (k.is("TO") && (materialized || !what.equals("VIEW"))) {
                next();
                if (peek().is("INNER") && peekAt(1).is("UUID")) {
                    next();
                    next();
                    expectKind(Token.Kind.STRING, "UUID string");
                    continue;
                }
                to = qualifiedName("target table name");
                if (peek().isOp("(")) {
                    next();
                    viewColumns();
                    expectOp(")", "',' or ')' after a column definition");
                }
            } else if (k.isOp("(")) {
                next();
                viewColumns();
                expectOp(")", "',' or ')' after a column definition");
            } else if (k.is("INNER") && peekAt(1).is("ENGINE")) {
                next();
                engine = engine();
            } else if (k.is("ENGINE")) {
                engine = engine();
            } else if ((k.is("PARTITION") || k.is("ORDER") || k.is("SAMPLE"))
                    && peekAt(1).is("BY")) {
                next();
                next();
                keyExpr();
            } else if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                keyExpr();
            } else if (k.is("TTL")) {
                next();
                ttlList();
            } else if (k.is("SETTINGS")) {
                next();
                settings();
            } else if (k.is("POPULATE") || k.is("EMPTY")) {
                next();
            } else if (k.is("WITH")
                    && (peekAt(1).is("TIMEOUT")
                            || peekAt(1).is("REFRESH")
                            || peekAt(1).is("PERIODIC"))) {
                next();
                while (peek().is("TIMEOUT")
                        || peek().is("REFRESH")
                        || peek().is("PERIODIC")
                        || peek().is("AND")
                        || peek().kind() == Token.Kind.NUMBER) {
                    next();
                }
            } else if (k.is("WATERMARK") || k.is("ALLOWED_LATENESS")) {
                next();
                expectOp("=", "'='");
                expr();
            } else if (k.is("DEFINER")) {
                next();
                expectOp("=", "'='");
                userName();
            } else if (k.is("SQL") && peekAt(1).is("SECURITY")) {
                next();
                next();
                if (!(peek().is("DEFINER") || peek().is("INVOKER") || peek().is("NONE"))) {
                    throw fail("DEFINER, INVOKER or NONE");
                }
                next();
            } else if (k.is("COMMENT")) {
                next();
                acceptOp("=");
                if (!peek().is("AS")) { // ClickHouse takes (and drops) COMMENT without a string before AS
                    expectKind(Token.Kind.STRING, "comment string");
                }
            } else {
                throw failAt(
                        k,
                        materialized
                                ? (to == null ? "TO table, ENGINE, POPULATE or AS SELECT" : "AS SELECT")
                                : "AS SELECT");
            }
        }
        Select select = null;
        if (peek().is("AS")) {
            next();
            select = query(false, true);
        } else if (!(what.equals("WINDOW") || what.equals("LIVE"))) {
            throw fail("AS SELECT");
        }
        if (peek().is("COMMENT")) {
            next();
            expectKind(Token.Kind.STRING, "comment string");
        }
        if (select == null) {
            select = new Select(new TextRange(prevEnd(), prevEnd()), new SelectFacts(text, List.of(), false));
        }
        if (!what.equals("VIEW") && !what.equals("MATERIALIZED")) {
            return command(create, "CREATE " + what + " VIEW");
        }
        return new Statement.CreateView(
                new TextRange(create.start(), prevEnd()),
                new TextRange(create.start(), viewWord.end()),
                ifAt,
                ifNotExists,
                orReplace,
                materialized,
                name,
                to,
                engine,
                select);
    }

    /** Columns of a view: {@code (a, b)} or full definitions {@code (a UInt8 CODEC(...), INDEX ...)}. */
    private void viewColumns() {
        if (peek().isOp(")")) {
            return;
        }
        do {
            if (peek().isOp(")")) {
                return;
            }
            if (peek().isName() && (peekAt(1).isOp(",") || peekAt(1).isOp(")"))) {
                next();
            } else {
                List<Column> columns = new ArrayList<>();
                List<Index> indexes = new ArrayList<>();
                tableElement(columns, indexes);
            }
        } while (acceptOp(","));
    }

    /**
     * The schedule after {@code REFRESH} (in {@code CREATE MATERIALIZED VIEW} and {@code ALTER TABLE … MODIFY REFRESH}):
     * {@code EVERY|AFTER interval [OFFSET|RANDOMIZE FOR interval]… [DEPENDS ON t, …] [SETTINGS …] [APPEND]}.
     */
    private void refreshSchedule() {
        if (!(peek().is("EVERY") || peek().is("AFTER"))) {
            throw fail("EVERY or AFTER");
        }
        next();
        intervalAmount();
        while (peek().is("OFFSET") || peek().is("RANDOMIZE")) {
            if (next().is("RANDOMIZE")) {
                expectWord("FOR");
            }
            intervalAmount();
        }
        if (peek().is("DEPENDS")) {
            next();
            expectWord("ON");
            do {
                qualifiedName("table name");
            } while (acceptOp(","));
        }
        if (peek().is("SETTINGS")) {
            next();
            settings();
        }
        if (peek().is("APPEND")) {
            next();
        }
    }

    private void intervalAmount() {
        if (peek().is("INTERVAL")) {
            next();
        }
        expectKind(Token.Kind.NUMBER, "a number");
        Token unit = peek();
        if (unit.kind() != Token.Kind.WORD || !INTERVAL_UNITS.contains(upper(unit))) {
            throw failAt(unit, "an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR)");
        }
        next();
    }

    private Statement createDictionary(Token create) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("dictionary name");
        currentName = name;
        uuidAndCluster();
        List<Column> attributes = new ArrayList<>();
        if (atStatementEnd() && currentKind.startsWith("ATTACH")) {
            return new Statement.CreateDictionary(
                    new TextRange(create.start(), prevEnd()), ifNotExists, name, List.of());
        }
        if (peek().is("AS")) {
            next();
            qualifiedName("dictionary name");
        } else {
            expectOp("(", "'(' and attribute definitions");
            do {
                if (peek().isOp(")")) {
                    break;
                }
                attributes.add(column(true));
            } while (acceptOp(","));
            expectOp(")", "',' or ')' after an attribute definition");
        }
        while (!atStatementEnd()) {
            Token k = peek();
            if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                do {
                    expr();
                } while (acceptOp(","));
            } else if (k.is("SOURCE") || k.is("LAYOUT")) {
                next();
                expectOpenParen();
                expectName(
                        k.is("SOURCE") ? "source type (CLICKHOUSE, MYSQL, FILE, ...)" : "layout (FLAT, HASHED, ...)");
                if (peek().isOp("(")) {
                    next();
                    dictionaryArguments();
                    expectOp(")", "')'");
                }
                expectOp(")", "')'");
            } else if (k.is("LIFETIME") || k.is("RANGE")) {
                next();
                expectOpenParen();
                while (!peek().isOp(")")) {
                    if (peek().is("MIN") || peek().is("MAX")) {
                        next();
                    }
                    expr();
                }
                expectOp(")", "')'");
            } else if (k.is("SETTINGS")) {
                next();
                expectOpenParen();
                settings();
                expectOp(")", "')'");
            } else if (k.is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else {
                throw failAt(k, "PRIMARY KEY, SOURCE, LAYOUT, LIFETIME, RANGE, SETTINGS, COMMENT or ';'");
            }
        }
        return new Statement.CreateDictionary(
                new TextRange(create.start(), prevEnd()), ifNotExists, name, List.copyOf(attributes));
    }

    /** Key-value arguments of SOURCE(...)/LAYOUT(...): {@code host 'x' port 9000 query(...)}, commas optional. */
    private void dictionaryArguments() {
        while (!peek().isOp(")") && !atStatementEnd()) {
            expectName("parameter name");
            if (peek().isOp("(")) {
                next();
                dictionaryArguments();
                expectOp(")", "')'");
            } else if (!peek().isOp(")") && !peek().isOp(",")) {
                acceptOp("=");
                expr();
            }
            acceptOp(",");
        }
    }

    private Statement createDatabase(Token create) {
        boolean ifNotExists = ifNotExists();
        Token n = expectName("database name");
        QualifiedName name = new QualifiedName(null, n.name(), n.range());
        currentName = name;
        uuidAndCluster();
        Engine engine = null;
        while (!atStatementEnd()) {
            if (peek().is("ENGINE")) {
                engine = engine();
            } else if (peek().is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else if (peek().is("SETTINGS")) {
                next();
                settings();
            } else if ((peek().is("ORDER") || peek().is("PARTITION") || peek().is("SAMPLE"))
                            && peekAt(1).is("BY")
                    || peek().is("PRIMARY") && peekAt(1).is("KEY")) {
                next();
                next();
                keyExpr();
            } else if (peek().is("TABLE") && peekAt(1).is("OVERRIDE")) {
                next();
                next();
                qualifiedName("table name");
                expectOpenParen();
                List<Column> ignored = new ArrayList<>();
                tableElements(ignored, new ArrayList<>());
                expectOp(")", "')'");
            } else if (peek().is("FORMAT") || peek().is("INTO")) {
                break;
            } else {
                throw fail("ENGINE, COMMENT or ';'");
            }
        }
        return new Statement.CreateDatabase(new TextRange(create.start(), prevEnd()), ifNotExists, name, engine);
    }

    // ---------------------------------------------------------------- ALTER

    private Statement alter() {
        Token alter = next();
        if (peek().is("TEMPORARY") && peekAt(1).is("TABLE")) {
            next();
        }
        if (!peek().is("TABLE")) {
            Token what = peek();
            String w = upper(what);
            switch (w) {
                case "USER",
                        "ROLE",
                        "QUOTA",
                        "ROW",
                        "POLICY",
                        "SETTINGS",
                        "PROFILE",
                        "NAMED",
                        "MASKING",
                        "WORKLOAD",
                        "RESOURCE" -> {
                    return accessEntity(alter, "ALTER");
                }
                case "DATABASE" -> {
                    next();
                    currentKind = "ALTER DATABASE";
                    expectName("database name");
                    onCluster();
                    do {
                        if (peek().is("MODIFY") && peekAt(1).is("COMMENT")) {
                            next();
                            next();
                            expectKind(Token.Kind.STRING, "comment string");
                        } else if (peek().is("MODIFY") && peekAt(1).is("SETTING")) {
                            next();
                            next();
                            settings();
                        } else {
                            throw fail("MODIFY COMMENT or MODIFY SETTING");
                        }
                    } while (acceptOp(","));
                    return command(alter, currentKind);
                }
                case "VIEW", "DICTIONARY", "LIVE" -> {
                    // ALTER VIEW/LIVE VIEW: the ALTER TABLE grammar with another object word
                    next();
                    if (what.is("LIVE")) {
                        expectWord("VIEW");
                    }
                }
                default -> throw fail("TABLE");
            }
        } else {
            next();
        }
        currentKind = "ALTER TABLE";
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        List<AlterAction> actions = new ArrayList<>();
        do {
            if (peek().isOp("(")) { // ALTER TABLE t (ACTION), as ClickHouse formats it
                next();
                actions.add(alterAction());
                expectOp(")", "')' after the ALTER action");
            } else {
                actions.add(alterAction());
            }
        } while (acceptOp(","));
        return new Statement.AlterTable(new TextRange(alter.start(), prevEnd()), table, List.copyOf(actions));
    }

    private AlterAction alterAction() {
        Token verb = peek();
        int start = verb.start();
        String v = upper(verb);
        if (verb.kind() != Token.Kind.WORD) {
            throw failAt(
                    verb,
                    "an ALTER action (ADD, DROP, MODIFY, RENAME, COMMENT, CLEAR, MATERIALIZE, UPDATE, DELETE, ...)");
        }
        next();
        switch (v) {
            case "ADD" -> {
                Token what = peek();
                if (what.is("COLUMN")) {
                    next();
                    ifNotExists();
                    Column c = column(true);
                    List<Ast.Identifier> after = afterOrFirst();
                    return new AlterAction(
                            "ADD COLUMN",
                            new TextRange(start, prevEnd()),
                            c.name(),
                            c.nameRange(),
                            c,
                            false,
                            null,
                            null,
                            after);
                }
                if (what.is("INDEX")) {
                    next();
                    ifNotExists();
                    Index idx = indexBody(what);
                    afterOrFirst();
                    return new AlterAction(
                            "ADD INDEX", new TextRange(start, prevEnd()), idx.name(), idx.nameRange(), null);
                }
                if (what.is("PROJECTION")) {
                    next();
                    ifNotExists();
                    Token n = expectName("projection name");
                    if (peek().is("INDEX")) {
                        next();
                        expr();
                        expectWord("TYPE");
                        dataType("projection index type");
                    } else {
                        projectionBody();
                    }
                    afterOrFirst();
                    return new AlterAction(
                            "ADD PROJECTION", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                }
                if (what.is("CONSTRAINT")) {
                    next();
                    ifNotExists();
                    Token n = expectName("constraint name");
                    if (!(peek().is("CHECK") || peek().is("ASSUME"))) {
                        throw fail("CHECK or ASSUME");
                    }
                    next();
                    expr();
                    return new AlterAction(
                            "ADD CONSTRAINT", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                }
                if (what.is("STATISTICS")) {
                    next();
                    ifNotExists();
                    Token n = columnNameList();
                    expectWord("TYPE");
                    do {
                        dataType("statistics type");
                    } while (acceptOp(","));
                    return new AlterAction(
                            "ADD STATISTICS", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                }
                throw failAt(what, "COLUMN, INDEX, PROJECTION, CONSTRAINT or STATISTICS");
            }
            case "DROP", "CLEAR", "MATERIALIZE" -> {
                Token what = peek();
                if (what.is("COLUMN") || what.is("INDEX") || what.is("PROJECTION") || what.is("CONSTRAINT")) {
                    next();
                    boolean ifExists = ifExists();
                    Token n = columnOrObjectName(upper(what).toLowerCase(Locale.ROOT) + " name");
                    inPartition();
                    return new AlterAction(
                            v + " " + upper(what),
                            new TextRange(start, prevEnd()),
                            n.name(),
                            n.range(),
                            null,
                            ifExists,
                            null,
                            null,
                            List.of());
                }
                if (what.is("STATISTICS")) {
                    next();
                    ifExists();
                    Token n = v.equals("MATERIALIZE") && peek().is("ALL") ? next() : columnNameList();
                    inPartition();
                    return new AlterAction(
                            v + " STATISTICS", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                }
                if (what.is("PARTITION") || what.is("PART")) {
                    next();
                    partitionSpec(what);
                    return new AlterAction(v + " PARTITION", new TextRange(start, prevEnd()), null, null, null);
                }
                if (v.equals("DROP") && what.is("DETACHED")) {
                    next();
                    if (!(peek().is("PARTITION") || peek().is("PART"))) {
                        throw fail("PARTITION or PART");
                    }
                    partitionSpec(next());
                    return new AlterAction(
                            "DROP DETACHED PARTITION", new TextRange(start, prevEnd()), null, null, null);
                }
                if (v.equals("MATERIALIZE") && what.is("TTL")) {
                    next();
                    inPartition();
                    return new AlterAction("MATERIALIZE TTL", new TextRange(start, prevEnd()), null, null, null);
                }
                throw failAt(what, "COLUMN, INDEX, PROJECTION, CONSTRAINT or PARTITION");
            }
            case "MODIFY" -> {
                Token what = peek();
                String w = upper(what);
                switch (w) {
                    case "COLUMN" -> {
                        next();
                        boolean ifExists = ifExists();
                        Column c = modifiedColumn();
                        List<Ast.Identifier> after = afterOrFirst();
                        return new AlterAction(
                                "MODIFY COLUMN",
                                new TextRange(start, prevEnd()),
                                c.name(),
                                c.nameRange(),
                                c,
                                ifExists,
                                null,
                                null,
                                after);
                    }
                    case "ORDER", "SAMPLE" -> {
                        next();
                        expectWord("BY");
                        Expr key = keyExpr();
                        return new AlterAction(
                                "MODIFY " + w + " BY",
                                new TextRange(start, prevEnd()),
                                null,
                                null,
                                null,
                                false,
                                null,
                                key,
                                List.of());
                    }
                    case "PRIMARY" -> {
                        next();
                        expectWord("KEY");
                        keyExpr();
                        return new AlterAction("MODIFY PRIMARY KEY", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "TTL" -> {
                        next();
                        ttlList();
                        return new AlterAction("MODIFY TTL", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "SETTING" -> {
                        next();
                        settings();
                        return new AlterAction("MODIFY SETTING", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "COMMENT" -> {
                        next();
                        expectKind(Token.Kind.STRING, "comment string");
                        return new AlterAction("MODIFY COMMENT", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "QUERY" -> {
                        next();
                        query(false);
                        return new AlterAction("MODIFY QUERY", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "STATISTICS" -> {
                        next();
                        Token n = columnNameList();
                        expectWord("TYPE");
                        do {
                            dataType("statistics type");
                        } while (acceptOp(","));
                        return new AlterAction(
                                "MODIFY STATISTICS", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                    }
                    case "REFRESH" -> {
                        next();
                        refreshSchedule();
                        return new AlterAction("MODIFY REFRESH", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "DEFINER" -> {
                        next();
                        expectOp("=", "'='");
                        userName();
                        return new AlterAction("MODIFY DEFINER", new TextRange(start, prevEnd()), null, null, null);
                    }
                    case "SQL" -> {
                        next();
                        expectWord("SECURITY");
                        if (!(peek().is("DEFINER") || peek().is("INVOKER") || peek().is("NONE"))) {
                            throw fail("DEFINER, INVOKER or NONE");
                        }
                        next();
                        if (peek().is("DEFINER")) {
                            next();
                            expectOp("=", "'='");
                            userName();
                        }
                        return new AlterAction(
                                "MODIFY SQL SECURITY", new TextRange(start, prevEnd()), null, null, null);
                    }
                    default -> throw failAt(what, "COLUMN, ORDER BY, SAMPLE BY, TTL, SETTING, COMMENT or QUERY");
                }
            }
            case "ALTER" -> { // ALTER COLUMN c TYPE T (PostgreSQL style)
                expectWord("COLUMN");
                boolean ifExists = ifExists();
                Token n = expectName("column name");
                expectWord("TYPE");
                DataType t = dataType("column type");
                Column c = new Column(n.name(), n.range(), t, null, null, new TextRange(n.start(), prevEnd()));
                return new AlterAction(
                        "MODIFY COLUMN",
                        new TextRange(start, prevEnd()),
                        n.name(),
                        n.range(),
                        c,
                        ifExists,
                        null,
                        null,
                        List.of());
            }
            case "RENAME" -> {
                expectWord("COLUMN");
                boolean ifExists = ifExists();
                Token from = columnOrObjectName("column name");
                expectWord("TO");
                Token to = columnOrObjectName("new column name");
                return new AlterAction(
                        "RENAME COLUMN",
                        new TextRange(start, prevEnd()),
                        from.name(),
                        from.range(),
                        null,
                        ifExists,
                        to.name(),
                        null,
                        List.of());
            }
            case "COMMENT" -> {
                expectWord("COLUMN");
                boolean ifExists = ifExists();
                Token n = columnOrObjectName("column name");
                expectKind(Token.Kind.STRING, "comment string");
                return new AlterAction(
                        "COMMENT COLUMN",
                        new TextRange(start, prevEnd()),
                        n.name(),
                        n.range(),
                        null,
                        ifExists,
                        null,
                        null,
                        List.of());
            }
            case "UPDATE" -> {
                List<Ast.Identifier> assigned = new ArrayList<>();
                do {
                    Token column = columnOrObjectName("column name");
                    assigned.add(new Ast.Identifier(column.name(), column.range()));
                    expectOp("=", "'=' in UPDATE column = value");
                    expr();
                } while (peek().isOp(",")
                        && peekAt(1).isName()
                        && (peekAt(2).isOp("=") || peekAt(2).isOp("."))
                        && acceptOp(","));
                inPartition();
                expectWord("WHERE");
                expr();
                return new AlterAction(
                        "UPDATE",
                        new TextRange(start, prevEnd()),
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        List.copyOf(assigned));
            }
            case "DELETE" -> {
                inPartition();
                expectWord("WHERE");
                expr();
                return new AlterAction("DELETE", new TextRange(start, prevEnd()), null, null, null);
            }
            case "APPLY" -> {
                if (peek().is("DELETED")) {
                    next();
                    expectWord("MASK");
                } else {
                    expectWord("PATCHES");
                }
                inPartition();
                return new AlterAction("APPLY", new TextRange(start, prevEnd()), null, null, null);
            }
            case "FORGET" -> {
                expectWord("PARTITION");
                partitionSpec(tokens.get(pos - 1));
                return new AlterAction("FORGET PARTITION", new TextRange(start, prevEnd()), null, null, null);
            }
            case "REWRITE" -> {
                expectWord("PARTS");
                inPartition();
                return new AlterAction("REWRITE PARTS", new TextRange(start, prevEnd()), null, null, null);
            }
            case "UNLOCK" -> {
                expectWord("SNAPSHOT");
                expectKind(Token.Kind.STRING, "snapshot name");
                if (peek().is("FROM")) {
                    next();
                    expectKind(Token.Kind.STRING, "backup string");
                }
                return new AlterAction("UNLOCK SNAPSHOT", new TextRange(start, prevEnd()), null, null, null);
            }
            case "ATTACH", "DETACH", "REPLACE", "MOVE", "FETCH", "FREEZE", "UNFREEZE" -> {
                Token what = peek();
                if (what.is("PARTITION") || what.is("PART")) {
                    next();
                    partitionSpec(what);
                } else if (!(v.equals("FREEZE") || v.equals("UNFREEZE"))) {
                    throw failAt(what, "PARTITION or PART");
                }
                if (peek().is("FROM")) {
                    next();
                    if (peek().kind() == Token.Kind.STRING) {
                        next();
                    } else {
                        qualifiedName("table name");
                    }
                } else if (peek().is("TO")) {
                    next();
                    if (peek().is("TABLE")) {
                        next();
                        qualifiedName("table name");
                    } else if (peek().is("DISK") || peek().is("VOLUME") || peek().is("SHARD")) {
                        next();
                        expectKind(Token.Kind.STRING, "name string");
                    } else {
                        throw fail("TABLE, DISK or VOLUME");
                    }
                } else if (peek().is("WITH")) {
                    next();
                    expectWord("NAME");
                    Token nm = next();
                    if (!(nm.kind() == Token.Kind.STRING || nm.isName())) {
                        throw failAt(nm, "backup name");
                    }
                }
                return new AlterAction(v + " PARTITION", new TextRange(start, prevEnd()), null, null, null);
            }
            case "REMOVE" -> {
                if (peek().is("TTL")) {
                    next();
                } else if (peek().is("SAMPLE")) {
                    next();
                    expectWord("BY");
                } else {
                    throw fail("TTL or SAMPLE BY");
                }
                return new AlterAction("REMOVE", new TextRange(start, prevEnd()), null, null, null);
            }
            case "RESET" -> {
                expectWord("SETTING");
                do {
                    expectName("setting name");
                } while (peek().isOp(",") && !isAlterVerb(peekAt(1)) && acceptOp(","));
                return new AlterAction("RESET SETTING", new TextRange(start, prevEnd()), null, null, null);
            }
            default ->
                throw failAt(
                        verb,
                        "an ALTER action (ADD, DROP, MODIFY, RENAME, COMMENT, CLEAR, MATERIALIZE, UPDATE, DELETE, ...)");
        }
    }

    /** A column (possibly a dotted Nested subcolumn {@code n.a}) or index/projection name; returns a token spanning it. */
    private Token columnOrObjectName(String expected) {
        Token first = expectName(expected);
        Token last = first;
        String name = first.name();
        while (peek().isOp(".") && peekAt(1).isName()) {
            next();
            last = next();
            name = name + "." + last.name();
        }
        if (last == first) {
            return first;
        }
        return new Token(Token.Kind.WORD, first.start(), last.end(), name);
    }

    /** {@code a, b} column list of STATISTICS actions; returns the first name. */
    private Token columnNameList() {
        Token first = columnOrObjectName("column name");
        while (peek().isOp(",") && peekAt(1).isName() && !isAlterVerb(peekAt(1))) {
            next();
            columnOrObjectName("column name");
        }
        return first;
    }

    /** {@code MODIFY COLUMN name [type] [DEFAULT ...] ... | name REMOVE prop | name MODIFY SETTING ...}. */
    private Column modifiedColumn() {
        Token name = peek();
        if (peekAt(1).is("REMOVE")) {
            expectName("column name");
            next();
            expectName("property to remove");
            return new Column(name.name(), name.range(), null, null, null, new TextRange(name.start(), prevEnd()));
        }
        if (peekAt(1).is("MODIFY") || peekAt(1).is("RESET")) {
            expectName("column name");
            next();
            expectWord("SETTING");
            if (peek().isName() && peekAt(1).isOp("=")) {
                settings();
            } else {
                do {
                    expectName("setting name");
                } while (acceptOp(","));
            }
            return new Column(name.name(), name.range(), null, null, null, new TextRange(name.start(), prevEnd()));
        }
        return column(false);
    }

    /** {@code AFTER c | FIRST}: the column named after AFTER, if any. */
    private List<Ast.Identifier> afterOrFirst() {
        if (peek().is("AFTER")) {
            next();
            Token column = columnOrObjectName("column name after AFTER");
            return List.of(new Ast.Identifier(column.name(), column.range()));
        } else if (peek().is("FIRST")) {
            next();
        }
        return List.of();
    }

    private void inPartition() {
        if (peek().is("IN") && (peekAt(1).is("PARTITION") || peekAt(1).is("PART"))) {
            next();
            partitionSpec(next());
        }
    }

    private void partitionSpec(Token keyword) {
        if (keyword.is("PART")) {
            Token t = next();
            if (!(t.kind() == Token.Kind.STRING || t.isName())) {
                throw failAt(t, "part name string");
            }
            return;
        }
        if (peek().is("ID")) {
            next();
            expectKind(Token.Kind.STRING, "partition id string");
        } else if (peek().is("ALL")) {
            next();
        } else {
            expr();
        }
    }

    // ---------------------------------------------------------------- DROP, RENAME, INSERT, ... and commands

    private Statement drop() {
        Token drop = next();
        return dropBody(drop, "DROP");
    }

    private Statement detach() {
        Token detach = next();
        Token what = peek();
        return dropBody(detach, "DETACH");
    }

    private Statement dropBody(Token drop, String verb) {
        if (peek().is("TEMPORARY")) {
            next();
        }
        Token what = peek();
        String w = upper(what);
        if (verb.equals("DROP")
                && !(what.is("TABLE") || what.is("VIEW") || what.is("DICTIONARY") || what.is("DATABASE"))) {
            switch (w) {
                case "USER",
                        "ROLE",
                        "QUOTA",
                        "ROW",
                        "POLICY",
                        "SETTINGS",
                        "PROFILE",
                        "NAMED",
                        "MASKING",
                        "WORKLOAD",
                        "RESOURCE" -> {
                    return accessEntity(drop, "DROP");
                }
                case "FUNCTION" -> {
                    next();
                    currentKind = "DROP FUNCTION";
                    ifExists();
                    expectName("function name");
                    onCluster();
                    return command(drop, currentKind);
                }
                case "INDEX" -> {
                    next();
                    currentKind = "DROP INDEX";
                    ifExists();
                    expectName("index name");
                    expectWord("ON");
                    currentName = qualifiedName("table name");
                    onCluster();
                    return command(drop, currentKind);
                }
                case "TABLES", "DATABASES", "DICTIONARIES" -> throw failAt(what, "TABLE, VIEW, DICTIONARY or DATABASE");
                default -> throw failAt(what, "TABLE, VIEW, DICTIONARY, DATABASE, USER, ROLE, FUNCTION, INDEX, ...");
            }
        }
        if (!(what.is("TABLE") || what.is("VIEW") || what.is("DICTIONARY") || what.is("DATABASE"))) {
            throw failAt(what, "TABLE, VIEW, DICTIONARY or DATABASE");
        }
        next();
        currentKind = verb + " " + w;
        boolean ifExists = ifExists();
        if (peek().is("IF") && peekAt(1).is("EMPTY")) {
            next();
            next();
        }
        QualifiedName name =
                what.is("DATABASE") ? simpleName("database name") : qualifiedName(w.toLowerCase(Locale.ROOT) + " name");
        currentName = name;
        List<QualifiedName> more = new ArrayList<>();
        while (what.is("TABLE") && verb.equals("DROP") && acceptOp(",")) { // DROP TABLE a, b
            more.add(qualifiedName("table name"));
        }
        uuidAndCluster();
        dropTail();
        if (verb.equals("DETACH")) {
            return command(drop, currentKind);
        }
        return new Statement.Drop(new TextRange(drop.start(), prevEnd()), w, ifExists, name);
    }

    private void dropTail() {
        while (peek().is("SYNC")
                || peek().is("PERMANENTLY")
                || peek().is("NO") && peekAt(1).is("DELAY")) {
            if (next().is("NO")) {
                next();
            }
        }
    }

    private Statement undrop() {
        Token undrop = next();
        expectWord("TABLE");
        currentKind = "UNDROP TABLE";
        currentName = qualifiedName("table name");
        uuidAndCluster();
        return command(undrop, currentKind);
    }

    private Statement rename() {
        Token rename = next();
        Token what = peek();
        String w = "TABLE";
        if (what.is("TABLE") || what.is("DICTIONARY") || what.is("DATABASE")) {
            next();
            w = upper(what);
        } else if (!what.isName()) {
            throw failAt(what, "TABLE, DICTIONARY or DATABASE");
        }
        currentKind = "RENAME " + w;
        ifExists();
        List<QualifiedName[]> pairs = new ArrayList<>();
        do {
            QualifiedName from =
                    w.equals("DATABASE") ? simpleName("database to rename") : qualifiedName("name to rename");
            if (currentName == null) {
                currentName = from;
            }
            expectWord("TO");
            QualifiedName to = w.equals("DATABASE") ? simpleName("new database name") : qualifiedName("new name");
            pairs.add(new QualifiedName[] {from, to});
        } while (!w.equals("DATABASE") && acceptOp(",")); // a database is renamed alone
        uuidAndCluster();
        return new Statement.Rename(new TextRange(rename.start(), prevEnd()), w, List.copyOf(pairs));
    }

    private Statement exchange() {
        Token exchange = next();
        if (!(peek().is("TABLES") || peek().is("DICTIONARIES"))) {
            throw fail("TABLES or DICTIONARIES");
        }
        next();
        currentKind = "EXCHANGE TABLES";
        QualifiedName a = qualifiedName("table name");
        expectWord("AND");
        QualifiedName b = qualifiedName("table name");
        uuidAndCluster();
        return new Statement.Exchange(new TextRange(exchange.start(), prevEnd()), a, b);
    }

    private Statement truncate() {
        Token truncate = next();
        if (peek().is("ALL") && peekAt(1).is("TABLES") || peek().is("TABLES") || peek().is("DATABASE")) {
            // TRUNCATE [ALL] TABLES FROM db [LIKE 'p'], TRUNCATE DATABASE db
            if (peek().is("ALL")) {
                next();
            }
            Token what = next();
            currentKind = "TRUNCATE " + upper(what);
            if (what.is("TABLES")) {
                if (peek().is("FROM") || peek().is("IN")) {
                    next();
                }
            }
            ifExists();
            expectName("database name");
            if (peek().is("NOT")) {
                next();
            }
            if (peek().is("LIKE") || peek().is("ILIKE")) {
                next();
                expectKind(Token.Kind.STRING, "pattern string");
            }
            onCluster();
            return command(truncate, currentKind);
        }
        if (peek().is("TEMPORARY")) {
            next();
        }
        if (peek().is("TABLE")) {
            next();
        }
        currentKind = "TRUNCATE TABLE";
        boolean ifExists = ifExists();
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        return new Statement.Truncate(new TextRange(truncate.start(), prevEnd()), ifExists, table);
    }

    private Statement insert() {
        Token insert = next();
        expectWord("INTO");
        QualifiedName table;
        if (peek().is("FUNCTION") || peek().is("TABLE") && peekAt(1).is("FUNCTION")) {
            if (next().is("TABLE")) {
                next();
            }
            currentKind = "INSERT INTO FUNCTION";
            expectName("table function name");
            expectOpenParen();
            expressionListUntil(")");
            expectOp(")", "',' or ')' in the table function's arguments");
            table = null;
        } else {
            if (peek().is("TABLE")) {
                next();
            }
            table = qualifiedName("table name");
            currentName = table;
        }
        List<String> columns = new ArrayList<>();
        List<Ast.Identifier> columnRefs = new ArrayList<>();
        if (peek().isOp("(") && !peekAt(1).is("SELECT") && !peekAt(1).is("WITH")) {
            next();
            if (!peek().isOp(")")) {
                do {
                    if (peek().isOp(")")) {
                        break;
                    }
                    if (peek().isOp("*") || peek().is("COLUMNS")) { // (* EXCEPT (a)), (COLUMNS('re'))
                        expr();
                        columns.add("*");
                    } else {
                        Token column = columnOrObjectName("column name");
                        columns.add(column.name());
                        columnRefs.add(new Ast.Identifier(column.name(), column.range()));
                    }
                } while (acceptOp(","));
            }
            expectOp(")", "',' or ')' in the column list");
        } else if (peek().isOp("*") || peek().is("COLUMNS") && peekAt(1).isOp("(")) {
            expr();
        }
        if (peek().is("PARTITION") && peekAt(1).is("BY")) {
            next();
            next();
            expr();
        }
        if (peek().is("SETTINGS")) {
            next();
            settings();
        }
        Select select = null;
        if (peek().is("VALUES")) {
            next();
            if (!peek().isOp("(") && !atStatementEnd()) {
                throw fail("'(' and values");
            }
            while (peek().isOp("(")) { // VALUES (1, 'a'), (2, 'b') or VALUES (1)(2): data, read as expressions
                next();
                if (!peek().isOp(")")) {
                    do {
                        expr();
                    } while (acceptOp(","));
                }
                expectOp(")", "',' or ')' in VALUES");
                acceptOp(",");
            }
        } else if (peek().is("FORMAT")) {
            next();
            expectName("format name");
            while (!atStatementEnd()) { // inline data: not SQL
                next();
            }
        } else if (peek().is("FROM") && peekAt(1).is("INFILE")) {
            next();
            next();
            expectKind(Token.Kind.STRING, "file name string");
            if (peek().is("COMPRESSION")) {
                next();
                expectKind(Token.Kind.STRING, "compression string");
            }
            if (peek().is("SETTINGS")) {
                next();
                settings();
            }
            if (peek().is("FORMAT")) {
                next();
                expectName("format name");
            }
        } else if (peek().is("SELECT") || peek().is("WITH") || peek().isOp("(") || peek().is("FROM")) {
            select = query(false);
            outputTail();
        } else if (!atStatementEnd()) {
            throw fail("VALUES, SELECT or FORMAT");
        }
        if (table == null) {
            return command(insert, currentKind);
        }
        return new Statement.Insert(
                new TextRange(insert.start(), prevEnd()), table, List.copyOf(columns), select, List.copyOf(columnRefs));
    }

    private Statement optimize() {
        Token optimize = next();
        expectWord("TABLE");
        currentKind = "OPTIMIZE TABLE";
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        if (peek().is("PARTITION") || peek().is("PART")) {
            partitionSpec(next());
        }
        if (peek().is("FINAL")) {
            next();
        }
        if (peek().is("FORCE")) {
            next();
        }
        if (peek().is("DEDUPLICATE")) {
            next();
            if (peek().is("BY")) {
                next();
                do {
                    expr();
                } while (acceptOp(","));
            }
        }
        if (peek().is("CLEANUP")) {
            next();
        }
        return new Statement.Optimize(new TextRange(optimize.start(), prevEnd()), table);
    }

    private Statement deleteFrom() {
        Token delete = next();
        expectWord("FROM");
        currentKind = "DELETE";
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        onCluster();
        inPartition();
        expectWord("WHERE");
        expr();
        return new Statement.Delete(new TextRange(delete.start(), prevEnd()), table);
    }

    private Statement update() {
        Token update = next();
        currentKind = "UPDATE";
        currentName = qualifiedName("table name");
        onCluster();
        expectWord("SET");
        do {
            columnOrObjectName("column name");
            expectOp("=", "'='");
            expr();
        } while (acceptOp(","));
        inPartition();
        expectWord("WHERE");
        expr();
        return command(update, currentKind);
    }

    private Statement set() {
        Token set = next();
        currentKind = "SET";
        if (peek().is("ROLE") || peek().is("DEFAULT") && peekAt(1).is("ROLE")) {
            if (next().is("DEFAULT")) {
                next();
            }
            roleList();
            if (peek().is("TO")) {
                next();
                roleList();
            }
            return command(set, "SET ROLE");
        }
        if (peek().is("TRANSACTION")) {
            next();
            expectWord("SNAPSHOT");
            expectKind(Token.Kind.NUMBER, "snapshot number");
            return command(set, "SET TRANSACTION SNAPSHOT");
        }
        do {
            Token name = expectName("setting name");
            if (name.kind() == Token.Kind.QUOTED_NAME && name.text().startsWith("{")) {
                throw failAt(name, "setting name");
            }
            if (peek().isOp("=")) {
                next();
                settingValue();
            } else if (!(name.text().startsWith("param_") || peek().isOp(",") || atStatementEnd())) {
                throw fail("'=' after the setting name");
            }
        } while (acceptOp(","));
        return command(set, currentKind);
    }

    private Statement use() {
        Token use = next();
        currentKind = "USE";
        if (peek().is("DATABASE")) {
            next();
        }
        expectName("database name");
        return command(use, currentKind);
    }

    /** SYSTEM commands: the words after SYSTEM (STOP/START and DROP/CLEAR ... CACHE are handled apart) and their argument. */
    private static final java.util.Map<String, String> SYSTEM_COMMANDS = java.util.Map.ofEntries(
            java.util.Map.entry("SHUTDOWN", ""),
            java.util.Map.entry("KILL", ""),
            java.util.Map.entry("SUSPEND", "suspend"),
            java.util.Map.entry("RELOAD DICTIONARIES", ""),
            java.util.Map.entry("RELOAD DICTIONARY", "table"),
            java.util.Map.entry("RELOAD MODELS", ""),
            java.util.Map.entry("RELOAD MODEL", "table"),
            java.util.Map.entry("RELOAD FUNCTIONS", ""),
            java.util.Map.entry("RELOAD FUNCTION", "table"),
            java.util.Map.entry("RELOAD EMBEDDED DICTIONARIES", ""),
            java.util.Map.entry("RELOAD CONFIG", ""),
            java.util.Map.entry("RELOAD USERS", ""),
            java.util.Map.entry("RELOAD ASYNCHRONOUS METRICS", ""),
            java.util.Map.entry("FLUSH LOGS", "names"),
            java.util.Map.entry("FLUSH DISTRIBUTED", "table?"),
            java.util.Map.entry("FLUSH ASYNC INSERT QUEUE", "names"),
            java.util.Map.entry("FLUSH OBJECT STORAGE QUEUE", "names"),
            java.util.Map.entry("SYNC REPLICA", "sync"),
            java.util.Map.entry("SYNC DATABASE REPLICA", "table"),
            java.util.Map.entry("SYNC TRANSACTION LOG", ""),
            java.util.Map.entry("SYNC FILE CACHE", ""),
            java.util.Map.entry("SYNC FILESYSTEM CACHE", ""),
            java.util.Map.entry("RESTART REPLICA", "table"),
            java.util.Map.entry("RESTART REPLICAS", ""),
            java.util.Map.entry("RESTART DISK", "table"),
            java.util.Map.entry("RESTORE REPLICA", "table"),
            java.util.Map.entry("RESTORE DATABASE REPLICA", "table"),
            java.util.Map.entry("WAIT VIEW", "table"),
            java.util.Map.entry("WAIT LOADING PARTS", "table"),
            java.util.Map.entry("WAIT FAILPOINT", "failpoint"),
            java.util.Map.entry("ENABLE FAILPOINT", "failpoint"),
            java.util.Map.entry("DISABLE FAILPOINT", "table"),
            java.util.Map.entry("NOTIFY FAILPOINT", "table"),
            java.util.Map.entry("REFRESH VIEW", "table"),
            java.util.Map.entry("CANCEL VIEW", "table"),
            java.util.Map.entry("TEST VIEW", "testview"),
            java.util.Map.entry("PREWARM MARK CACHE", "table"),
            java.util.Map.entry("PREWARM PRIMARY INDEX CACHE", "table"),
            java.util.Map.entry("LOAD PRIMARY KEY", "table?"),
            java.util.Map.entry("UNLOAD PRIMARY KEY", "table?"),
            java.util.Map.entry("UNFREEZE", "unfreeze"),
            java.util.Map.entry("JEMALLOC PURGE", ""),
            java.util.Map.entry("JEMALLOC ENABLE PROFILE", ""),
            java.util.Map.entry("JEMALLOC DISABLE PROFILE", ""),
            java.util.Map.entry("JEMALLOC FLUSH PROFILE", ""),
            java.util.Map.entry("RECONNECT ZOOKEEPER", ""),
            java.util.Map.entry("DROP REPLICA", "dropreplica"),
            java.util.Map.entry("DROP DATABASE REPLICA", "dropreplica"),
            java.util.Map.entry("INSTRUMENT", "rest"),
            java.util.Map.entry("ALLOCATE", "rest"),
            java.util.Map.entry("FREE", "rest"));
    /** What SYSTEM STOP|START acts on; all take an optional table. */
    private static final Set<String> SYSTEM_STOP_START = Set.of(
            "MERGES",
            "TTL MERGES",
            "MOVES",
            "FETCHES",
            "REPLICATED SENDS",
            "REPLICATION QUEUES",
            "DISTRIBUTED SENDS",
            "PULLING REPLICATION LOG",
            "CLEANUP",
            "VIEWS",
            "VIEW",
            "REPLICATED VIEW",
            "THREAD FUZZER",
            "REDUCE BLOCKING PARTS",
            "VIRTUAL PARTS UPDATE",
            "LISTEN");

    /** {@code SYSTEM ...}: FLUSH LOGS, STOP MERGES t, SYNC REPLICA t, DROP|CLEAR ... CACHE, RELOAD ... and the rest. */
    private Statement system() {
        Token system = next();
        currentKind = "SYSTEM";
        Token first = peek();
        if (first.is("STOP") || first.is("START")) {
            next();
            // ClickHouse also takes SYSTEM STOP t (no action word): then only the table follows
            String what =
                    isSystemPhrase(SYSTEM_STOP_START) ? systemPhrase(SYSTEM_STOP_START, "MERGES, FETCHES, ...") : "";
            if (what.equals("LISTEN")) {
                onCluster();
                while (!atStatementEnd()
                        && (peek().isName() || peek().kind() == Token.Kind.STRING || peek().isOp(","))) {
                    next(); // QUERIES ALL | DEFAULT | CUSTOM 'x' | TCP ...
                }
            } else {
                systemTarget(true);
            }
            return command(system, currentKind);
        }
        if ((first.is("DROP") || first.is("CLEAR"))
                && !(peekAt(1).is("REPLICA")
                        || peekAt(1).is("DATABASE") && peekAt(2).is("REPLICA"))) {
            next();
            int words = 0;
            while (!(peek().is("CACHE") || peek().is("CACHES"))) {
                if (peek().kind() != Token.Kind.WORD || words++ > 5) {
                    throw fail("the cache to clear (MARK CACHE, QUERY CACHE, DNS CACHE, ...)");
                }
                next();
            }
            next();
            if (peek().is("TAG")) { // QUERY CACHE TAG 'x'
                next();
                expectKind(Token.Kind.STRING, "tag string");
            } else if (peek().is("FOR")) { // SCHEMA CACHE FOR S3
                next();
                anyName("storage name");
            } else if (peek().kind() == Token.Kind.STRING) { // FILESYSTEM CACHE 'name' [KEY k [OFFSET n]]
                next();
                if (peek().is("KEY")) {
                    next();
                    next();
                    if (peek().is("OFFSET")) {
                        next();
                        expectKind(Token.Kind.NUMBER, "offset");
                    }
                }
            }
            onCluster();
            return command(system, currentKind);
        }
        String phrase = systemPhrase(
                SYSTEM_COMMANDS.keySet(), "a SYSTEM command (FLUSH LOGS, STOP MERGES, SYNC REPLICA, RELOAD ...)");
        String arg = SYSTEM_COMMANDS.get(phrase);
        switch (arg) {
            case "" -> onCluster();
            case "table" -> systemTarget(false);
            case "table?" -> systemTarget(true);
            case "names" -> {
                onCluster();
                if (!atStatementEnd() && peek().isName() && !peek().is("SETTINGS") && !peek().is("FORMAT")) {
                    do {
                        columnOrObjectName("name");
                    } while (acceptOp(","));
                }
            }
            case "sync" -> {
                systemTarget(false);
                if (peek().is("STRICT") || peek().is("PULL")) {
                    next();
                } else if (peek().is("LIGHTWEIGHT")) {
                    next();
                    if (peek().is("FROM")) {
                        next();
                        do {
                            expectKind(Token.Kind.STRING, "replica name");
                        } while (acceptOp(","));
                    }
                }
            }
            case "suspend" -> {
                expectWord("FOR");
                expectKind(Token.Kind.NUMBER, "a number");
                anyName("SECOND");
            }
            case "failpoint" -> {
                anyName("failpoint name");
                if (peek().is("PAUSE") || peek().is("RESUME")) {
                    next();
                }
                onCluster();
            }
            case "testview" -> {
                systemTarget(false);
                if (peek().is("SET")) {
                    next();
                    expectWord("FAKE");
                    expectWord("TIME");
                    expectKind(Token.Kind.STRING, "time string");
                } else if (peek().is("UNSET")) {
                    next();
                    expectWord("FAKE");
                    expectWord("TIME");
                }
            }
            case "unfreeze" -> {
                expectWord("WITH");
                expectWord("NAME");
                expectKind(Token.Kind.STRING, "backup name");
            }
            case "dropreplica" -> {
                expectKind(Token.Kind.STRING, "replica name");
                while (peek().is("FROM")) {
                    next();
                    if (peek().is("TABLE")) {
                        next();
                        qualifiedName("table name");
                    } else if (peek().is("DATABASE")) {
                        next();
                        anyName("database name");
                    } else if (peek().is("ZKPATH") || peek().is("SHARD")) {
                        next();
                        expectKind(Token.Kind.STRING, "path string");
                    } else {
                        throw fail("TABLE, DATABASE, SHARD or ZKPATH");
                    }
                }
                onCluster();
            }
            default -> { // rest: loosely
                while (!atStatementEnd() && !peek().is("FORMAT") && !peek().is("SETTINGS")) {
                    Token t = peek();
                    if (!(t.isName()
                            || t.kind() == Token.Kind.STRING
                            || t.kind() == Token.Kind.NUMBER
                            || t.isOp(",")
                            || t.isOp("."))) {
                        throw failAt(t, "the rest of the SYSTEM command");
                    }
                    next();
                }
            }
        }
        return command(system, currentKind);
    }

    private boolean isSystemPhrase(Set<String> phrases) {
        int save = pos;
        try {
            systemPhrase(phrases, "");
            return true;
        } catch (Failure f) {
            return false;
        } finally {
            pos = save;
        }
    }

    /** The longest phrase of {@code phrases} (words in upper case, space-separated) at the current position, consumed. */
    private String systemPhrase(Set<String> phrases, String expected) {
        StringBuilder sb = new StringBuilder();
        String best = null;
        int bestPos = pos;
        int i = pos;
        for (int k = 0; k < 5; k++) {
            Token t = tokens.get(Math.min(i, tokens.size() - 1));
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(upper(t));
            i++;
            if (phrases.contains(sb.toString())) {
                best = sb.toString();
                bestPos = i;
            }
        }
        if (best == null) {
            throw fail(expected);
        }
        pos = bestPos;
        return best;
    }

    /** {@code [ON CLUSTER c] [db.]table [ON CLUSTER c]}, or {@code ON VOLUME p.v}; optional when {@code optional}. */
    private void systemTarget(boolean optional) {
        onCluster();
        if (peek().is("ON") && peekAt(1).is("VOLUME")) {
            next();
            next();
            columnOrObjectName("volume");
            return;
        }
        if (optional && (atStatementEnd() || !peek().isName() || peek().is("SETTINGS") || peek().is("FORMAT"))) {
            return;
        }
        expectName("table name");
        if (peek().isOp(".")) { // db.table, and ClickHouse also takes "db."
            next();
            if (peek().isName()) {
                next();
            }
        }
        onCluster();
    }

    /** {@code GRANT|REVOKE [ON CLUSTER c] privileges ON db.table TO|FROM users [WITH ... OPTION]}, or role grants. */
    private Statement grant() {
        Token grant = next();
        String verb = upper(grant);
        currentKind = verb;
        onCluster();
        if (verb.equals("REVOKE")
                && (peek().is("GRANT") || peek().is("ADMIN"))
                && peekAt(1).is("OPTION")) {
            next();
            next();
            expectWord("FOR");
        }
        boolean privileges = false;
        do {
            if (peek().is("CURRENT") && peekAt(1).is("GRANTS")) {
                next();
                next();
                if (peek().isOp("(")) {
                    next();
                    privilegeList();
                    expectOp(")", "')'");
                }
                privileges = true;
                continue;
            }
            privilegeItem();
            if (peek().is("ON")) { // SELECT(a) ON db.t, INSERT ON db2.* TO u
                privileges = true;
                next();
                grantTarget();
            }
        } while (acceptOp(","));
        if (privileges || peek().is("TO") || peek().is("FROM")) {
            if (verb.equals("GRANT")) {
                expectWord("TO");
            } else {
                if (!peek().is("FROM")) {
                    throw fail("FROM");
                }
                next();
            }
            roleList();
        }
        while (peek().is("WITH") || peek().is("EXCEPT")) {
            if (next().is("WITH")) {
                if (peek().is("REPLACE")) {
                    next();
                }
                if (peek().is("GRANT") || peek().is("ADMIN")) {
                    next();
                }
                expectWord("OPTION");
            } else {
                roleList();
            }
        }
        return command(grant, verb);
    }

    private void privilegeList() {
        do {
            privilegeItem();
        } while (acceptOp(","));
        if (peek().is("ON")) {
            next();
            grantTarget();
        }
    }

    /** One privilege (words, e.g. {@code ALTER UPDATE}, optionally with columns) or a role name. */
    private void privilegeItem() {
        columnPrivilege = false;
        Token t = peek();
        if (!(t.isName() || t.kind() == Token.Kind.STRING)) {
            throw failAt(t, "a privilege or role name");
        }
        next();
        while (peek().kind() == Token.Kind.WORD
                && !peek().is("ON")
                && !peek().is("TO")
                && !peek().is("FROM")
                && !peek().is("WITH")
                && !peek().is("EXCEPT")) {
            next();
        }
        if (peek().isOp("(")) {
            next();
            do {
                expectName("column name");
            } while (acceptOp(","));
            expectOp(")", "',' or ')'");
            columnPrivilege = true;
        }
    }

    /** {@code *.*}, {@code db.*}, {@code db.table}, {@code table}, {@code *}, {@code db.prefix*}, or a word like {@code NAMED COLLECTION x}. */
    private void grantTarget() {
        while (peek().is("NAMED")
                || peek().is("COLLECTION")
                || peek().is("SOURCE")
                || peek().is("USER")
                || peek().is("TABLE")
                || peek().is("DATABASE")
                || peek().is("DICTIONARY")
                || peek().is("FUNCTION")
                || peek().is("CLUSTER")) {
            if (peekAt(1).is("TO")
                    || peekAt(1).is("FROM")
                    || peekAt(1).isOp(".")
                    || peekAt(1).isOp(",")
                    || atEndAt(1)) {
                break;
            }
            next();
        }
        targetPart();
        if (peek().isOp(".")) {
            next();
            targetPart();
        }
    }

    private void targetPart() {
        Token t = peek();
        if (t.isOp("*")) {
            if (columnPrivilege) {
                throw failAt(t, "a table (a privilege on columns needs one)");
            }
            next();
            return;
        }
        if (!(t.isName() || t.kind() == Token.Kind.STRING)) {
            throw failAt(t, "a database, table or '*'");
        }
        next();
        if (peek().isOp("*")) { // prefix*
            next();
        }
    }

    /** Users or roles: {@code name[@'host']}, {@code CURRENT_USER}, {@code ALL}, {@code ALL EXCEPT a}, {@code NONE}. */
    private void roleList() {
        do {
            userName();
            if (peek().is("EXCEPT")) {
                next();
                roleList();
                return;
            }
        } while (acceptOp(","));
    }

    private void userName() {
        Token t = peek();
        if (!(t.isName() || t.kind() == Token.Kind.STRING)) {
            throw failAt(t, "a user or role name");
        }
        next();
        if (peek().isOp("@")) {
            next();
            Token host = next();
            if (!(host.isName() || host.kind() == Token.Kind.STRING)) {
                throw failAt(host, "host");
            }
        }
        if (peek().isOp("(") && peek().start() == t.end()) { // CURRENT_USER()
            next();
            expectOp(")", "')'");
        }
    }

    /**
     * CREATE/ALTER/DROP of USER, ROLE, QUOTA, ROW POLICY, SETTINGS PROFILE, NAMED COLLECTION, WORKLOAD, RESOURCE: the
     * object words and names are checked, then the clauses as a sequence of words, literals, names, {@code =}, lists and
     * parenthesised expressions (their grammar is large and has no effect on the schema).
     */
    private Statement accessEntity(Token verbToken, String verb) {
        Token what = next();
        String w = upper(what);
        if (what.is("ROW") || what.is("MASKING")) {
            expectWord("POLICY");
            w = w + " POLICY";
        } else if (what.is("SETTINGS") && peek().is("PROFILE") || what.is("NAMED") && peek().is("COLLECTION")) {
            w = w + " " + upper(next());
        } else if (what.is("NAMED")) {
            throw fail("COLLECTION");
        } else if (what.is("SETTINGS")) {
            throw fail("PROFILE");
        }
        currentKind = verb + " " + w;
        if (verb.equals("CREATE") || verb.equals("ALTER")) {
            if (peek().is("IF")) {
                next();
                if (verb.equals("CREATE")) {
                    expectWord("NOT");
                }
                expectWord("EXISTS");
            }
        } else {
            ifExists();
        }
        if (verb.equals("CREATE") && peek().is("OR")) {
            next();
            expectWord("REPLACE");
        }
        do {
            userName();
        } while (acceptOp(","));
        if (w.equals("NAMED COLLECTION")
                || w.equals("WORKLOAD")
                || w.equals("RESOURCE")
                || w.equals("MASKING POLICY")) {
            looseClauses();
        } else {
            accessClauses(w);
        }
        return command(verbToken, currentKind);
    }

    /**
     * {@code SHOW CREATE ...}, {@code SHOW TABLES FROM db LIKE 'p'}, {@code SHOW GRANTS FOR u}, {@code SHOW SETTINGS ILIKE
     * 'p'} ...: words, names, strings and {@code LIKE}/{@code WHERE}/{@code LIMIT} clauses, checked loosely.
     */
    /**
     * The clauses of CREATE/ALTER/DROP USER, ROLE, QUOTA, ROW POLICY and SETTINGS PROFILE, in any order: IDENTIFIED ...,
     * HOST ..., VALID UNTIL, IN storage, DEFAULT ROLE|DATABASE, GRANTEES, SETTINGS ..., RENAME TO, KEYED BY, FOR INTERVAL
     * ... MAX|NO LIMITS|TRACKING ONLY, FOR SELECT, USING, WITH CHECK, AS PERMISSIVE|RESTRICTIVE, TO roles, FROM storage.
     */
    private void accessClauses(String what) {
        while (!atStatementEnd() && !peek().is("FORMAT")) {
            Token t = peek();
            String u = t.kind() == Token.Kind.WORD ? upper(t) : "";
            switch (u) {
                case "ON" -> {
                    if (peekAt(1).is("CLUSTER")) {
                        onCluster();
                    } else {
                        next();
                        do {
                            targetPart();
                            if (peek().isOp(".")) {
                                next();
                                targetPart();
                            }
                        } while (acceptOp(","));
                    }
                }
                case "NOT" -> {
                    next();
                    if (peek().is("KEYED")) {
                        next();
                    } else {
                        expectWord("IDENTIFIED");
                    }
                }
                case "IDENTIFIED" -> {
                    next();
                    identification();
                }
                case "ADD", "DROP", "MODIFY", "RESET" -> {
                    next();
                    if (peek().is("IDENTIFIED")) {
                        next();
                        identification();
                    } else if (peek().is("HOST")) {
                        next();
                        hosts();
                    } else if (peek().is("AUTHENTICATION")) {
                        next();
                        expectWord("METHODS");
                        expectWord("TO");
                        expectWord("NEW");
                    } else if (peek().is("ALL")) {
                        next();
                        if (!(peek().is("SETTINGS") || peek().is("PROFILES"))) {
                            throw fail("SETTINGS or PROFILES");
                        }
                        next();
                    } else if (peek().is("SETTINGS") || peek().is("SETTING")) {
                        next();
                        profileElements(u.equals("DROP"));
                    } else if (peek().is("PROFILES") || peek().is("PROFILE")) {
                        next();
                        do {
                            Token p = next();
                            if (!(p.kind() == Token.Kind.STRING || p.isName())) {
                                throw failAt(p, "profile name");
                            }
                        } while (acceptOp(","));
                    } else {
                        throw fail("IDENTIFIED, HOST, SETTINGS or PROFILES");
                    }
                }
                case "HOST" -> {
                    next();
                    hosts();
                }
                case "VALID" -> {
                    next();
                    expectWord("UNTIL");
                    expectKind(Token.Kind.STRING, "date-time string");
                }
                case "IN" -> {
                    next();
                    anyName("access storage name");
                }
                case "FROM" -> {
                    next();
                    anyName("access storage name");
                }
                case "DEFAULT" -> {
                    next();
                    if (peek().is("DATABASE")) {
                        next();
                        anyName("database name");
                    } else {
                        expectWord("ROLE");
                        roleList();
                    }
                }
                case "GRANTEES", "TO" -> {
                    next();
                    roleList();
                }
                case "SETTINGS", "SETTING" -> {
                    next();
                    profileElements(false);
                }
                case "PROFILE", "PROFILES", "INHERIT" -> {
                    next();
                    Token p = next();
                    if (!(p.kind() == Token.Kind.STRING || p.isName())) {
                        throw failAt(p, "profile name");
                    }
                }
                case "RENAME" -> {
                    next();
                    expectWord("TO");
                    userName();
                }
                case "KEYED", "KEY" -> {
                    next();
                    expectWord("BY");
                    do {
                        Token k = next();
                        if (!(k.isName() || k.kind() == Token.Kind.STRING)) {
                            throw failAt(k, "quota key (user_name, ip_address, client_key)");
                        }
                    } while (acceptOp(","));
                }
                case "FOR" -> {
                    if (what.equals("QUOTA")) {
                        quotaIntervals();
                    } else { // row policy: FOR SELECT
                        next();
                        anyName("SELECT");
                    }
                }
                case "USING" -> {
                    next();
                    expr();
                }
                case "WITH" -> {
                    next();
                    expectWord("CHECK");
                    expr();
                }
                case "AS" -> {
                    next();
                    if (!(peek().is("PERMISSIVE") || peek().is("RESTRICTIVE"))) {
                        throw fail("PERMISSIVE or RESTRICTIVE");
                    }
                    next();
                }
                default -> throw failAt(t, "a clause of " + currentKind + " (IDENTIFIED, HOST, SETTINGS, TO, ...)");
            }
        }
    }

    /** After IDENTIFIED: {@code [WITH method] [BY 'x']}, {@code WITH ldap SERVER 'x'}, ..., several joined by commas. */
    private void identification() {
        do {
            if (peek().is("WITH")) {
                next();
                anyName("authentication method");
            } else if (peek().kind() == Token.Kind.WORD
                    && !isAuthenticationPart(peek())
                    && isAuthenticationPart(peekAt(1))) {
                next(); // , kerberos REALM 'x'
            }
            while (isAuthenticationPart(peek())) {
                Token k = next();
                if (k.is("VALID")) {
                    expectWord("UNTIL");
                } else if (k.is("BY") && peek().is("KEY")) {
                    next();
                }
                stringOrParameter("string");
            }
        } while (peek().isOp(",")
                && (peekAt(1).is("WITH")
                        || isAuthenticationPart(peekAt(1))
                        || peekAt(1).kind() == Token.Kind.WORD && isAuthenticationPart(peekAt(2)))
                && acceptOp(","));
    }

    private static boolean isAuthenticationPart(Token t) {
        return t.is("BY")
                || t.is("SERVER")
                || t.is("REALM")
                || t.is("CN")
                || t.is("SAN")
                || t.is("KEY")
                || t.is("TYPE")
                || t.is("SCHEME")
                || t.is("VALID");
    }

    private void stringOrParameter(String expected) {
        Token t = peek();
        if (!(t.kind() == Token.Kind.STRING
                || t.kind() == Token.Kind.QUOTED_NAME && t.text().startsWith("{"))) {
            throw failAt(t, expected);
        }
        next();
    }

    private void hosts() {
        do {
            Token h = next();
            if (h.is("NAME") || h.is("REGEXP") || h.is("IP") || h.is("LIKE")) {
                expectKind(Token.Kind.STRING, "host string");
                while (peek().isOp(",") && peekAt(1).kind() == Token.Kind.STRING) {
                    next();
                    next();
                }
            } else if (!(h.is("LOCAL") || h.is("ANY") || h.is("NONE"))) {
                throw failAt(h, "LOCAL, ANY, NONE, NAME, REGEXP, IP or LIKE");
            }
        } while (acceptOp(","));
    }

    /** {@code name [= v] [MIN [=] v] [MAX [=] v] [CONST|READONLY|WRITABLE|CHANGEABLE_IN_READONLY]} or {@code PROFILE 'p'}, .... */
    private void profileElements(boolean namesOnly) {
        if (peek().is("NONE")) {
            next();
            return;
        }
        do {
            if (peek().is("PROFILE") || peek().is("INHERIT")) {
                next();
                Token p = next();
                if (!(p.kind() == Token.Kind.STRING || p.isName())) {
                    throw failAt(p, "profile name");
                }
                continue;
            }
            columnOrObjectName("setting name");
            if (namesOnly) {
                continue;
            }
            if (acceptOp("=")) {
                settingValue();
            }
            while (peek().is("MIN") || peek().is("MAX")) {
                next();
                acceptOp("=");
                settingValue();
            }
            if (peek().is("CONST")
                    || peek().is("READONLY")
                    || peek().is("WRITABLE")
                    || peek().is("CHANGEABLE_IN_READONLY")) {
                next();
            }
        } while (acceptOp(","));
    }

    /**
     * {@code FOR [RANDOMIZED] [INTERVAL] n unit {MAX errors = 5, ... | errors MAX 5, ... | NO LIMITS | TRACKING ONLY}},
     * several joined by commas.
     */
    private void quotaIntervals() {
        do {
            expectWord("FOR");
            if (peek().is("RANDOMIZED")) {
                next();
            }
            if (peek().is("INTERVAL")) {
                next();
            }
            expectKind(Token.Kind.NUMBER, "a number");
            Token unit = next();
            if (unit.kind() != Token.Kind.WORD || !INTERVAL_UNITS.contains(upper(unit))) {
                throw failAt(unit, "an interval unit");
            }
            if (peek().is("NO")) {
                next();
                expectWord("LIMITS");
            } else if (peek().is("TRACKING")) {
                next();
                expectWord("ONLY");
            } else {
                boolean maxFirst = false; // MAX errors = 1, queries = 2: MAX once, before the list
                do {
                    boolean max = peek().is("MAX") || maxFirst;
                    if (peek().is("MAX")) {
                        next();
                        maxFirst = true;
                    }
                    int words = 0;
                    while (peek().kind() == Token.Kind.WORD && !peek().is("MAX")) {
                        next(); // the resource: errors, queries, RESULT ROWS ...
                        words++;
                    }
                    if (words == 0) {
                        throw fail("a quota resource (queries, errors, read_rows, ...)");
                    }
                    if (!max) {
                        expectWord("MAX");
                    }
                    acceptOp("=");
                    expr();
                } while (peek().isOp(",") && !peekAt(1).is("FOR") && !peekAt(1).is("TO") && acceptOp(","));
            }
        } while (peek().isOp(",") && peekAt(1).is("FOR") && acceptOp(","));
    }

    /** Words, names, literals, {@code =} with a value, lists and balanced parentheses (NAMED COLLECTION, WORKLOAD ...). */
    private void looseClauses() {
        int level = 0;
        while (!atStatementEnd() || level > 0) {
            Token t = peek();
            if (t.kind() == Token.Kind.ERROR || t.kind() == Token.Kind.EOF) {
                throw failAt(t, level > 0 ? "')'" : "the rest of the statement");
            }
            if (t.isOp("(")) {
                level++;
                next();
            } else if (t.isOp(")")) {
                if (level == 0) {
                    throw failAt(t, "the end of the statement");
                }
                level--;
                next();
            } else if (t.isOp("=")) {
                next();
                expr();
            } else if (t.isName()
                    || t.kind() == Token.Kind.STRING
                    || t.kind() == Token.Kind.NUMBER
                    || t.isOp(",")
                    || t.isOp(".")
                    || t.isOp("-")) {
                next();
            } else {
                throw failAt(t, "the rest of the statement");
            }
        }
    }

    private Statement show() {
        Token show = next();
        currentKind = peek().is("CREATE") ? "SHOW CREATE" : "SHOW";
        if (peek().kind() != Token.Kind.WORD) {
            throw fail("what to show (TABLES, DATABASES, CREATE TABLE ...)");
        }
        while (!atStatementEnd()
                && !peek().is("FORMAT")
                && !(peek().is("INTO") && peekAt(1).is("OUTFILE"))
                && !(peek().is("SETTINGS") && peekAt(1).isName() && peekAt(2).isOp("="))) {
            Token t = peek();
            if (t.is("SHOW") || t.is("SELECT")) {
                throw failAt(t, "';' before the next statement");
            }
            if (t.is("LIKE")
                    || t.is("ILIKE")
                    || t.is("NOT") && (peekAt(1).is("LIKE") || peekAt(1).is("ILIKE"))) {
                if (next().is("NOT")) {
                    next();
                }
                expectKind(Token.Kind.STRING, "pattern string");
            } else if (t.is("LIMIT") || t.is("WHERE")) {
                next();
                expr();
            } else if (t.isName()
                    || t.kind() == Token.Kind.STRING
                    || t.isOp(".")
                    || t.isOp(",")
                    || t.isOp("*")
                    || t.isOp("@")
                    || t.kind() == Token.Kind.NUMBER) {
                next();
            } else {
                throw failAt(t, "the rest of the SHOW statement");
            }
        }
        return command(show, currentKind);
    }

    private Statement describe() {
        Token describe = next();
        currentKind = "DESCRIBE";
        if (peek().is("TABLE")) {
            next();
        }
        if (peek().isOp("(")
                && (peekAt(1).is("SELECT") || peekAt(1).is("WITH") || peekAt(1).is("FROM"))) {
            next();
            selectUnion();
            expectOp(")", "')'");
        } else if (peek().isOp("(")) { // desc (CSV, 'data'): the arguments of format()
            next();
            expressionListUntil(")");
            expectOp(")", "',' or ')'");
        } else if (peek().is("SELECT") || peek().is("WITH")) {
            selectUnion();
        } else {
            tableExpr(); // a table, table function or subquery, as after FROM
        }
        return command(describe, currentKind);
    }

    private Statement explain() {
        Token explain = next();
        currentKind = "EXPLAIN";
        if (peek().is("AST")
                || peek().is("SYNTAX")
                || peek().is("QUERY")
                || peek().is("PLAN")
                || peek().is("PIPELINE")
                || peek().is("ESTIMATE")
                || peek().is("TABLE")
                || peek().is("CURRENT")) {
            if (next().is("QUERY")
                    || tokens.get(pos - 1).is("TABLE")
                    || tokens.get(pos - 1).is("CURRENT")) {
                if (peek().is("TREE") || peek().is("OVERRIDE") || peek().is("TRANSACTION")) {
                    next();
                }
            }
        }
        while (peek().isName() && peekAt(1).isOp("=")) { // EXPLAIN PLAN header = 1, actions = 1 SELECT ...
            next();
            next();
            expr();
            acceptOp(",");
        }
        if (atStatementEnd()) {
            return command(explain, currentKind); // EXPLAIN CURRENT TRANSACTION
        }
        String kind = currentKind;
        statement();
        currentKind = kind;
        return command(explain, kind);
    }

    private Statement check() {
        Token check = next();
        currentKind = "CHECK TABLE";
        if (peek().is("GRANT")) {
            next();
            privilegeList();
            return command(check, "CHECK GRANT");
        }
        if (peek().is("ALL") && peekAt(1).is("TABLES")) {
            next();
            next();
            return command(check, "CHECK ALL TABLES");
        }
        expectWord("TABLE");
        currentName = qualifiedName("table name");
        if (peek().is("PARTITION") || peek().is("PART")) {
            partitionSpec(next());
        }
        return command(check, currentKind);
    }

    private Statement kill() {
        Token kill = next();
        if (!(peek().is("QUERY")
                || peek().is("MUTATION")
                || peek().is("PART_MOVE_TO_SHARD")
                || peek().is("TRANSACTION"))) {
            throw fail("QUERY, MUTATION or TRANSACTION");
        }
        currentKind = "KILL " + upper(next());
        onCluster();
        expectWord("WHERE");
        expr();
        if (peek().is("SYNC") || peek().is("ASYNC") || peek().is("TEST")) {
            next();
        }
        return command(kill, currentKind);
    }

    private Statement exists() {
        Token exists = next();
        currentKind = "EXISTS";
        if (peek().isOp("(") || peek().is("SELECT")) {
            expr();
            return command(exists, currentKind);
        }
        if (peek().is("TEMPORARY")) {
            next();
        }
        if (peek().is("TABLE") || peek().is("DICTIONARY") || peek().is("DATABASE") || peek().is("VIEW")) {
            next();
        }
        qualifiedName("table name");
        return command(exists, currentKind);
    }

    private Statement transaction() {
        Token t = next();
        if (t.is("BEGIN")) {
            expectWord("TRANSACTION");
        }
        return command(t, upper(t));
    }

    /** {@code BACKUP|RESTORE what TO|FROM Disk('d', 'f') [SETTINGS ...]}: items checked loosely. */
    private Statement backup() {
        Token backup = next();
        currentKind = upper(backup);
        while (!atStatementEnd() && !peek().is("TO") && !peek().is("FROM")) {
            Token t = peek();
            if (t.isName() || t.isOp(",") || t.isOp(".") || t.kind() == Token.Kind.STRING) {
                next();
            } else if (t.isOp("(")) {
                next();
                expressionListUntil(")");
                expectOp(")", "')'");
            } else {
                throw failAt(t, "what to back up");
            }
        }
        if (!(peek().is("TO") || peek().is("FROM"))) {
            throw fail(backup.is("BACKUP") ? "TO" : "FROM");
        }
        next();
        expr();
        if (peek().is("ASYNC") || peek().is("SYNC")) {
            next();
        }
        return command(backup, currentKind);
    }

    private Statement move() {
        Token move = next();
        currentKind = "MOVE";
        while (!atStatementEnd()) {
            Token t = peek();
            if (t.isName() || t.kind() == Token.Kind.STRING || t.isOp(",") || t.isOp(".")) {
                next();
            } else {
                throw failAt(t, "the rest of the MOVE statement");
            }
        }
        return command(move, currentKind);
    }

    private Statement watch() {
        Token watch = next();
        currentKind = "WATCH";
        qualifiedName("live view name");
        if (peek().is("EVENTS")) {
            next();
        }
        if (peek().is("LIMIT")) {
            next();
            expr();
        }
        return command(watch, currentKind);
    }

    // ---------------------------------------------------------------- queries

    private Select query(boolean nested) {
        return query(nested, false);
    }

    /**
     * A whole query (with UNION/EXCEPT/INTERSECT). {@code viewBody}: the query of a view, whose facts consult JSQLParser
     * too (see {@link SelectFacts}). Subqueries inside it are parsed by {@link #selectUnion()} without facts of their own.
     */
    private Select query(boolean nested, boolean viewBody) {
        Token first = peek();
        if (!(first.is("SELECT") || first.is("WITH") || first.isOp("(") || first.is("FROM"))) {
            throw failAt(first, "SELECT");
        }
        int startPos = pos;
        selectUnion();
        List<Token> body = tokens.subList(startPos, pos);
        return new Select(new TextRange(first.start(), prevEnd()), new SelectFacts(text, body, viewBody));
    }

    private void selectUnion() {
        selectOperand();
        while (peek().is("UNION") || peek().is("EXCEPT") || peek().is("INTERSECT")) {
            next();
            if (peek().is("ALL") || peek().is("DISTINCT")) {
                next();
            }
            selectOperand();
        }
    }

    private void selectOperand() {
        if (peek().isOp("(")) {
            Token open = next();
            enter(open);
            selectUnion();
            expectOp(")", "')' after the subquery");
            depth--;
            // (SELECT ...) ORDER BY / LIMIT / SETTINGS applies to the parenthesised query
            orderLimitSettings();
            return;
        }
        selectCore();
    }

    private void selectCore() {
        if (peek().is("WITH")) {
            next();
            if (peek().is("RECURSIVE")) {
                next();
            }
            do {
                withItem();
            } while (acceptOp(","));
        }
        if (peek().is("INSERT")) { // WITH x AS (...) INSERT INTO ...
            String kind = currentKind;
            insert();
            currentKind = kind;
            return;
        }
        boolean fromFirst = false;
        if (peek().is("FROM")) {
            fromClause();
            fromFirst = true;
        }
        if (!peek().is("SELECT")) {
            throw fail("SELECT");
        }
        next();
        if (peek().is("DISTINCT")) {
            next();
            if (peek().is("ON")) {
                next();
                expectOpenParen();
                expressionListUntil(")");
                expectOp(")", "')'");
            }
        } else if (peek().is("ALL")
                && !peekAt(1).isOp(",")
                && !atEndAt(1)
                && !peekAt(1).is("FROM")) {
            next();
        }
        if (peek().is("TOP")
                && (peekAt(1).kind() == Token.Kind.NUMBER || peekAt(1).isOp("("))) {
            next();
            unary();
            if (peek().is("WITH") && peekAt(1).is("TIES")) {
                next();
                next();
            }
        }
        selectList();
        if (!fromFirst && peek().is("FROM")) {
            fromClause();
        }
        if (peek().is("PREWHERE")) {
            next();
            expr();
        }
        if (peek().is("WHERE")) {
            next();
            expr();
        }
        if (peek().is("GROUP") && peekAt(1).is("BY")) {
            next();
            next();
            groupBy();
        }
        while (peek().is("WITH")
                && (peekAt(1).is("ROLLUP") || peekAt(1).is("CUBE") || peekAt(1).is("TOTALS"))) {
            next();
            next();
        }
        if (peek().is("HAVING")) {
            next();
            expr();
        }
        if (peek().is("WINDOW")) {
            next();
            do {
                anyName("window name");
                expectWord("AS");
                windowSpec();
            } while (acceptOp(","));
        }
        if (peek().is("QUALIFY")) {
            next();
            expr();
        }
        orderLimitSettings();
    }

    private void orderLimitSettings() {
        if (peek().is("ORDER") && peekAt(1).is("BY")) {
            next();
            next();
            orderList();
            if (peek().is("INTERPOLATE")) {
                next();
                if (peek().isOp("(")) {
                    next();
                    if (!peek().isOp(")")) {
                        do {
                            expectName("column name");
                            if (peek().is("AS")) {
                                next();
                                expr();
                            }
                        } while (acceptOp(","));
                    }
                    expectOp(")", "',' or ')'");
                }
            }
        }
        for (int i = 0; i < 2 && peek().is("LIMIT"); i++) { // LIMIT n BY x, then LIMIT m
            next();
            expr();
            if (acceptOp(",")) {
                expr();
            }
            if (peek().is("OFFSET")) {
                next();
                expr();
            }
            if (peek().is("WITH") && peekAt(1).is("TIES")) {
                next();
                next();
            }
            if (peek().is("BY")) {
                next();
                do {
                    expr();
                } while (acceptOp(","));
            } else {
                break;
            }
        }
        if (peek().is("OFFSET")) {
            next();
            expr();
            if (peek().is("ROW") || peek().is("ROWS")) {
                next();
            }
        }
        if (peek().is("FETCH")) {
            next();
            if (!(peek().is("FIRST") || peek().is("NEXT"))) {
                throw fail("FIRST or NEXT");
            }
            next();
            expr();
            if (!(peek().is("ROW") || peek().is("ROWS"))) {
                throw fail("ROWS");
            }
            next();
            if (peek().is("ONLY")) {
                next();
            } else {
                expectWord("WITH");
                expectWord("TIES");
            }
        }
        if (peek().is("SETTINGS")) {
            next();
            settings();
        }
    }

    private void withItem() {
        if (peek().isName()
                && peekAt(1).is("AS")
                && peekAt(2).isOp("(")
                && (peekAt(3).is("SELECT")
                        || peekAt(3).is("WITH")
                        || peekAt(3).isOp("(")
                        || peekAt(3).is("FROM"))) {
            next();
            next();
            Token open = next();
            enter(open);
            selectUnion();
            expectOp(")", "')' after the common table expression");
            depth--;
            return;
        }
        if (peek().isName() && peekAt(1).isOp("(") && isColumnAliasList()) { // WITH t(a, b) AS (SELECT ...)
            next();
            next();
            do {
                expectName("column name");
            } while (acceptOp(","));
            expectOp(")", "')'");
            expectWord("AS");
            Token open = expectOp("(", "'(' and a query");
            enter(open);
            selectUnion();
            expectOp(")", "')'");
            depth--;
            return;
        }
        expr();
        if (peek().is("AS")) {
            next();
            expectName("alias");
        }
    }

    /** At {@code name (a, b) AS (}: a CTE with column names (not a function call). */
    private boolean isColumnAliasList() {
        int i = pos + 2;
        while (i < tokens.size() && i < pos + 200) {
            Token t = tokens.get(i);
            if (!t.isName()) {
                return false;
            }
            Token sep = tokens.get(Math.min(i + 1, tokens.size() - 1));
            if (sep.isOp(")")) {
                return tokens.get(Math.min(i + 2, tokens.size() - 1)).is("AS")
                        && tokens.get(Math.min(i + 3, tokens.size() - 1)).isOp("(");
            }
            if (!sep.isOp(",")) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    private void selectList() {
        if (atSelectListEnd()) {
            throw fail("an expression");
        }
        do {
            if (tokens.get(pos - 1).isOp(",")
                    && (atStatementEnd()
                            || peek().isOp(")")
                            || peek().is("FROM")
                                    && (peekAt(1).isName()
                                                    && !(peekAt(1).kind() == Token.Kind.WORD
                                                            && NOT_ALIAS.contains(upper(peekAt(1))))
                                            || peekAt(1).isOp("(")))) {
                return; // trailing comma: SELECT a, b, FROM t (but SELECT a, from, to FROM t has a column "from")
            }
            selectItem();
        } while (acceptOp(","));
    }

    /** An empty select list: {@code SELECT FROM t} (ClickHouse reads {@code SELECT from} as a column, but not this). */
    private boolean atSelectListEnd() {
        Token t = peek();
        return atStatementEnd()
                || t.isOp(")")
                || t.is("FROM")
                        && peekAt(1).isName()
                        && !peekAt(2).isOp("(")
                        && (atEndAt(2)
                                || peekAt(2).is("WHERE")
                                || peekAt(2).is("LIMIT")
                                || peekAt(2).is("ORDER")
                                || peekAt(2).isOp(")"));
    }

    private void selectItem() {
        expr();
        alias();
    }

    /** {@code AS name}, or an implicit alias: a name that is not a keyword which may follow here. */
    private void alias() {
        if (peek().is("AS")) {
            next();
            anyName("alias");
        } else if (peek().kind() == Token.Kind.QUOTED_NAME
                || peek().kind() == Token.Kind.WORD && !NOT_ALIAS.contains(upper(peek()))) {
            next();
        }
    }

    private void fromClause() {
        next(); // FROM
        tableExpr();
        while (true) {
            if (acceptOp(",")) {
                tableExpr();
            } else if (isJoinStart()) {
                join();
            } else {
                return;
            }
        }
    }

    private boolean isJoinStart() {
        Token t = peek();
        if (t.is("JOIN") || t.is("ARRAY") && peekAt(1).is("JOIN")) {
            return true;
        }
        if (t.is("GLOBAL")
                || t.is("LOCAL")
                || t.is("ANY")
                || t.is("ALL")
                || t.is("ASOF")
                || t.is("SEMI")
                || t.is("ANTI")
                || t.is("INNER")
                || t.is("LEFT")
                || t.is("RIGHT")
                || t.is("FULL")
                || t.is("CROSS")
                || t.is("PASTE")
                || t.is("OUTER")) {
            for (int i = 1; i < 6; i++) {
                Token u = peekAt(i);
                if (u.is("JOIN")) {
                    return true;
                }
                if (!(u.is("ANY")
                        || u.is("ALL")
                        || u.is("ASOF")
                        || u.is("SEMI")
                        || u.is("ANTI")
                        || u.is("INNER")
                        || u.is("LEFT")
                        || u.is("RIGHT")
                        || u.is("FULL")
                        || u.is("CROSS")
                        || u.is("PASTE")
                        || u.is("OUTER")
                        || u.is("ARRAY"))) {
                    return false;
                }
            }
        }
        return false;
    }

    private void join() {
        boolean array = false;
        boolean cross = false;
        while (!peek().is("JOIN")) {
            if (peek().is("ARRAY")) {
                array = true;
            } else if (peek().is("CROSS") || peek().is("PASTE")) {
                cross = true;
            }
            next();
        }
        next(); // JOIN
        if (array) {
            do {
                aliasedExpr();
            } while (acceptOp(","));
            return;
        }
        tableExpr();
        if (!cross && !peek().is("ON") && !peek().is("USING")) {
            throw fail("ON or USING"); // only CROSS and PASTE joins go without a condition
        }
        if (peek().is("ON")) {
            next();
            expr();
        } else if (peek().is("USING")) {
            next();
            if (peek().isOp("(")) {
                next();
                do {
                    aliasedExpr();
                } while (acceptOp(","));
                expectOp(")", "',' or ')'");
            } else {
                do {
                    aliasedExpr();
                } while (peek().isOp(",") && peekAt(1).isName() && !peekAt(2).isOp("(") && acceptOp(","));
            }
        }
    }

    private void tableExpr() {
        Token t = peek();
        if (t.isOp("(")) {
            Token open = next();
            enter(open);
            if (peek().is("SELECT") || peek().is("WITH") || peek().isOp("(") || peek().is("FROM")) {
                selectUnion();
            } else if (peek().is("EXPLAIN")) { // FROM (EXPLAIN SYNTAX SELECT ...)
                String kind = currentKind;
                explain();
                currentKind = kind;
            } else {
                tableExpr(); // (t1 JOIN t2 ON ...)
                while (isJoinStart() || peek().isOp(",")) {
                    if (acceptOp(",")) {
                        tableExpr();
                    } else {
                        join();
                    }
                }
            }
            expectOp(")", "')'");
            depth--;
        } else if (t.kind() == Token.Kind.STRING) { // FROM 'table'
            next();
        } else if (t.isName()
                && !t.is("FROM")
                && !t.is("SELECT")) { // any other word can name a table (FROM join, FROM where)
            next();
            if (peek().isOp(".") && peekAt(1).isName()) {
                next();
                next();
            } else if (peek().isOp(".")) {
                next();
                throw fail("table name");
            }
            if (peek().isOp("(")) { // table function
                Token open = next();
                enter(open);
                functionArguments(t);
                expectOp(")", "',' or ')' in the arguments of " + t.text());
                depth--;
            }
        } else {
            throw failAt(t, "a table, table function or subquery");
        }
        if (peek().is("FINAL")) {
            next();
        }
        boolean aliased = false;
        if (peek().is("AS")) {
            next();
            anyName("alias");
            aliased = true;
        } else if (peek().kind() == Token.Kind.QUOTED_NAME
                || peek().kind() == Token.Kind.WORD
                        && !NOT_ALIAS.contains(upper(peek()))
                        && !peek().is("SELECT")
                        && !(peek().is("COMMENT") && peekAt(1).kind() == Token.Kind.STRING)) {
            next(); // FROM t SELECT ... / ... FROM t COMMENT 'x' (of a view): not aliases
            aliased = true;
        }
        if (aliased && peek().isOp("(") && peekAt(1).isName()) { // AS g(x): column names
            next();
            do {
                anyName("column name");
            } while (acceptOp(","));
            expectOp(")", "',' or ')'");
        }
        if (peek().is("FINAL")) {
            next();
        }
        if (peek().is("SAMPLE")) {
            next();
            ratio();
            if (peek().is("OFFSET")) {
                next();
                ratio();
            }
        }
    }

    /** SAMPLE 0.1, SAMPLE 1/10, SAMPLE 10000000. */
    private void ratio() {
        expectKind(Token.Kind.NUMBER, "a number");
        if (peek().isOp("/")) {
            next();
            expectKind(Token.Kind.NUMBER, "a number");
        }
    }

    private void groupBy() {
        if (peek().is("ALL") && !peekAt(1).isOp("(")) {
            next();
            return;
        }
        if (peek().is("GROUPING") && peekAt(1).is("SETS")) {
            next();
            next();
            expectOpenParen();
            do {
                expr();
            } while (acceptOp(","));
            expectOp(")", "',' or ')'");
            return;
        }
        do {
            aliased();
        } while (acceptOp(","));
    }

    private void orderList() {
        if (peek().is("ALL")
                && (atEndAt(1)
                        || peekAt(1).is("ASC")
                        || peekAt(1).is("DESC")
                        || peekAt(1).is("LIMIT")
                        || peekAt(1).is("SETTINGS")
                        || peekAt(1).is("FORMAT")
                        || peekAt(1).isOp(")"))) {
            next();
            acceptSortDirection();
            return;
        }
        do {
            aliased();
            acceptSortDirection();
            if (peek().is("NULLS")) {
                next();
                if (!(peek().is("FIRST") || peek().is("LAST"))) {
                    throw fail("FIRST or LAST");
                }
                next();
            }
            if (peek().is("COLLATE")) {
                next();
                expectKind(Token.Kind.STRING, "collation string");
            }
            if (peek().is("WITH") && peekAt(1).is("FILL")) {
                next();
                next();
                while (peek().is("FROM") || peek().is("TO") || peek().is("STEP") || peek().is("STALENESS")) {
                    next();
                    expr();
                }
            }
        } while (acceptOp(","));
    }

    private void windowSpec() {
        Token open = expectOp("(", "'(' and a window definition");
        enter(open);
        Token after = peekAt(1);
        if (peek().isName()
                && (after.isOp(")")
                        || (after.is("PARTITION") || after.is("ORDER"))
                                && peekAt(2).is("BY")
                        || after.is("ROWS")
                        || after.is("RANGE")
                        || after.is("GROUPS"))) {
            next(); // base window name: (w ORDER BY x)
        }
        if (peek().is("PARTITION")) {
            next();
            expectWord("BY");
            do {
                expr();
            } while (acceptOp(","));
        }
        if (peek().is("ORDER")) {
            next();
            expectWord("BY");
            orderList();
            if (peek().isName() && peekAt(1).isOp(")")) {
                next(); // ClickHouse reads a trailing name as the base window's name
            }
        }
        if (peek().is("ROWS") || peek().is("RANGE") || peek().is("GROUPS")) {
            next();
            if (peek().is("BETWEEN")) {
                next();
                frameBound();
                expectWord("AND");
                frameBound();
            } else {
                frameBound();
            }
        }
        expectOp(")", "')' to close the window");
        depth--;
    }

    private void frameBound() {
        if (peek().is("UNBOUNDED")) {
            next();
        } else if (peek().is("CURRENT")) {
            next();
            expectWord("ROW");
            return;
        } else {
            expr();
        }
        if (!(peek().is("PRECEDING") || peek().is("FOLLOWING"))) {
            throw fail("PRECEDING or FOLLOWING");
        }
        next();
    }

    // ---------------------------------------------------------------- expressions

    private static final int MAX_DEPTH = 1000;
    /** Words that end an element inside an expression rather than alias it (CASE branches, keyword arguments, clauses). */
    private static final Set<String> INNER_ALIAS_STOP = Set.of(
            "WHEN",
            "THEN",
            "ELSE",
            "END",
            "FOR",
            "PLACING",
            "COLLATE",
            "TYPE",
            "GRANULARITY",
            "STEP",
            "TO",
            "STALENESS",
            "INTERPOLATE",
            "OVER",
            "FILTER",
            "RESPECT",
            "IGNORE",
            "PRECEDING",
            "FOLLOWING",
            "ROWS",
            "RANGE",
            "GROUPS",
            "PARTITION",
            "CODEC",
            "TTL",
            "DEFAULT",
            "MATERIALIZED",
            "ALIAS",
            "EPHEMERAL",
            "COMMENT",
            "DELETE",
            "RECOMPRESS",
            "SET",
            "EXCEPT",
            "REPLACE",
            "APPLY",
            "STRICT",
            "TOTALS",
            "ROLLUP",
            "CUBE",
            "BY",
            "ESCAPE",
            "PRIMARY",
            "FINAL",
            "NULL",
            "KEY",
            "AFTER",
            "FIRST",
            "VALUES",
            "FORMAT",
            "SETTINGS",
            "UNION",
            "LIMIT",
            "OFFSET",
            "FETCH",
            "QUALIFY",
            "WINDOW",
            "HAVING",
            "SAMPLE",
            "ASC",
            "DESC");

    private static final Set<String> COMPARISONS = Set.of("=", "==", "!=", "<>", "<", ">", "<=", ">=", "<=>");

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw failAt(at, "a shallower expression (ClickHouse's limit is " + MAX_DEPTH + " levels)");
        }
    }

    /** Expression with an optional {@code AS alias} (function arguments, tuple and array elements, GROUP BY ...). */
    private Expr aliased() {
        Expr e = expr();
        if (peek().is("AS") && peekAt(1).isName() && !castTypeFollows()) {
            next();
            next();
        }
        return e;
    }

    /**
     * As {@link #aliased()}, and also a bare alias ({@code cast('1' lhs AS UInt32)}, {@code CASE WHEN a THEN b x ...}):
     * ClickHouse allows it in the arguments of the functions with their own syntax and in CASE, not elsewhere.
     */
    private Expr aliasedLoose() {
        Expr e = aliased();
        if (peek().kind() == Token.Kind.QUOTED_NAME && !peek().text().startsWith("{")
                || peek().kind() == Token.Kind.WORD
                        && !NOT_ALIAS.contains(upper(peek()))
                        && !INNER_ALIAS_STOP.contains(upper(peek()))) {
            next();
        }
        return e;
    }

    /** Functions ClickHouse parses with a syntax of their own (keywords inside the parentheses, bare aliases allowed). */
    private static final Set<String> SPECIAL_FUNCTIONS = Set.of(
            "CAST",
            "TRY_CAST",
            "EXTRACT",
            "SUBSTRING",
            "SUBSTR",
            "TRIM",
            "LTRIM",
            "RTRIM",
            "OVERLAY",
            "OVERLAYUTF8",
            "POSITION",
            "DATE_ADD",
            "DATEADD",
            "DATE_SUB",
            "DATESUB",
            "TIMESTAMP_ADD",
            "TIMESTAMPADD",
            "TIMESTAMP_SUB",
            "TIMESTAMPSUB",
            "DATE_DIFF",
            "DATEDIFF",
            "TIMESTAMP_DIFF",
            "TIMESTAMPDIFF",
            "DATE_TRUNC",
            "DATETRUNC");

    /** In CAST(x AS T), AS starts the type, not an alias. Set while reading CAST-like arguments. */
    private boolean castTypeFollows() {
        return inCast;
    }

    private Expr aliasedExpr() {
        Expr e = expr();
        alias();
        return e;
    }

    /** Comma-separated aliased expressions up to (not including) {@code close}; may be empty. */
    private void expressionListUntil(String close) {
        if (peek().isOp(close)) {
            return;
        }
        do {
            aliased();
        } while (acceptOp(","));
    }

    private Expr expr() {
        Token start = peek();
        enter(start);
        try {
            if (isLambdaStart()) {
                return lambda();
            }
            Expr cond = orExpr();
            if (peek().isOp("?")) {
                next();
                Expr a = expr();
                expectOp(":", "':' of the ternary operator");
                Expr b = expr();
                return new Expr(Expr.Kind.OPERATOR, "?:", cond.range().to(b.range()), List.of(cond, a, b));
            }
            return cond;
        } finally {
            depth--;
        }
    }

    /** {@code x -> ...} or {@code (x, y) -> ...}. Looks ahead over a flat list of names only: linear. */
    private boolean isLambdaStart() {
        Token t = peek();
        if (t.isName()) {
            return peekAt(1).isOp("->");
        }
        if (!t.isOp("(")) {
            return false;
        }
        int i = pos + 1;
        if (tokens.get(i).isOp(")")) {
            return tokens.get(Math.min(i + 1, tokens.size() - 1)).isOp("->");
        }
        for (int k = 0; k < 64 && i + 1 < tokens.size(); k++) {
            if (!tokens.get(i).isName()) {
                return false;
            }
            Token sep = tokens.get(i + 1);
            if (sep.isOp(")")) {
                return tokens.get(Math.min(i + 2, tokens.size() - 1)).isOp("->");
            }
            if (!sep.isOp(",")) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    private Expr lambda() {
        Token start = peek();
        if (start.isOp("(")) {
            next();
            while (!peek().isOp(")")) {
                next(); // names and commas, checked by isLambdaStart
            }
            next();
        } else {
            next();
        }
        expectOp("->", "'->'");
        Expr body = expr();
        return new Expr(
                Expr.Kind.OPERATOR,
                "->",
                new TextRange(start.start(), body.range().end()),
                List.of(body));
    }

    private Expr orExpr() {
        Expr left = andExpr();
        while (peek().is("OR")) {
            next();
            Expr right = andExpr();
            left = new Expr(Expr.Kind.OPERATOR, "OR", left.range().to(right.range()), List.of(left, right));
        }
        return left;
    }

    private Expr andExpr() {
        Expr left = notExpr();
        while (peek().is("AND")) {
            next();
            Expr right = notExpr();
            left = new Expr(Expr.Kind.OPERATOR, "AND", left.range().to(right.range()), List.of(left, right));
        }
        return left;
    }

    private Expr notExpr() {
        if (peek().is("NOT")
                        && !peekAt(1).isOp("(")
                        && !peekAt(1).isOp(",")
                        && !peekAt(1).isOp(")")
                || peek().is("NOT") && peekAt(1).isOp("(") && !peekAt(2).isOp(")")) {
            Token not = next();
            enter(not);
            Expr e = notExpr();
            depth--;
            return new Expr(
                    Expr.Kind.OPERATOR,
                    "NOT",
                    new TextRange(not.start(), e.range().end()),
                    List.of(e));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = concat();
        while (true) {
            Token t = peek();
            String op = null;
            if (t.kind() == Token.Kind.OP && COMPARISONS.contains(t.text())) {
                next();
                op = t.text();
            } else if (t.is("IN") && (peekAt(1).is("PARTITION") || peekAt(1).is("PART"))) {
                return left; // UPDATE c = v IN PARTITION p: a clause, not the IN operator
            } else if (t.is("LIKE") || t.is("ILIKE") || t.is("IN") || t.is("REGEXP")) {
                next();
                op = upper(t);
            } else if (t.is("NOT")
                    && (peekAt(1).is("LIKE")
                            || peekAt(1).is("ILIKE")
                            || peekAt(1).is("IN")
                            || peekAt(1).is("REGEXP"))) {
                next();
                op = "NOT " + upper(next());
            } else if (t.is("GLOBAL")
                    && (peekAt(1).is("IN") || peekAt(1).is("NOT") && peekAt(2).is("IN"))) {
                next();
                if (peek().is("NOT")) {
                    next();
                }
                next();
                op = "GLOBAL IN";
            } else if (t.is("IS")) {
                next();
                if (peek().is("NOT")) {
                    next();
                }
                if (peek().is("DISTINCT")) {
                    next();
                    expectWord("FROM");
                    Expr right = concat();
                    left = new Expr(
                            Expr.Kind.OPERATOR,
                            "IS DISTINCT FROM",
                            left.range().to(right.range()),
                            List.of(left, right));
                    continue;
                }
                Token n = expectWord("NULL");
                left = new Expr(
                        Expr.Kind.OPERATOR,
                        "IS NULL",
                        new TextRange(left.range().start(), n.end()),
                        List.of(left));
                while (peek().isOp("::")) { // 1 IS NULL :: Int32
                    next();
                    DataType type = dataType("a type after '::'");
                    left = new Expr(
                            Expr.Kind.OPERATOR,
                            "::",
                            new TextRange(left.range().start(), type.range().end()),
                            List.of(left));
                }
                continue;
            } else if (t.is("BETWEEN") || t.is("NOT") && peekAt(1).is("BETWEEN")) {
                if (t.is("NOT")) {
                    next();
                }
                next();
                Expr lo = concat();
                expectWord("AND");
                Expr hi = concat();
                left = new Expr(Expr.Kind.OPERATOR, "BETWEEN", left.range().to(hi.range()), List.of(left, lo, hi));
                continue;
            }
            if (op == null) {
                return left;
            }
            Expr right = concat();
            if (op.endsWith("LIKE") && peek().is("ESCAPE")) {
                next();
                expectKind(Token.Kind.STRING, "escape string");
            }
            left = new Expr(Expr.Kind.OPERATOR, op, left.range().to(right.range()), List.of(left, right));
        }
    }

    private Expr concat() {
        Expr left = additive();
        while (peek().isOp("||")) {
            next();
            Expr right = additive();
            left = new Expr(Expr.Kind.OPERATOR, "||", left.range().to(right.range()), List.of(left, right));
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().isOp("+") || peek().isOp("-")) {
            String op = next().text();
            Expr right = multiplicative();
            left = new Expr(Expr.Kind.OPERATOR, op, left.range().to(right.range()), List.of(left, right));
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().isOp("*") || peek().isOp("/") || peek().isOp("%") || peek().is("DIV") || peek().is("MOD")) {
            String op = next().text();
            Expr right = unary();
            left = new Expr(Expr.Kind.OPERATOR, op, left.range().to(right.range()), List.of(left, right));
        }
        return left;
    }

    private Expr unary() {
        if (peek().isOp("-") || peek().isOp("+")) {
            Token sign = next();
            enter(sign);
            Expr e = unary();
            depth--;
            return new Expr(
                    Expr.Kind.OPERATOR,
                    sign.text(),
                    new TextRange(sign.start(), e.range().end()),
                    List.of(e));
        }
        return postfix();
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            if (peek().isOp("[")) {
                Token open = next();
                if (peek().isOp("]")) { // JSON array path: arr.k1[].k2
                    next();
                    e = new Expr(
                            Expr.Kind.OPERATOR, "[]", new TextRange(e.range().start(), prevEnd()), List.of(e));
                    continue;
                }
                enter(open);
                Expr idx = expr();
                expectOp("]", "']'");
                depth--;
                e = new Expr(Expr.Kind.OPERATOR, "[]", new TextRange(e.range().start(), prevEnd()), List.of(e, idx));
            } else if (peek().isOp(".") && (peekAt(1).isName() || peekAt(1).kind() == Token.Kind.NUMBER)) {
                next();
                Token member = next();
                boolean ident = e.kind() == Expr.Kind.IDENTIFIER && member.isName();
                e = new Expr(
                        ident ? Expr.Kind.IDENTIFIER : Expr.Kind.OPERATOR,
                        ident ? e.name() + "." + member.name() : ".",
                        new TextRange(e.range().start(), member.end()),
                        ident ? List.of() : List.of(e));
                if (ident && peek().isOp("(") && member.is("COLUMNS")) { // t.COLUMNS('re')
                    Expr call = functionCall(member);
                    e = new Expr(
                            Expr.Kind.FUNCTION,
                            call.name(),
                            new TextRange(e.range().start(), call.range().end()),
                            call.children());
                }
            } else if (peek().isOp(".") && peekAt(1).isOp("*")) {
                next();
                next();
                e = new Expr(Expr.Kind.OTHER, "*", new TextRange(e.range().start(), prevEnd()), List.of());
                columnTransformers();
            } else if (peek().isOp(".") && (peekAt(1).isOp(":") || peekAt(1).isOp("^"))) { // json.:Int64, json.^prefix
                next();
                if (next().isOp(":")) {
                    dataType("a type");
                } else {
                    expectName("path");
                }
                e = new Expr(Expr.Kind.OPERATOR, ".", new TextRange(e.range().start(), prevEnd()), List.of(e));
            } else if (peek().isOp("::")) {
                next();
                DataType t = dataType("a type after '::'");
                e = new Expr(
                        Expr.Kind.OPERATOR,
                        "::",
                        new TextRange(e.range().start(), t.range().end()),
                        List.of(e));
            } else {
                return e;
            }
        }
    }

    /** {@code * EXCEPT (a, b) REPLACE (x + 1 AS x) APPLY(sum)} after {@code *}, {@code t.*} or {@code COLUMNS(...)}. */
    private void columnTransformers() {
        while (true) {
            if (peek().is("EXCEPT")
                    && !peekAt(1).is("SELECT")
                    && !(peekAt(1).isOp("(")
                            && (peekAt(2).is("SELECT") || peekAt(2).is("WITH")))) {
                next();
                if (peek().is("STRICT")) {
                    next();
                }
                if (peek().isOp("(")) {
                    next();
                    do {
                        Token t = next();
                        if (!(t.isName() || t.kind() == Token.Kind.STRING)) {
                            throw failAt(t, "column name");
                        }
                    } while (acceptOp(","));
                    expectOp(")", "',' or ')'");
                } else {
                    Token t = next();
                    if (!(t.isName() || t.kind() == Token.Kind.STRING)) {
                        throw failAt(t, "column name");
                    }
                }
            } else if (peek().is("REPLACE")
                    && !peekAt(1).isOp(",")
                    && !atEndAt(1)
                    && !peekAt(1).is("FROM")) {
                next();
                if (peek().is("STRICT")) {
                    next();
                }
                if (peek().isOp("(") && !isLambdaStart()) {
                    next();
                    do {
                        expr();
                        expectWord("AS");
                        anyName("column name");
                    } while (acceptOp(","));
                    expectOp(")", "',' or ')'");
                } else { // REPLACE expr AS name
                    expr();
                    expectWord("AS");
                    anyName("column name");
                }
            } else if (peek().is("APPLY")) {
                next();
                if (isLambdaStart()) {
                    lambda();
                } else if (peek().isOp("(")) {
                    next();
                    if (isLambdaStart()) {
                        lambda();
                    } else {
                        anyName("function name");
                        if (peek().isOp("(")) {
                            next();
                            expressionListUntil(")");
                            expectOp(")", "')'");
                        }
                    }
                    expectOp(")", "')'");
                } else {
                    expectName("function name");
                    if (peek().isOp("(")) {
                        next();
                        expressionListUntil(")");
                        expectOp(")", "')'");
                    }
                }
            } else {
                return;
            }
        }
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, STRING -> {
                next();
                return new Expr(Expr.Kind.LITERAL, t.text(), t.range(), List.of());
            }
            case QUOTED_NAME -> {
                next();
                if (peek().isOp("(") && !t.text().startsWith("{")) {
                    return functionCall(t);
                }
                return new Expr(Expr.Kind.IDENTIFIER, t.name(), t.range(), List.of());
            }
            case OP -> {
                if (t.isOp("(")) {
                    next();
                    enter(t);
                    if (peek().is("SELECT")
                            || peek().is("WITH")
                            || peek().is("FROM")
                                    && peekAt(1).isName()
                                    && !peekAt(1).isOp("(")) {
                        selectUnion();
                        expectOp(")", "')' after the subquery");
                        depth--;
                        return new Expr(Expr.Kind.SUBQUERY, null, new TextRange(t.start(), prevEnd()), List.of());
                    }
                    List<Expr> items = new ArrayList<>();
                    if (!peek().isOp(")")) {
                        do {
                            if (peek().isOp(")") && !items.isEmpty()) {
                                break; // (a, ): a one-element tuple
                            }
                            items.add(aliased());
                            if (sortKey) {
                                acceptSortDirection();
                            }
                        } while (acceptOp(","));
                    }
                    expectOp(")", "',' or ')'");
                    depth--;
                    TextRange r = new TextRange(t.start(), prevEnd());
                    if (items.size() == 1
                            && items.get(0).kind() != Expr.Kind.IDENTIFIER
                            && !tokens.get(pos - 2).isOp(",")) {
                        return new Expr(Expr.Kind.OTHER, "()", r, List.copyOf(items)); // plain grouping
                    }
                    return new Expr(Expr.Kind.TUPLE, null, r, List.copyOf(items));
                }
                if (t.isOp("[")) {
                    next();
                    enter(t);
                    List<Expr> items = new ArrayList<>();
                    if (!peek().isOp("]")) {
                        do {
                            items.add(aliased());
                        } while (acceptOp(","));
                    }
                    expectOp("]", "',' or ']'");
                    depth--;
                    return new Expr(Expr.Kind.ARRAY, null, new TextRange(t.start(), prevEnd()), List.copyOf(items));
                }
                if (t.isOp("{")) { // map literal {'k': v, ...} (settings such as additional_table_filters)
                    next();
                    enter(t);
                    if (!peek().isOp("}")) {
                        do {
                            expr();
                            expectOp(":", "':'");
                            expr();
                        } while (acceptOp(","));
                    }
                    expectOp("}", "',' or '}'");
                    depth--;
                    return new Expr(Expr.Kind.OTHER, "{}", new TextRange(t.start(), prevEnd()), List.of());
                }
                if (t.isOp("*")) {
                    next();
                    columnTransformers();
                    return new Expr(Expr.Kind.OTHER, "*", new TextRange(t.start(), prevEnd()), List.of());
                }
                throw failAt(t, "an expression");
            }
            case WORD -> {
                String up = upper(t);
                if (up.equals("CASE")
                        && !peekAt(1).isOp(",")
                        && !peekAt(1).isOp(")")
                        && !atEndAt(1)
                        && !(peekAt(1).kind() == Token.Kind.WORD
                                && NOT_ALIAS.contains(upper(peekAt(1)))
                                && !peekAt(1).is("NOT"))) {
                    return caseExpr();
                }
                if (up.equals("INTERVAL") && isIntervalOperator()) {
                    next();
                    Expr amount = peek().kind() == Token.Kind.STRING ? primary() : additive();
                    if (peek().kind() == Token.Kind.WORD
                            && !INTERVAL_UNITS.contains(upper(peek()))
                            && peekAt(1).kind() == Token.Kind.WORD
                            && INTERVAL_UNITS.contains(upper(peekAt(1)))) {
                        next(); // INTERVAL n alias HOUR: ClickHouse takes a bare alias on the amount
                    }
                    if (peek().kind() == Token.Kind.WORD && INTERVAL_UNITS.contains(upper(peek()))) {
                        next();
                    } else if (amount.kind() != Expr.Kind.LITERAL
                            || !amount.name().startsWith("'")) {
                        throw fail("an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR)");
                    }
                    return new Expr(Expr.Kind.OTHER, "INTERVAL", new TextRange(t.start(), prevEnd()), List.of(amount));
                }
                if ((up.equals("DATE") || up.equals("TIMESTAMP")) && peekAt(1).kind() == Token.Kind.STRING) {
                    next();
                    next();
                    return new Expr(
                            Expr.Kind.LITERAL,
                            text.substring(t.start(), prevEnd()),
                            new TextRange(t.start(), prevEnd()),
                            List.of());
                }
                next(); // any word can be a column here, as in ClickHouse (SELECT from * t reads a column "from")
                if (peek().isOp("(")) {
                    return functionCall(t);
                }
                return new Expr(Expr.Kind.IDENTIFIER, t.text(), t.range(), List.of());
            }
            default -> throw failAt(t, "an expression");
        }
    }

    /**
     * At INTERVAL: {@code INTERVAL 'x'} or {@code INTERVAL amount UNIT} (the amount may be {@code a + b}), rather than a
     * column named interval ({@code interval + 1}). Looks ahead at most 64 tokens: linear.
     */
    private boolean isIntervalOperator() {
        Token after = peekAt(1);
        if (after.kind() == Token.Kind.STRING || after.kind() == Token.Kind.NUMBER) {
            return true;
        }
        int level = 0;
        for (int i = 2; i < 66; i++) {
            Token t = peekAt(i);
            Token before = peekAt(i - 1);
            if (t.kind() == Token.Kind.EOF || t.isOp(";")) {
                return false;
            }
            if (t.isOp("(") || t.isOp("[")) {
                level++;
            } else if (t.isOp(")") || t.isOp("]")) {
                if (--level < 0) {
                    return false;
                }
            } else if (level == 0
                    && (t.isOp(",") || t.is("AS") || t.is("FROM") || t.is("WHERE") || t.is("AND") || t.is("OR"))) {
                return false;
            } else if (level == 0
                    && t.kind() == Token.Kind.WORD
                    && INTERVAL_UNITS.contains(upper(t))
                    && !before.isOp(".")) {
                return true;
            }
        }
        return false;
    }

    private Expr functionCall(Token name) {
        List<Expr> args = new ArrayList<>();
        Token open = next(); // (
        enter(open);
        args.addAll(functionArguments(name));
        expectOp(")", "',' or ')' in the arguments of " + name.text());
        if (peek().isOp("(")) { // parametric aggregate: quantile(0.9)(x)
            next();
            args.addAll(functionArguments(name));
            expectOp(")", "',' or ')' in the arguments of " + name.text());
        }
        depth--;
        if ((peek().is("RESPECT") || peek().is("IGNORE")) && peekAt(1).is("NULLS")) {
            next();
            next();
        }
        if (peek().is("FILTER") && peekAt(1).isOp("(") && peekAt(2).is("WHERE")) {
            next();
            next();
            next();
            expr();
            expectOp(")", "')'");
        }
        if (peek().is("OVER")) { // window function
            next();
            if (peek().isOp("(")) {
                windowSpec();
            } else {
                expectName("window name");
            }
        }
        if (name.is("COLUMNS")) {
            columnTransformers();
        }
        return new Expr(Expr.Kind.FUNCTION, name.text(), new TextRange(name.start(), prevEnd()), List.copyOf(args));
    }

    private List<Expr> functionArguments(Token function) {
        List<Expr> args = new ArrayList<>();
        if (peek().isOp(")")) {
            return args;
        }
        if (peek().is("DISTINCT") && !peekAt(1).isOp(",") && !peekAt(1).isOp(")")
                || peek().is("ALL")
                        && !peekAt(1).isOp(",")
                        && !peekAt(1).isOp(")")
                        && !peekAt(1).isOp("(")) {
            next();
        }
        if (peek().is("SELECT") || peek().is("WITH")) { // in (SELECT ...), exists(SELECT ...), view(SELECT ...)
            selectUnion();
            return args;
        }
        boolean cast = function.is("CAST") || function.is("TRY_CAST");
        boolean special = function.kind() == Token.Kind.WORD && SPECIAL_FUNCTIONS.contains(upper(function));
        if ((function.is("TRIM") || function.is("TRIMBOTH"))
                && (peek().is("BOTH") || peek().is("LEADING") || peek().is("TRAILING"))) {
            next();
            if (peek().is("FROM")) {
                next();
            }
        }
        do {
            boolean outerCast = inCast;
            inCast = cast;
            Expr a;
            try {
                a = special ? aliasedLoose() : aliased();
            } finally {
                inCast = outerCast;
            }
            args.add(a);
            if (peek().is("AS") && cast) {
                next();
                dataType("a type");
                continue;
            }
            while (special && (peek().is("FROM") || peek().is("FOR") || peek().is("PLACING"))) { // extract(DAY FROM x)
                next();
                args.add(aliasedLoose());
            }
        } while (acceptOp(","));
        return args;
    }

    private Expr caseExpr() {
        Token c = next();
        enter(c);
        if (!peek().is("WHEN")) {
            aliasedLoose();
        }
        if (!peek().is("WHEN")) {
            throw fail("WHEN");
        }
        while (peek().is("WHEN")) {
            next();
            aliasedLoose();
            expectWord("THEN");
            aliasedLoose();
        }
        if (peek().is("ELSE")) {
            next();
            aliasedLoose();
        }
        expectWord("END");
        depth--;
        return new Expr(Expr.Kind.OTHER, "CASE", new TextRange(c.start(), prevEnd()), List.of());
    }

    // ---------------------------------------------------------------- helpers

    private boolean ifNotExists() {
        if (peek().is("IF") && (peekAt(1).is("NOT") || peekAt(1).is("EXISTS"))) {
            next();
            expectWord("NOT");
            expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        if (peek().is("IF") && peekAt(1).is("EXISTS")) {
            next();
            expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private void uuidAndCluster() {
        if (peek().is("UUID") && peekAt(1).kind() == Token.Kind.STRING) {
            next();
            next();
        }
        onCluster();
    }

    private void onCluster() {
        if (peek().is("ON") && peekAt(1).is("CLUSTER")) {
            next();
            next();
            Token c = next();
            if (!(c.isName() || c.kind() == Token.Kind.STRING)) {
                throw failAt(c, "cluster name");
            }
        }
    }

    private QualifiedName qualifiedName(String expected) {
        Token first = expectName(expected);
        if (peek().isOp(".") && peekAt(1).isName()) {
            next();
            Token second = next();
            return new QualifiedName(first.name(), second.name(), new TextRange(first.start(), second.end()));
        }
        if (peek().isOp(".")) {
            next();
            throw fail(expected);
        }
        return new QualifiedName(null, first.name(), first.range());
    }

    /** As {@link #qualifiedName}, where any word can be the name ({@code CREATE INDEX i ON on ...}). */
    private QualifiedName anyQualifiedName(String expected) {
        Token first = anyName(expected);
        if (peek().isOp(".") && peekAt(1).isName()) {
            next();
            Token second = next();
            return new QualifiedName(first.name(), second.name(), new TextRange(first.start(), second.end()));
        }
        return new QualifiedName(null, first.name(), first.range());
    }

    private QualifiedName simpleName(String expected) {
        Token t = expectName(expected);
        return new QualifiedName(null, t.name(), t.range());
    }

    private Token expectName(String expected) {
        Token t = peek();
        if (!t.isName() || t.kind() == Token.Kind.WORD && isStatementKeyword(t)) {
            throw failAt(t, expected);
        }
        return next();
    }

    /** A bare word that cannot be a name where a name is expected, because it starts the next clause. */
    private static boolean isStatementKeyword(Token t) {
        return t.is("ENGINE") || t.is("AS") || t.is("ON") || t.is("SELECT") || t.is("TO");
    }

    /** Any name, keywords included (after AS, where nothing else can follow). */
    private Token anyName(String expected) {
        Token t = peek();
        if (!t.isName()) {
            throw failAt(t, expected);
        }
        return next();
    }

    private Token expectWord(String word) {
        Token t = peek();
        if (!t.is(word)) {
            throw failAt(t, word);
        }
        return next();
    }

    private Token expectOp(String op, String expected) {
        Token t = peek();
        if (!t.isOp(op)) {
            throw failAt(t, expected);
        }
        return next();
    }

    private void expectOpenParen() {
        expectOp("(", "'('");
    }

    private Token expectKind(Token.Kind kind, String expected) {
        Token t = peek();
        if (t.kind() != kind) {
            throw failAt(t, expected);
        }
        return next();
    }

    private boolean acceptOp(String op) {
        if (peek().isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    /** Skips a parenthesised group starting at the current {@code (}, checking only that it is balanced. */
    private void skipBalanced() {
        expectOpenParen();
        int level = 1;
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.EOF || t.isOp(";") || t.kind() == Token.Kind.ERROR) {
                throw failAt(t, "')'");
            }
            next();
            if (t.isOp("(")) {
                level++;
            } else if (t.isOp(")") && --level == 0) {
                return;
            }
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        int i = Math.min(pos + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    private int prevEnd() {
        return pos > 0 ? tokens.get(pos - 1).end() : 0;
    }

    private Failure fail(String expected) {
        return failAt(peek(), expected);
    }

    private Failure failAt(Token t, String expected) {
        String found = t.describe();
        TextRange r = t.kind() == Token.Kind.EOF ? new TextRange(prevEnd(), prevEnd()) : t.range();
        if (t.isOp(";")) {
            found = "';' (end of statement)";
        }
        return new Failure(new SyntaxError(r, expected, found));
    }
}
