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
import java.util.Set;

/**
 * Recursive-descent parser for the ClickHouse DDL that migrations contain. One instance parses one text; it never throws.
 * A statement with an error becomes {@link Statement.Broken} and parsing resumes after the next {@code ;}, so one typo
 * gives one error. Statement kinds it does not model become {@link Statement.Unmodelled}.
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

    private static final Set<String> UNMODELLED = Set.of("SET", "SYSTEM", "GRANT", "REVOKE", "KILL", "DETACH", "ATTACH",
            "USE", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "CHECK", "UNDROP", "DELETE", "UPDATE", "MOVE", "BACKUP", "RESTORE",
            "WATCH", "BEGIN", "COMMIT", "ROLLBACK", "EXISTS");
    private static final String STATEMENT_START = "a statement (CREATE, ALTER, DROP, RENAME, EXCHANGE, TRUNCATE, INSERT, OPTIMIZE, SELECT)";
    private static final Set<String> TABLE_CLAUSES = Set.of("ENGINE", "PARTITION", "ORDER", "PRIMARY", "SAMPLE", "TTL",
            "SETTINGS", "COMMENT", "AS", "EMPTY");
    private static final Set<String> INTERVAL_UNITS = Set.of("NANOSECOND", "MICROSECOND", "MILLISECOND", "SECOND", "MINUTE",
            "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS",
            "QUARTERS", "YEARS");
    /**
     * Words that cannot start an expression, so "expected an expression" is reported at them instead of reading them as a
     * column. Kept small: ClickHouse keywords are not reserved and columns are often named {@code type}, {@code end} ...
     */
    private static final Set<String> EXPRESSION_STOP = Set.of("ENGINE", "SETTINGS", "SELECT", "WHERE", "THEN", "ELSE",
            "WHEN", "AND", "OR", "AS", "CODEC", "DEFAULT", "MATERIALIZED", "ALIAS", "EPHEMERAL", "GRANULARITY", "RECOMPRESS",
            "LIKE", "ILIKE", "BETWEEN", "IS", "IN");

    private final String text;
    private final List<Token> tokens;
    private int pos;
    /** The object the current statement names once known, for {@link Statement.Broken}. */
    private QualifiedName currentName;
    private String currentKind;

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
            currentKind = first.text().toUpperCase(java.util.Locale.ROOT);
            try {
                Statement s = statement();
                if (!atStatementEnd()) {
                    throw fail("';' or end of file");
                }
                out.add(s);
            } catch (Failure f) {
                skipToStatementEnd();
                // the error may sit on the ';' that ended the statement too early: the range covers it
                int end = Math.max(lastEnd(startPos), f.error.range().end());
                out.add(new Statement.Broken(new TextRange(first.start(), end), currentKind, currentName, f.error));
            } catch (StackOverflowError e) {
                skipToStatementEnd();
                Token at = first;
                out.add(new Statement.Broken(new TextRange(first.start(), lastEnd(startPos)), currentKind, currentName,
                        new SyntaxError(at.range(), "a shallower statement", "nesting too deep to check")));
            }
        }
        return out;
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
        if (t.is("CREATE")) {
            return create();
        }
        if (t.is("ALTER")) {
            return alter();
        }
        if (t.is("DROP")) {
            return drop();
        }
        if (t.is("RENAME")) {
            return rename();
        }
        if (t.is("EXCHANGE")) {
            return exchange();
        }
        if (t.is("TRUNCATE")) {
            return truncate();
        }
        if (t.is("INSERT")) {
            return insert();
        }
        if (t.is("OPTIMIZE")) {
            return optimize();
        }
        if (t.is("SELECT") || t.is("WITH") || t.isOp("(")) {
            Select s = select();
            return new Statement.Query(s.range(), s);
        }
        if (t.kind() == Token.Kind.WORD && UNMODELLED.contains(t.text().toUpperCase(java.util.Locale.ROOT))) {
            return unmodelled(t, t.text().toUpperCase(java.util.Locale.ROOT));
        }
        throw failAt(t, STATEMENT_START);
    }

    private Statement unmodelled(Token first, String kind) {
        int start = first.start();
        skipBalancedToEnd();
        return new Statement.Unmodelled(new TextRange(start, prevEnd()), kind, first.range());
    }

    private Statement create() {
        Token create = next();
        boolean orReplace = false;
        if (peek().is("OR")) {
            next();
            expectWord("REPLACE");
            orReplace = true;
        }
        if (peek().is("TEMPORARY")) {
            next();
        }
        Token what = peek();
        if (what.is("TABLE")) {
            currentKind = "CREATE TABLE";
            next();
            return createTable(create, what, orReplace);
        }
        if (what.is("MATERIALIZED") || what.is("VIEW")) {
            currentKind = what.is("VIEW") ? "CREATE VIEW" : "CREATE MATERIALIZED VIEW";
            boolean materialized = what.is("MATERIALIZED");
            next();
            Token view = materialized ? expectWord("VIEW") : what;
            return createView(create, view, orReplace, materialized);
        }
        if (what.is("DICTIONARY")) {
            currentKind = "CREATE DICTIONARY";
            next();
            return createDictionary(create);
        }
        if (what.is("DATABASE")) {
            currentKind = "CREATE DATABASE";
            next();
            return createDatabase(create);
        }
        if (what.is("LIVE") || what.is("WINDOW") || what.is("FUNCTION") || what.is("USER") || what.is("ROLE") || what.is("ROW")
                || what.is("POLICY") || what.is("QUOTA") || what.is("SETTINGS") || what.is("PROFILE") || what.is("NAMED")
                || what.is("INDEX")) {
            return unmodelled(create, "CREATE " + what.text().toUpperCase(java.util.Locale.ROOT));
        }
        throw failAt(what, "TABLE, VIEW, MATERIALIZED VIEW, DICTIONARY or DATABASE");
    }

    private Statement createTable(Token create, Token tableWord, boolean orReplace) {
        int ifAt = tableWord.end();
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("table name");
        currentName = name;
        uuidAndCluster();
        List<Column> columns = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        TextRange columnsRange = null;
        QualifiedName asTable = null;
        Select asSelect = null;
        if (peek().isOp("(")) {
            Token open = next();
            tableElements(columns, indexes);
            Token close = expectOp(")", "',' or ')' after a column definition");
            columnsRange = new TextRange(open.start(), close.end());
        } else if (peek().is("AS") && !peekAt(1).is("SELECT") && !peekAt(1).is("WITH") && !peekAt(1).isOp("(")) {
            next();
            asTable = qualifiedName("table name after AS");
            if (peek().isOp("(")) { // AS table_function(...): not a table
                skipBalanced();
                asTable = null;
            }
        } else if (!peek().is("ENGINE") && !peek().is("AS") && !peek().is("EMPTY")) {
            throw fail("'(' and column definitions, AS other_table, ENGINE or AS SELECT");
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
                orderBy = expr();
                orderByClause = new TextRange(k.start(), orderBy.range().end());
            } else if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                primaryKey = expr();
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
                asSelect = select();
            } else if (k.is("AS")) {
                next();
                asSelect = select();
            } else {
                throw failAt(k, engine == null ? "ENGINE, PARTITION BY, ORDER BY, PRIMARY KEY, SAMPLE BY, TTL, SETTINGS or ';'"
                        : "PARTITION BY, ORDER BY, PRIMARY KEY, SAMPLE BY, TTL, SETTINGS, COMMENT or ';'");
            }
        }
        return new Statement.CreateTable(new TextRange(create.start(), prevEnd()), new TextRange(create.start(), tableWord.end()),
                ifAt, ifNotExists, orReplace, name, List.copyOf(columns), List.copyOf(indexes), columnsRange, engine,
                partitionBy, partitionClause, orderBy, orderByClause, primaryKey, asTable, asSelect);
    }

    private void tableElements(List<Column> columns, List<Index> indexes) {
        if (peek().isOp(")")) {
            throw fail("a column definition");
        }
        do {
            Token t = peek();
            if (t.is("INDEX") && peekAt(1).isName() && (elementHasWord("TYPE") || elementHasWord("GRANULARITY"))) {
                next();
                indexes.add(indexBody(t));
            } else if (t.is("PROJECTION") && peekAt(1).isName() && peekAt(2).isOp("(") && !peekAt(3).isOp(")")) {
                next();
                next();
                skipBalanced();
            } else if (t.is("CONSTRAINT") && peekAt(1).isName() && (peekAt(2).is("CHECK") || peekAt(2).is("ASSUME"))) {
                next();
                next();
                next();
                expr();
            } else if (t.is("PRIMARY") && peekAt(1).is("KEY")) {
                next();
                next();
                expr();
            } else {
                columns.add(column(true));
            }
        } while (acceptOp(","));
    }

    /** True if {@code word} occurs in the current table element (before its top-level ',' or ')'): tells an index from a column named "index". */
    private boolean elementHasWord(String word) {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EOF || t.isOp(";")) {
                return false;
            }
            if (t.isOp("(")) {
                depth++;
            } else if (t.isOp(")")) {
                if (depth-- == 0) {
                    return false;
                }
            } else if (depth == 0 && t.isOp(",")) {
                return false;
            } else if (depth == 0 && t.is(word)) {
                return true;
            }
        }
        return false;
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
        DataType type = null;
        if (!atColumnEnd() && !isModifierStart(peek())) {
            type = dataType("column type");
        } else if (requireType && !isModifierStart(peek())) {
            throw fail("column type");
        }
        String defaultKind = null;
        Expr defaultExpr = null;
        while (!atColumnEnd()) {
            Token m = peek();
            if (m.is("NULL")) {
                next();
            } else if (m.is("NOT")) {
                next();
                expectWord("NULL");
            } else if (m.is("DEFAULT") || m.is("MATERIALIZED") || m.is("ALIAS") || m.is("EPHEMERAL") || m.is("EXPRESSION")) {
                next();
                defaultKind = m.text().toUpperCase(java.util.Locale.ROOT);
                if (!(m.is("EPHEMERAL") && (atColumnEnd() || isModifierStart(peek())))) {
                    defaultExpr = expr();
                }
            } else if (m.is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else if (m.is("CODEC") || m.is("STATISTICS") || m.is("SETTINGS") && peekAt(1).isOp("(")) {
                next();
                expectOpenParen();
                skipBalancedInner();
            } else if (m.is("TTL")) {
                next();
                expr();
            } else if (m.is("PRIMARY")) {
                next();
                expectWord("KEY");
            } else if (m.is("HIERARCHICAL") || m.is("INJECTIVE") || m.is("IS_OBJECT_ID")) {
                next();
            } else {
                break;
            }
        }
        if (requireType && type == null && defaultKind == null) {
            throw failAt(peek(), "column type");
        }
        return new Column(name.name(), name.range(), type, defaultKind, defaultExpr, new TextRange(start, prevEnd()));
    }

    private boolean atColumnEnd() {
        return peek().isOp(",") || peek().isOp(")") || atStatementEnd();
    }

    private static boolean isModifierStart(Token t) {
        return t.kind() == Token.Kind.WORD && (t.is("NULL") || t.is("NOT") || t.is("DEFAULT") || t.is("MATERIALIZED")
                || t.is("ALIAS") || t.is("EPHEMERAL") || t.is("COMMENT") || t.is("CODEC") || t.is("TTL") || t.is("EXPRESSION")
                || t.is("AFTER") || t.is("FIRST"));
    }

    private DataType dataType(String expected) {
        Token name = peek();
        if (name.kind() != Token.Kind.WORD && name.kind() != Token.Kind.QUOTED_NAME) {
            throw failAt(name, expected);
        }
        next();
        // multi-word SQL-standard aliases: DOUBLE PRECISION, CHARACTER VARYING, ... (rare in migrations)
        while (peek().is("PRECISION") || peek().is("VARYING") || peek().is("UNSIGNED")) {
            next();
        }
        TextRange nameRange = new TextRange(name.start(), prevEnd());
        List<DataType> params = List.of();
        if (peek().isOp("(")) {
            next();
            params = new ArrayList<>();
            do {
                params.add(typeParameter());
            } while (acceptOp(","));
            expectOp(")", "',' or ')' in the type's parameters");
        }
        return new DataType(name.name(), nameRange, List.copyOf(params), new TextRange(name.start(), prevEnd()), false, null);
    }

    private DataType typeParameter() {
        Token t = peek();
        int start = t.start();
        if (t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.NUMBER || t.isOp("-")) {
            if (t.isOp("-")) {
                next();
            }
            Token lit = next();
            if (lit.kind() != Token.Kind.STRING && lit.kind() != Token.Kind.NUMBER) {
                throw failAt(lit, "a number");
            }
            if (peek().isOp("=")) { // Enum value: 'name' = 1
                next();
                acceptOp("-");
                expectKind(Token.Kind.NUMBER, "enum value number");
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
            return new DataType(inner.name(), inner.nameRange(), inner.params(), new TextRange(start, inner.range().end()), false,
                    new TextRange(start, inner.range().start()).of(text).strip());
        }
        if (t.isName() && peekAt(1).isName()) { // named field of Tuple/Nested: name Type
            next();
            DataType inner = dataType("field type");
            return new DataType(inner.name(), inner.nameRange(), inner.params(), new TextRange(start, inner.range().end()), false, t.name());
        }
        if (t.isName() && peekAt(1).isOp("=")) { // JSON(max_dynamic_paths = 10)
            next();
            next();
            Expr value = expr();
            TextRange r = new TextRange(start, value.range().end());
            return new DataType(r.of(text), r, List.of(), r, true, null);
        }
        // also AggregateFunction(quantiles(0.5, 0.9), Float64): the function with parameters reads like a type
        return dataType("a type");
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
                    args.add(expr());
                } while (acceptOp(","));
            }
            expectOp(")", "',' or ')' in the engine arguments");
        }
        return new Engine(name.name(), name.range(), List.copyOf(args), new TextRange(name.start(), prevEnd()),
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
                expectKind(Token.Kind.STRING, "disk or volume name");
            } else if (peek().is("RECOMPRESS")) {
                next();
                expectWord("CODEC");
                expectOpenParen();
                skipBalancedInner();
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
                    } while (acceptOp(","));
                }
            }
            if (peek().is("WHERE")) {
                next();
                expr();
            }
        } while (peek().isOp(",") && !isAlterVerb(peekAt(1)) && acceptOp(","));
    }

    private static final Set<String> ALTER_VERBS = Set.of("ADD", "DROP", "MODIFY", "RENAME", "COMMENT", "CLEAR", "MATERIALIZE",
            "UPDATE", "DELETE", "ATTACH", "DETACH", "REPLACE", "MOVE", "FETCH", "FREEZE", "UNFREEZE", "REMOVE", "RESET");

    /** In ALTER TABLE, ',' also separates actions: a list inside an action stops before the next action's verb. */
    private static boolean isAlterVerb(Token t) {
        return t.kind() == Token.Kind.WORD && ALTER_VERBS.contains(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    private void settings() {
        do {
            expectName("setting name");
            expectOp("=", "'=' after the setting name");
            expr();
        } while (peek().isOp(",") && !(isAlterVerb(peekAt(1)) && !peekAt(2).isOp("=")) && acceptOp(","));
    }

    private Statement createView(Token create, Token viewWord, boolean orReplace, boolean materialized) {
        int ifAt = viewWord.end();
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("view name");
        currentName = name;
        uuidAndCluster();
        if (peek().is("REFRESH")) { // refreshable view: schedule clause, not checked in detail
            while (!atStatementEnd() && !peek().is("TO") && !peek().is("ENGINE") && !peek().is("AS") && !peek().is("EMPTY")) {
                next();
            }
        }
        QualifiedName to = null;
        Engine engine = null;
        if (materialized && peek().is("TO")) {
            next();
            to = qualifiedName("target table name");
            if (peek().isOp("(")) {
                skipBalanced();
            }
        } else if (peek().isOp("(")) {
            skipBalanced();
        }
        while (!peek().is("AS") && !atStatementEnd()) {
            Token k = peek();
            if (k.is("ENGINE")) {
                engine = engine();
            } else if (k.is("PARTITION") || k.is("ORDER") || k.is("SAMPLE")) {
                next();
                expectWord("BY");
                expr();
            } else if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                expr();
            } else if (k.is("TTL")) {
                next();
                ttlList();
            } else if (k.is("SETTINGS")) {
                next();
                settings();
            } else if (k.is("POPULATE") || k.is("EMPTY")) {
                next();
            } else if (k.is("DEFINER") || k.is("SQL")) {
                while (!atStatementEnd() && !peek().is("AS")) {
                    next();
                }
            } else {
                throw failAt(k, materialized ? (to == null ? "TO table, ENGINE, POPULATE or AS SELECT" : "AS SELECT") : "AS SELECT");
            }
        }
        expectWord("AS");
        Select select = select(false, true);
        if (peek().is("COMMENT")) {
            next();
            expectKind(Token.Kind.STRING, "comment string");
        }
        return new Statement.CreateView(new TextRange(create.start(), prevEnd()), new TextRange(create.start(), viewWord.end()),
                ifAt, ifNotExists, orReplace, materialized, name, to, engine, select);
    }

    private Statement createDictionary(Token create) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName("dictionary name");
        currentName = name;
        uuidAndCluster();
        List<Column> attributes = new ArrayList<>();
        expectOp("(", "'(' and attribute definitions");
        do {
            attributes.add(column(true));
        } while (acceptOp(","));
        expectOp(")", "',' or ')' after an attribute definition");
        while (!atStatementEnd()) {
            Token k = peek();
            if (k.is("PRIMARY")) {
                next();
                expectWord("KEY");
                do {
                    expr();
                } while (acceptOp(","));
            } else if (k.is("SOURCE") || k.is("LAYOUT") || k.is("LIFETIME") || k.is("RANGE") || k.is("SETTINGS")) {
                next();
                expectOpenParen();
                skipBalancedInner();
            } else if (k.is("COMMENT")) {
                next();
                expectKind(Token.Kind.STRING, "comment string");
            } else {
                throw failAt(k, "PRIMARY KEY, SOURCE, LAYOUT, LIFETIME, RANGE, SETTINGS, COMMENT or ';'");
            }
        }
        return new Statement.CreateDictionary(new TextRange(create.start(), prevEnd()), ifNotExists, name, List.copyOf(attributes));
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
            } else {
                throw fail("ENGINE, COMMENT or ';'");
            }
        }
        return new Statement.CreateDatabase(new TextRange(create.start(), prevEnd()), ifNotExists, name, engine);
    }

    private Statement alter() {
        Token alter = next();
        if (!peek().is("TABLE")) {
            if (peek().is("USER") || peek().is("ROLE") || peek().is("QUOTA") || peek().is("ROW") || peek().is("SETTINGS")
                    || peek().is("POLICY") || peek().is("DATABASE") || peek().is("NAMED")) {
                return unmodelled(alter, "ALTER " + peek().text().toUpperCase(java.util.Locale.ROOT));
            }
            throw fail("TABLE");
        }
        next();
        currentKind = "ALTER TABLE";
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        List<AlterAction> actions = new ArrayList<>();
        do {
            actions.add(alterAction());
        } while (acceptOp(","));
        return new Statement.AlterTable(new TextRange(alter.start(), prevEnd()), table, List.copyOf(actions));
    }

    private AlterAction alterAction() {
        Token verb = peek();
        int start = verb.start();
        String v = verb.text().toUpperCase(java.util.Locale.ROOT);
        if (verb.kind() != Token.Kind.WORD) {
            throw failAt(verb, "an ALTER action (ADD, DROP, MODIFY, RENAME, COMMENT, CLEAR, MATERIALIZE, UPDATE, DELETE, ...)");
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
                    return new AlterAction("ADD COLUMN", new TextRange(start, prevEnd()), c.name(), c.nameRange(), c,
                            false, null, null, after);
                }
                if (what.is("INDEX")) {
                    next();
                    ifNotExists();
                    Index idx = indexBody(what);
                    afterOrFirst();
                    return new AlterAction("ADD INDEX", new TextRange(start, prevEnd()), idx.name(), idx.nameRange(), null);
                }
                if (what.is("PROJECTION")) {
                    next();
                    ifNotExists();
                    Token n = expectName("projection name");
                    expectOpenParen();
                    skipBalancedInner();
                    return new AlterAction("ADD PROJECTION", new TextRange(start, prevEnd()), n.name(), n.range(), null);
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
                    return new AlterAction("ADD CONSTRAINT", new TextRange(start, prevEnd()), n.name(), n.range(), null);
                }
                throw failAt(what, "COLUMN, INDEX, PROJECTION or CONSTRAINT");
            }
            case "DROP", "CLEAR", "MATERIALIZE" -> {
                Token what = peek();
                if (what.is("COLUMN") || what.is("INDEX") || what.is("PROJECTION") || what.is("CONSTRAINT") || what.is("STATISTICS")) {
                    next();
                    boolean ifExists = ifExists();
                    Token n = expectName(what.text().toLowerCase(java.util.Locale.ROOT) + " name");
                    inPartition();
                    return new AlterAction(v + " " + what.text().toUpperCase(java.util.Locale.ROOT), new TextRange(start, prevEnd()), n.name(), n.range(), null,
                            ifExists, null, null, List.of());
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
                    return new AlterAction("DROP DETACHED PARTITION", new TextRange(start, prevEnd()), null, null, null);
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
                if (what.is("COLUMN")) {
                    next();
                    boolean ifExists = ifExists();
                    Column c = modifiedColumn();
                    List<Ast.Identifier> after = afterOrFirst();
                    return new AlterAction("MODIFY COLUMN", new TextRange(start, prevEnd()), c.name(), c.nameRange(), c,
                            ifExists, null, null, after);
                }
                if (what.is("ORDER") || what.is("SAMPLE")) {
                    next();
                    expectWord("BY");
                    Expr key = expr();
                    return new AlterAction("MODIFY " + what.text().toUpperCase(java.util.Locale.ROOT) + " BY", new TextRange(start, prevEnd()), null, null, null,
                            false, null, key, List.of());
                }
                if (what.is("TTL")) {
                    next();
                    ttlList();
                    return new AlterAction("MODIFY TTL", new TextRange(start, prevEnd()), null, null, null);
                }
                if (what.is("SETTING")) {
                    next();
                    settings();
                    return new AlterAction("MODIFY SETTING", new TextRange(start, prevEnd()), null, null, null);
                }
                if (what.is("COMMENT")) {
                    next();
                    expectKind(Token.Kind.STRING, "comment string");
                    return new AlterAction("MODIFY COMMENT", new TextRange(start, prevEnd()), null, null, null);
                }
                if (what.is("QUERY")) {
                    next();
                    select();
                    return new AlterAction("MODIFY QUERY", new TextRange(start, prevEnd()), null, null, null);
                }
                throw failAt(what, "COLUMN, ORDER BY, SAMPLE BY, TTL, SETTING, COMMENT or QUERY");
            }
            case "RENAME" -> {
                expectWord("COLUMN");
                boolean ifExists = ifExists();
                Token from = expectName("column name");
                expectWord("TO");
                Token to = expectName("new column name");
                return new AlterAction("RENAME COLUMN", new TextRange(start, prevEnd()), from.name(), from.range(), null,
                        ifExists, to.name(), null, List.of());
            }
            case "COMMENT" -> {
                expectWord("COLUMN");
                boolean ifExists = ifExists();
                Token n = expectName("column name");
                expectKind(Token.Kind.STRING, "comment string");
                return new AlterAction("COMMENT COLUMN", new TextRange(start, prevEnd()), n.name(), n.range(), null,
                        ifExists, null, null, List.of());
            }
            case "UPDATE" -> {
                List<Ast.Identifier> assigned = new ArrayList<>();
                do {
                    Token column = expectName("column name");
                    assigned.add(new Ast.Identifier(column.name(), column.range()));
                    expectOp("=", "'=' in UPDATE column = value");
                    expr();
                } while (peek().isOp(",") && peekAt(1).isName() && peekAt(2).isOp("=") && acceptOp(","));
                inPartition();
                expectWord("WHERE");
                expr();
                return new AlterAction("UPDATE", new TextRange(start, prevEnd()), null, null, null, false, null, null,
                        List.copyOf(assigned));
            }
            case "DELETE" -> {
                inPartition();
                expectWord("WHERE");
                expr();
                return new AlterAction("DELETE", new TextRange(start, prevEnd()), null, null, null);
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
                    expectKind(Token.Kind.STRING, "backup name");
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
                } while (acceptOp(","));
                return new AlterAction("RESET SETTING", new TextRange(start, prevEnd()), null, null, null);
            }
            default -> throw failAt(verb, "an ALTER action (ADD, DROP, MODIFY, RENAME, COMMENT, CLEAR, MATERIALIZE, UPDATE, DELETE, ...)");
        }
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
            Token column = expectName("column name after AFTER");
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
            expectKind(Token.Kind.STRING, "part name string");
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

    private Statement drop() {
        Token drop = next();
        if (peek().is("TEMPORARY")) {
            next();
        }
        Token what = peek();
        if (!(what.is("TABLE") || what.is("VIEW") || what.is("DICTIONARY") || what.is("DATABASE"))) {
            if (what.is("USER") || what.is("ROLE") || what.is("FUNCTION") || what.is("QUOTA") || what.is("ROW") || what.is("POLICY")
                    || what.is("SETTINGS") || what.is("NAMED") || what.is("INDEX")) {
                return unmodelled(drop, "DROP " + what.text().toUpperCase(java.util.Locale.ROOT));
            }
            throw failAt(what, "TABLE, VIEW, DICTIONARY or DATABASE");
        }
        next();
        currentKind = "DROP " + what.text().toUpperCase(java.util.Locale.ROOT);
        boolean ifExists = ifExists();
        QualifiedName name = what.is("DATABASE") ? simpleName("database name") : qualifiedName(what.text().toLowerCase(java.util.Locale.ROOT) + " name");
        currentName = name;
        uuidAndCluster();
        if (peek().is("SYNC") || peek().is("PERMANENTLY")) {
            next();
        }
        return new Statement.Drop(new TextRange(drop.start(), prevEnd()), what.text().toUpperCase(java.util.Locale.ROOT), ifExists, name);
    }

    private Statement rename() {
        Token rename = next();
        Token what = peek();
        if (!(what.is("TABLE") || what.is("DICTIONARY") || what.is("DATABASE"))) {
            throw failAt(what, "TABLE, DICTIONARY or DATABASE");
        }
        next();
        currentKind = "RENAME " + what.text().toUpperCase(java.util.Locale.ROOT);
        List<QualifiedName[]> pairs = new ArrayList<>();
        do {
            QualifiedName from = qualifiedName("name to rename");
            currentName = from;
            expectWord("TO");
            QualifiedName to = qualifiedName("new name");
            pairs.add(new QualifiedName[] {from, to});
        } while (acceptOp(","));
        uuidAndCluster();
        return new Statement.Rename(new TextRange(rename.start(), prevEnd()), what.text().toUpperCase(java.util.Locale.ROOT), List.copyOf(pairs));
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
        if (peek().is("TEMPORARY")) {
            next();
        }
        if (peek().is("TABLE")) {
            next();
        }
        boolean ifExists = ifExists();
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        return new Statement.Truncate(new TextRange(truncate.start(), prevEnd()), ifExists, table);
    }

    private Statement insert() {
        Token insert = next();
        expectWord("INTO");
        if (peek().is("FUNCTION")) {
            return unmodelled(insert, "INSERT INTO FUNCTION");
        }
        if (peek().is("TABLE")) {
            next();
        }
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        List<String> columns = new ArrayList<>();
        List<Ast.Identifier> columnRefs = new ArrayList<>();
        if (peek().isOp("(")) {
            next();
            do {
                Token column = expectName("column name");
                columns.add(column.name());
                columnRefs.add(new Ast.Identifier(column.name(), column.range()));
            } while (acceptOp(","));
            expectOp(")", "',' or ')' in the column list");
        }
        if (peek().is("SETTINGS")) {
            next();
            settings();
        }
        Select select = null;
        if (peek().is("VALUES")) {
            next();
            do {
                expectOpenParen();
                if (!peek().isOp(")")) {
                    do {
                        expr();
                    } while (acceptOp(","));
                }
                expectOp(")", "',' or ')' in VALUES");
            } while (acceptOp(","));
        } else if (peek().is("FORMAT")) {
            next();
            expectName("format name");
            while (!atStatementEnd()) { // inline data: not SQL
                next();
            }
        } else if (peek().is("SELECT") || peek().is("WITH") || peek().isOp("(")) {
            select = select();
        } else {
            throw fail("VALUES, SELECT or FORMAT");
        }
        return new Statement.Insert(new TextRange(insert.start(), prevEnd()), table, List.copyOf(columns), select,
                List.copyOf(columnRefs));
    }

    private Statement optimize() {
        Token optimize = next();
        expectWord("TABLE");
        QualifiedName table = qualifiedName("table name");
        currentName = table;
        uuidAndCluster();
        if (peek().is("PARTITION")) {
            partitionSpec(next());
        }
        if (peek().is("FINAL")) {
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
        return new Statement.Optimize(new TextRange(optimize.start(), prevEnd()), table);
    }

    /**
     * A SELECT runs to the end of the statement. Only parentheses are checked here; the query itself goes to
     * {@link SelectFacts} (JSQLParser, with our scan as fallback), whose failures are not syntax errors.
     */
    private Select select() {
        return select(false, false);
    }

    private Select select(boolean nested) {
        return select(nested, false);
    }

    /**
     * {@code nested}: inside parentheses (a subquery), so an unmatched ')' ends the query instead of being an error.
     * {@code viewBody}: the query of a view, analysed with JSQLParser too (see {@link SelectFacts}).
     */
    private Select select(boolean nested, boolean viewBody) {
        Token first = peek();
        if (!(first.is("SELECT") || first.is("WITH") || first.isOp("("))) {
            throw failAt(first, "SELECT");
        }
        int startPos = pos;
        List<Token> open = new ArrayList<>();
        while (!atStatementEnd()) {
            Token t = peek();
            if (t.kind() == Token.Kind.ERROR) {
                throw failAt(t, "the rest of the query");
            }
            if (t.isOp("(") || t.isOp("[")) {
                open.add(t);
            } else if (t.isOp(")") || t.isOp("]")) {
                String want = t.isOp(")") ? "(" : "[";
                if (open.isEmpty() || !open.get(open.size() - 1).isOp(want)) {
                    if (open.isEmpty() && t.isOp(")") && nested) {
                        break; // the subquery's closing parenthesis
                    }
                    throw failAt(t, open.isEmpty() ? "the end of the query" : "'" + (open.get(open.size() - 1).isOp("(") ? ")" : "]") + "'");
                }
                open.remove(open.size() - 1);
            } else if (t.is("COMMENT") && open.isEmpty() && peekAt(1).kind() == Token.Kind.STRING && peekAt(2).isOp(";")) {
                break; // CREATE VIEW ... AS SELECT ... COMMENT 'x'
            }
            next();
        }
        if (!open.isEmpty()) {
            Token unclosed = open.get(open.size() - 1);
            throw failAt(peek(), "'" + (unclosed.isOp("(") ? ")" : "]") + "' to close the one on line " + lineNumber(unclosed.start()));
        }
        List<Token> body = tokens.subList(startPos, pos);
        TextRange r = new TextRange(first.start(), prevEnd());
        return new Select(r, new SelectFacts(text, body, viewBody));
    }

    // ---------------------------------------------------------------- expressions

    private Expr expr() {
        Expr cond = orExpr();
        if (peek().isOp("?")) {
            next();
            Expr a = expr();
            expectOp(":", "':' of the ternary operator");
            Expr b = expr();
            return new Expr(Expr.Kind.OPERATOR, "?:", cond.range().to(b.range()), List.of(cond, a, b));
        }
        return cond;
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
        if (peek().is("NOT")) {
            Token not = next();
            Expr e = notExpr();
            return new Expr(Expr.Kind.OPERATOR, "NOT", new TextRange(not.start(), e.range().end()), List.of(e));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = concat();
        while (true) {
            Token t = peek();
            String op = null;
            if (t.kind() == Token.Kind.OP && Set.of("=", "==", "!=", "<>", "<", ">", "<=", ">=", "<=>").contains(t.text())) {
                next();
                op = t.text();
            } else if (t.is("IN") && (peekAt(1).is("PARTITION") || peekAt(1).is("PART"))) {
                return left; // UPDATE c = v IN PARTITION p: a clause, not the IN operator
            } else if (t.is("LIKE") || t.is("ILIKE") || t.is("IN")) {
                next();
                op = t.text();
            } else if (t.is("NOT") && (peekAt(1).is("LIKE") || peekAt(1).is("ILIKE") || peekAt(1).is("IN"))) {
                next();
                op = "NOT " + next().text();
            } else if (t.is("GLOBAL") && (peekAt(1).is("IN") || peekAt(1).is("NOT"))) {
                next();
                if (peek().is("NOT")) {
                    next();
                }
                expectWord("IN");
                op = "GLOBAL IN";
            } else if (t.is("IS")) {
                next();
                if (peek().is("NOT")) {
                    next();
                }
                Token n = expectWord("NULL");
                left = new Expr(Expr.Kind.OPERATOR, "IS NULL", new TextRange(left.range().start(), n.end()), List.of(left));
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
            Expr e = unary();
            return new Expr(Expr.Kind.OPERATOR, sign.text(), new TextRange(sign.start(), e.range().end()), List.of(e));
        }
        return postfix();
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            if (peek().isOp("[")) {
                next();
                Expr idx = expr();
                expectOp("]", "']'");
                e = new Expr(Expr.Kind.OPERATOR, "[]", new TextRange(e.range().start(), prevEnd()), List.of(e, idx));
            } else if (peek().isOp(".") && (peekAt(1).isName() || peekAt(1).kind() == Token.Kind.NUMBER)) {
                next();
                Token member = next();
                e = new Expr(e.kind() == Expr.Kind.IDENTIFIER ? Expr.Kind.IDENTIFIER : Expr.Kind.OPERATOR,
                        e.kind() == Expr.Kind.IDENTIFIER ? e.name() + "." + member.name() : ".",
                        new TextRange(e.range().start(), member.end()), e.kind() == Expr.Kind.IDENTIFIER ? List.of() : List.of(e));
            } else if (peek().isOp("::")) {
                next();
                DataType t = dataType("a type after '::'");
                e = new Expr(Expr.Kind.OPERATOR, "::", new TextRange(e.range().start(), t.range().end()), List.of(e));
            } else if (peek().isOp("->")) {
                next();
                Expr body = expr();
                e = new Expr(Expr.Kind.OPERATOR, "->", e.range().to(body.range()), List.of(e, body));
            } else {
                return e;
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
                return new Expr(Expr.Kind.IDENTIFIER, t.name(), t.range(), List.of());
            }
            case OP -> {
                if (t.isOp("(")) {
                    next();
                    if (peek().is("SELECT") || peek().is("WITH")) {
                        select(true);
                        expectOp(")", "')' after the subquery");
                        return new Expr(Expr.Kind.SUBQUERY, null, new TextRange(t.start(), prevEnd()), List.of());
                    }
                    List<Expr> items = new ArrayList<>();
                    if (!peek().isOp(")")) {
                        do {
                            items.add(aliased());
                        } while (acceptOp(","));
                    }
                    expectOp(")", "',' or ')'");
                    TextRange r = new TextRange(t.start(), prevEnd());
                    if (items.size() == 1 && items.get(0).kind() != Expr.Kind.IDENTIFIER) {
                        return new Expr(Expr.Kind.OTHER, "()", r, List.copyOf(items)); // plain grouping
                    }
                    return new Expr(Expr.Kind.TUPLE, null, r, List.copyOf(items));
                }
                if (t.isOp("[")) {
                    next();
                    List<Expr> items = new ArrayList<>();
                    if (!peek().isOp("]")) {
                        do {
                            items.add(expr());
                        } while (acceptOp(","));
                    }
                    expectOp("]", "',' or ']'");
                    return new Expr(Expr.Kind.ARRAY, null, new TextRange(t.start(), prevEnd()), List.copyOf(items));
                }
                if (t.isOp("*")) {
                    next();
                    return new Expr(Expr.Kind.OTHER, "*", t.range(), List.of());
                }
                if (t.isOp("{")) { // query parameter {name:Type} or a map literal
                    next();
                    skipUntilClose("{", "}");
                    return new Expr(Expr.Kind.OTHER, null, new TextRange(t.start(), prevEnd()), List.of());
                }
                if (t.isOp("?")) {
                    next();
                    return new Expr(Expr.Kind.OTHER, "?", t.range(), List.of());
                }
                throw failAt(t, "an expression");
            }
            case WORD -> {
                String up = t.text().toUpperCase(java.util.Locale.ROOT);
                if (up.equals("CASE")) {
                    return caseExpr();
                }
                if (up.equals("INTERVAL") && !peekAt(1).isOp("(") && !peekAt(1).isOp(",") && !peekAt(1).isOp(")")) {
                    next();
                    Expr amount = peek().kind() == Token.Kind.STRING ? primary() : unary();
                    if (peek().kind() == Token.Kind.WORD && INTERVAL_UNITS.contains(peek().text().toUpperCase(java.util.Locale.ROOT))) {
                        next();
                    } else if (amount.kind() != Expr.Kind.LITERAL || !amount.name().startsWith("'")) {
                        throw fail("an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR)");
                    }
                    return new Expr(Expr.Kind.OTHER, "INTERVAL", new TextRange(t.start(), prevEnd()), List.of(amount));
                }
                if ((up.equals("DATE") || up.equals("TIMESTAMP")) && peekAt(1).kind() == Token.Kind.STRING) {
                    next();
                    next();
                    return new Expr(Expr.Kind.LITERAL, text.substring(t.start(), prevEnd()), new TextRange(t.start(), prevEnd()), List.of());
                }
                if (EXPRESSION_STOP.contains(up) && !peekAt(1).isOp("(") || startsClause(t)) {
                    throw failAt(t, "an expression");
                }
                next();
                if (peek().isOp("(")) {
                    return functionCall(t);
                }
                return new Expr(Expr.Kind.IDENTIFIER, t.text(), t.range(), List.of());
            }
            default -> throw failAt(t, "an expression");
        }
    }

    /** {@code ORDER BY}, {@code PARTITION BY}, {@code PRIMARY KEY} ... where an expression was expected. */
    /** 1-based line of an offset, for messages. */
    private int lineNumber(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private boolean startsClause(Token t) {
        Token after = peekAt(1);
        return (t.is("ORDER") || t.is("PARTITION") || t.is("GROUP") || t.is("SAMPLE")) && after.is("BY")
                || t.is("PRIMARY") && after.is("KEY");
    }

    private Expr aliased() {
        Expr e = expr();
        if (peek().is("AS") && peekAt(1).isName()) {
            next();
            next();
        }
        return e;
    }

    private Expr functionCall(Token name) {
        List<Expr> args = new ArrayList<>();
        next(); // (
        parseArguments(args, name);
        expectOp(")", "',' or ')' in the arguments of " + name.text());
        if (peek().isOp("(")) { // parametric aggregate: quantile(0.9)(x)
            next();
            parseArguments(args, name);
            expectOp(")", "',' or ')' in the arguments of " + name.text());
        }
        if (peek().is("OVER")) { // window function
            next();
            if (peek().isOp("(")) {
                skipBalanced();
            } else {
                expectName("window name");
            }
        }
        return new Expr(Expr.Kind.FUNCTION, name.text(), new TextRange(name.start(), prevEnd()), List.copyOf(args));
    }

    private void parseArguments(List<Expr> args, Token function) {
        if (peek().isOp(")")) {
            return;
        }
        if (peek().is("DISTINCT") || peek().is("ALL")) {
            next();
        }
        if (peek().is("SELECT") || peek().is("WITH")) { // in (SELECT ...), exists(SELECT ...)
            select(true);
            return;
        }
        boolean cast = function.is("CAST") || function.is("_CAST") || function.is("TRY_CAST");
        do {
            args.add(expr());
            while (peek().is("FROM") || peek().is("FOR") || peek().is("AS") || peek().is("IN")) { // extract(DAY FROM x), CAST(x AS T)
                Token kw = next();
                if (kw.is("AS") && cast) {
                    dataType("a type");
                } else if (kw.is("AS")) {
                    expectName("alias");
                } else {
                    args.add(expr());
                }
            }
        } while (acceptOp(","));
    }

    private Expr caseExpr() {
        Token c = next();
        if (!peek().is("WHEN") && !peek().is("END")) {
            expr();
        }
        if (!peek().is("WHEN")) {
            throw fail("WHEN");
        }
        while (peek().is("WHEN")) {
            next();
            expr();
            expectWord("THEN");
            expr();
        }
        if (peek().is("ELSE")) {
            next();
            expr();
        }
        expectWord("END");
        return new Expr(Expr.Kind.OTHER, "CASE", new TextRange(c.start(), prevEnd()), List.of());
    }

    // ---------------------------------------------------------------- helpers

    private boolean ifNotExists() {
        if (peek().is("IF")) {
            next();
            expectWord("NOT");
            expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        if (peek().is("IF")) {
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
        if (peek().is("ON")) {
            next();
            expectWord("CLUSTER");
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
        return t.is("ENGINE") || t.is("AS") || t.is("ON") || t.is("SELECT") || t.is("ORDER") || t.is("PARTITION") || t.is("TO");
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

    /** Skips a parenthesised group starting at the current {@code (}. */
    private void skipBalanced() {
        expectOpenParen();
        skipBalancedInner();
    }

    /** After an opening {@code (}: skips to and past its matching {@code )}. */
    private void skipBalancedInner() {
        skipUntilClose("(", ")");
    }

    private void skipUntilClose(String openOp, String closeOp) {
        int depth = 1;
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.EOF || t.isOp(";")) {
                throw failAt(t, "'" + closeOp + "'");
            }
            if (t.kind() == Token.Kind.ERROR) {
                throw failAt(t, "'" + closeOp + "'");
            }
            next();
            if (t.isOp(openOp)) {
                depth++;
            } else if (t.isOp(closeOp)) {
                depth--;
                if (depth == 0) {
                    return;
                }
            }
        }
    }

    /** For unmodelled statements: skip to the statement end, but still catch unbalanced parentheses and bad tokens. */
    private void skipBalancedToEnd() {
        int depth = 0;
        while (!atStatementEnd()) {
            Token t = peek();
            if (t.kind() == Token.Kind.ERROR) {
                throw failAt(t, "the rest of the statement");
            }
            if (t.isOp("(")) {
                depth++;
            } else if (t.isOp(")")) {
                if (depth == 0) {
                    throw failAt(t, "the end of the statement");
                }
                depth--;
            }
            next();
        }
        if (depth > 0) {
            throw failAt(peek(), "')'");
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
