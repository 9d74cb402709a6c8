package dev.migrationlsp.postgres;

import dev.migrationlsp.postgres.PgChange.AddColumn;
import dev.migrationlsp.postgres.PgChange.AddConstraint;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.Column;
import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import dev.migrationlsp.postgres.PgChange.CreateIndex;
import dev.migrationlsp.postgres.PgChange.CreateTable;
import dev.migrationlsp.postgres.PgChange.DropColumn;
import dev.migrationlsp.postgres.PgChange.DropConstraint;
import dev.migrationlsp.postgres.PgChange.DropIndex;
import dev.migrationlsp.postgres.PgChange.DropTable;
import dev.migrationlsp.postgres.PgChange.NameRef;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import dev.migrationlsp.postgres.PgChange.SetLockTimeout;
import dev.migrationlsp.postgres.PgChange.Site;
import dev.migrationlsp.postgres.PgChange.Unknown;
import dev.migrationlsp.postgres.PgChange.ValidateConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The schema changes in the SQL of an {@code op.execute(...)}. {@code CREATE TABLE} is parsed with JSQLParser; the
 * PostgreSQL forms that matter for locking and that JSQLParser 5.3 rejects ({@code CREATE INDEX CONCURRENTLY},
 * {@code ... NOT VALID}, {@code UNIQUE USING INDEX}, {@code ALTER TABLE ONLY}) are read clause by clause here. DML,
 * {@code SET}, functions, extensions and the like change no table shape; any other DDL is an {@link Unknown}.
 */
public final class SqlChanges {
    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QNAME = IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?";
    private static final Pattern NO_SCHEMA_EFFECT = Pattern.compile("(?is)\\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|"
            + "COMMENT|GRANT|REVOKE|ANALYZE|VACUUM|BEGIN|COMMIT|ROLLBACK|START|RESET|NOTIFY|LOCK|DO|CALL|"
            + "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:EXTENSION|FUNCTION|PROCEDURE|TRIGGER|VIEW|TYPE|SEQUENCE|SCHEMA|RULE|"
            + "POLICY|ROLE|DOMAIN|AGGREGATE|CAST|COLLATION)|DROP\\s+(?:EXTENSION|FUNCTION|PROCEDURE|TRIGGER|VIEW|TYPE|"
            + "SEQUENCE|SCHEMA|RULE|POLICY|ROLE|DOMAIN)|ALTER\\s+(?:EXTENSION|FUNCTION|TYPE|SEQUENCE|SCHEMA|ROLE|"
            + "DATABASE|DOMAIN|VIEW|POLICY)|REFRESH)\\b.*");
    private static final Pattern SET = Pattern.compile("(?is)\\s*SET\\s+(?:SESSION\\s+|LOCAL\\s+)?(\\w+).*");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+"
            + "(CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + QNAME + ")?\\s*ON\\s+(?:ONLY\\s+)?(" + QNAME + ")"
            + "\\s*(?:USING\\s+\\w+\\s*)?\\((.*)");
    private static final Pattern DROP_INDEX =
            Pattern.compile("(?is)\\s*DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?" + "(?:IF\\s+EXISTS\\s+)?(" + QNAME + ").*");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "(?is)\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*?)" + "(?:\\s+(?:CASCADE|RESTRICT))?\\s*");
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?" + "(?:ONLY\\s+)?(" + QNAME + ")\\s*\\*?\\s+(.*)");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)\\s*CREATE\\s+(?:UNLOGGED\\s+|TEMP\\s+|TEMPORARY\\s+)?"
                    + "TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + QNAME + ").*");
    private static final Pattern DDL = Pattern.compile("(?is)\\s*(?:CREATE|ALTER|DROP|TRUNCATE|CLUSTER|REINDEX)\\b.*");
    private static final Pattern TRUNCATE =
            Pattern.compile("(?is)\\s*TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(" + QNAME + ").*");

    /*
     * Every pattern compiled once: op.execute SQL is read again at each keystroke in its file, and compiling a pattern
     * costs more than matching it (a 2,000-statement migration spent a third of its analysis in Pattern.compile).
     */
    private static final Pattern IDENT_ONLY = Pattern.compile(IDENT);
    private static final Pattern WHERE = Pattern.compile("(?i)\\bWHERE\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_VALID_AT_END = Pattern.compile("(?i)\\bNOT\\s+VALID\\s*\\z");
    private static final Pattern USING_INDEX = Pattern.compile("(?is)USING\\s+INDEX\\s+(" + IDENT + ").*");
    private static final Pattern REFERENCES = Pattern.compile("(?is).*?\\bREFERENCES\\s+(" + QNAME + ").*");
    private static final Pattern SET_NOT_NULL = Pattern.compile("(?is)SET\\s+NOT\\s+NULL");
    private static final Pattern DROP_NOT_NULL = Pattern.compile("(?is)DROP\\s+NOT\\s+NULL");
    private static final Pattern DROP_DEFAULT = Pattern.compile("(?is)DROP\\s+DEFAULT");
    private static final Pattern NO_SHAPE_CHANGE =
            Pattern.compile("(?is)(?:OWNER|SET\\s+(?:SCHEMA|TABLESPACE|\\()|ENABLE|DISABLE|REPLICA|CLUSTER|RESET|"
                    + "ATTACH|DETACH|INHERIT|NO\\s+INHERIT|FORCE|NO\\s+FORCE)\\b.*");
    private static final Pattern NOT_NULL = Pattern.compile("(?i)\\bNOT\\s+NULL\\b");
    private static final Pattern PRIMARY_KEY = Pattern.compile("(?i)\\bPRIMARY\\s+KEY\\b");
    private static final Pattern DEFAULT = Pattern.compile("(?is)\\bDEFAULT\\s+");
    private static final Pattern SERIAL = Pattern.compile("(big|small)?serial[248]?");
    private static final Pattern IF_NOT_EXISTS = Pattern.compile("(?i)\\bIF\\s+NOT\\s+EXISTS\\b");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");
    /** A dot between the parts of a qualified name, outside double quotes. */
    private static final Pattern QUALIFIER_DOT = Pattern.compile("\\s*\\.\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private final Site call;
    private final int base;
    private final ParsedSql parsed;
    private final List<PgChange> out = new ArrayList<>();

    private SqlChanges(Site call, int base, ParsedSql parsed) {
        this.call = call;
        this.base = base;
        this.parsed = parsed;
    }

    /**
     * The changes in {@code sql}. {@code call} is the {@code op.execute} call; {@code base} is the file offset of the
     * SQL's first character when the literal maps one to one (no escapes), else -1.
     */
    public static List<PgChange> read(String sql, Site call, int base) {
        return read(sql, call, base, ParsedSql.none());
    }

    /** {@link #read(String, Site, int)}, taking statements already read from {@code parsed} (and adding the others). */
    public static List<PgChange> read(String sql, Site call, int base, ParsedSql parsed) {
        SqlChanges r = new SqlChanges(call, base, parsed);
        for (int[] range : split(sql)) {
            String stmt = sql.substring(range[0], range[1]);
            if (!stmt.isBlank()) {
                r.statement(stripComments(stmt), range[0]);
            }
        }
        return List.copyOf(r.out);
    }

    /** Where a statement read once is read: its changes' sites say where the statement starts inside it. */
    private static final Site TEMPLATE = new Site(0, 0, null, true, -1);

    /**
     * The changes of one statement at {@code offset} in the SQL: read once per statement text when {@link #parsed}
     * keeps them (an open buffer), each placed at this call and offset.
     */
    private void statement(String s, int offset) {
        if (parsed == ParsedSql.NONE) {
            readStatement(s, offset);
            return;
        }
        List<PgChange> read = parsed.get(s);
        if (read == null) {
            SqlChanges once = new SqlChanges(TEMPLATE, 0, ParsedSql.NONE);
            once.readStatement(s, 0);
            read = List.copyOf(once.out);
            parsed.put(s, read);
        }
        for (PgChange c : read) {
            int start = base < 0 ? -1 : base + offset + c.site().sqlStart();
            out.add(c.withSite(new Site(call.start(), call.end(), call.op(), true, start)));
        }
    }

    private void readStatement(String s, int offset) {
        int lead = 0;
        while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
            lead++;
        }
        Site site = new Site(call.start(), call.end(), call.op(), true, base < 0 ? -1 : base + offset + lead);
        Matcher m;
        if ((m = SET.matcher(s)).matches()) {
            if (m.group(1).equalsIgnoreCase("lock_timeout")) {
                out.add(new SetLockTimeout(site));
            }
        } else if (NO_SCHEMA_EFFECT.matcher(s).matches()) {
            return;
        } else if ((m = CREATE_INDEX.matcher(s)).matches()) {
            String rest = m.group(5);
            int close = closing(rest);
            List<String> cols = new ArrayList<>();
            for (String part : splitTopLevel(close < 0 ? rest : rest.substring(0, close))) {
                cols.add(IDENT_ONLY.matcher(part.strip()).matches() ? ident(part.strip()) : null);
            }
            boolean partial =
                    close >= 0 && WHERE.matcher(rest.substring(close + 1)).find();
            NameRef name = m.group(3) == null ? null : sqlName(m.group(3));
            out.add(new CreateIndex(
                    site,
                    sqlName(m.group(4)),
                    name,
                    java.util.Collections.unmodifiableList(cols), // null: an expression, not a column
                    m.group(1) != null,
                    m.group(2) != null,
                    partial));
        } else if ((m = DROP_INDEX.matcher(s)).matches()) {
            out.add(new DropIndex(site, null, sqlName(m.group(2)), m.group(1) != null));
        } else if ((m = DROP_TABLE.matcher(s)).matches()) {
            for (String t : splitTopLevel(m.group(1))) {
                out.add(new DropTable(site, sqlName(t.strip())));
            }
        } else if ((m = ALTER_TABLE.matcher(s)).matches()) {
            NameRef table = sqlName(m.group(1));
            for (String action : splitTopLevel(m.group(2))) {
                action(site, table, action.strip());
            }
        } else if ((m = CREATE_TABLE.matcher(s)).matches()) {
            createTable(site, sqlName(m.group(1)), s);
        } else if ((m = TRUNCATE.matcher(s)).matches()) {
            return; // data only
        } else if (DDL.matcher(s).matches()) {
            out.add(new Unknown(site, null, "SQL this reader does not model"));
        }
    }

    private static final Pattern ADD_CONSTRAINT = Pattern.compile("(?is)ADD\\s+(?:CONSTRAINT\\s+(" + IDENT + ")\\s+)?"
            + "(PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY|CHECK|EXCLUDE)\\b\\s*(.*)");
    private static final Pattern ADD_COLUMN =
            Pattern.compile("(?is)ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + "(" + IDENT + ")\\s+(.*)");
    private static final Pattern DROP_CONSTRAINT =
            Pattern.compile("(?is)DROP\\s+CONSTRAINT\\s+(?:IF\\s+EXISTS\\s+)?(" + IDENT + ").*");
    private static final Pattern DROP_COLUMN =
            Pattern.compile("(?is)DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(" + IDENT + ").*");
    private static final Pattern ALTER_COLUMN = Pattern.compile("(?is)ALTER\\s+(?:COLUMN\\s+)?(" + IDENT + ")\\s+(.*)");
    private static final Pattern RENAME_COLUMN =
            Pattern.compile("(?is)RENAME\\s+(?:COLUMN\\s+)?(" + IDENT + ")\\s+TO\\s+(" + IDENT + ")\\s*");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)RENAME\\s+TO\\s+(" + IDENT + ")\\s*");
    private static final Pattern VALIDATE = Pattern.compile("(?is)VALIDATE\\s+CONSTRAINT\\s+(" + IDENT + ")\\s*");
    private static final Pattern COLUMN_TYPE =
            Pattern.compile("(?is)(?:SET\\s+DATA\\s+)?TYPE\\s+(.*?)" + "(\\s+COLLATE\\s+.*?)?(\\s+USING\\s+.*)?");
    private static final Pattern SET_DEFAULT = Pattern.compile("(?is)SET\\s+DEFAULT\\s+(.*)");

    private void action(Site site, NameRef table, String a) {
        Matcher m;
        if ((m = ADD_CONSTRAINT.matcher(a)).matches()) {
            String kindWord =
                    SPACES.matcher(m.group(2).toUpperCase(Locale.ROOT)).replaceAll(" ");
            ConstraintKind kind = switch (kindWord) {
                case "PRIMARY KEY" -> ConstraintKind.PRIMARY_KEY;
                case "UNIQUE" -> ConstraintKind.UNIQUE;
                case "FOREIGN KEY" -> ConstraintKind.FOREIGN_KEY;
                case "CHECK" -> ConstraintKind.CHECK;
                default -> ConstraintKind.EXCLUDE;
            };
            String rest = m.group(3);
            boolean notValid = NOT_VALID_AT_END.matcher(rest).find();
            Matcher using = USING_INDEX.matcher(rest.strip());
            String usingIndex = using.matches() ? ident(using.group(1)) : null;
            List<String> cols = new ArrayList<>();
            String check = null;
            NameRef referred = null;
            if (rest.strip().startsWith("(")) {
                String inner = rest.strip();
                int close = closing(inner.substring(1));
                String body = close < 0 ? inner.substring(1) : inner.substring(1, close + 1);
                if (kind == ConstraintKind.CHECK) {
                    check = body.strip();
                } else {
                    for (String c : splitTopLevel(body)) {
                        cols.add(IDENT_ONLY.matcher(c.strip()).matches() ? ident(c.strip()) : null);
                    }
                }
                Matcher ref = REFERENCES.matcher(rest);
                if (kind == ConstraintKind.FOREIGN_KEY && ref.matches()) {
                    referred = sqlName(ref.group(1));
                }
            }
            NameRef name = m.group(1) == null ? null : sqlName(m.group(1));
            out.add(new AddConstraint(
                    site,
                    table,
                    name,
                    kind,
                    java.util.Collections.unmodifiableList(cols),
                    check,
                    notValid,
                    usingIndex,
                    referred));
        } else if ((m = DROP_CONSTRAINT.matcher(a)).matches()) {
            out.add(new DropConstraint(site, table, sqlName(m.group(1))));
        } else if ((m = VALIDATE.matcher(a)).matches()) {
            out.add(new ValidateConstraint(site, table, ident(m.group(1))));
        } else if ((m = ADD_COLUMN.matcher(a)).matches()) {
            Column col = columnSpec(m.group(1), m.group(2));
            out.add(new AddColumn(site, table, col));
        } else if ((m = DROP_COLUMN.matcher(a)).matches()) {
            out.add(new DropColumn(site, table, sqlName(m.group(1))));
        } else if ((m = RENAME_COLUMN.matcher(a)).matches()) {
            out.add(new AlterColumn(
                    site, table, sqlName(m.group(1)), sqlName(m.group(2)), null, null, null, false, null));
        } else if ((m = RENAME_TABLE.matcher(a)).matches()) {
            out.add(new RenameTable(site, table, sqlName(m.group(1))));
        } else if ((m = ALTER_COLUMN.matcher(a)).matches()) {
            NameRef col = sqlName(m.group(1));
            String rest = m.group(2).strip();
            Matcher t;
            if ((t = COLUMN_TYPE.matcher(rest)).matches()) {
                out.add(new AlterColumn(site, table, col, null, PgType.sql(t.group(1)), null, null, false, null));
            } else if (SET_NOT_NULL.matcher(rest).matches()) {
                out.add(new AlterColumn(site, table, col, null, null, null, false, false, null));
            } else if (DROP_NOT_NULL.matcher(rest).matches()) {
                out.add(new AlterColumn(site, table, col, null, null, null, true, false, null));
            } else if ((t = SET_DEFAULT.matcher(rest)).matches()) {
                out.add(new AlterColumn(
                        site,
                        table,
                        col,
                        null,
                        null,
                        null,
                        null,
                        true,
                        t.group(1).strip()));
            } else if (DROP_DEFAULT.matcher(rest).matches()) {
                out.add(new AlterColumn(site, table, col, null, null, null, null, true, null));
            } else {
                out.add(new Unknown(site, table, "ALTER COLUMN form this reader does not model"));
            }
        } else if (NO_SHAPE_CHANGE.matcher(a).matches()) {
            return; // no column, constraint or name change
        } else {
            out.add(new Unknown(site, table, "ALTER TABLE form this reader does not model"));
        }
    }

    private static final Pattern COLUMN_KEYWORD = Pattern.compile("(?i)\\b(NOT\\s+NULL|NULL|DEFAULT|PRIMARY\\s+KEY|"
            + "UNIQUE|REFERENCES|CHECK|CONSTRAINT|GENERATED|COLLATE)\\b");

    /** {@code name type [NOT NULL] [DEFAULT expr] ...} of {@code ADD COLUMN}. */
    private Column columnSpec(String name, String spec) {
        String type = spec;
        Matcher k = COLUMN_KEYWORD.matcher(spec);
        if (k.find()) {
            type = spec.substring(0, k.start());
        }
        boolean notNull = NOT_NULL.matcher(spec).find();
        boolean pk = PRIMARY_KEY.matcher(spec).find();
        String def = null;
        Matcher d = DEFAULT.matcher(spec);
        if (d.find()) {
            String rest = spec.substring(d.end());
            int end = rest.length();
            int depth = 0;
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '\'') {
                    int close = rest.indexOf('\'', i + 1);
                    i = close < 0 ? rest.length() : close;
                } else if (depth == 0 && i > 0 && Character.isWhitespace(rest.charAt(i - 1))) {
                    Matcher kw = COLUMN_KEYWORD.matcher(rest.substring(i));
                    if (kw.lookingAt()) {
                        end = i;
                        break;
                    }
                }
            }
            def = rest.substring(0, end).strip();
        }
        String t = type.strip();
        PgType pgType = PgType.sql(t);
        if (SERIAL.matcher(t.toLowerCase(Locale.ROOT)).matches() && def == null) {
            def = "nextval(...)"; // serial types default to a sequence: a volatile default
        }
        return new Column(sqlName(name), pgType, !notNull && !pk, def, true, pk);
    }

    private void createTable(Site site, NameRef table, String s) {
        TableColumns read = tableColumns(s);
        out.add(new CreateTable(site, table, read.columns(), read.known()));
    }

    /** The columns of a {@code CREATE TABLE} statement, by JSQLParser; {@code known} is false when it cannot read them. */
    private TableColumns tableColumns(String s) {
        net.sf.jsqlparser.statement.Statement st;
        try {
            st = CCJSqlParserUtil.parse(IF_NOT_EXISTS.matcher(s).replaceAll(""));
        } catch (Exception | Error e) { // JSQLParser throws TokenMgrError on odd input
            return TableColumns.UNREAD;
        }
        if (!(st instanceof net.sf.jsqlparser.statement.create.table.CreateTable ct)
                || ct.getColumnDefinitions() == null) {
            return TableColumns.UNREAD;
        }
        List<String> pkColumns = new ArrayList<>();
        if (ct.getIndexes() != null) {
            for (Index ix : ct.getIndexes()) {
                if (ix.getType() != null
                        && ix.getType().toUpperCase(Locale.ROOT).startsWith("PRIMARY")) {
                    ix.getColumnsNames().forEach(n -> pkColumns.add(ident(n)));
                }
            }
        }
        List<Column> cols = new ArrayList<>();
        for (ColumnDefinition cd : ct.getColumnDefinitions()) {
            String spec = cd.getColumnSpecs() == null ? "" : String.join(" ", cd.getColumnSpecs());
            Column c = columnSpec(cd.getColumnName(), cd.getColDataType().toString() + " " + spec);
            if (pkColumns.contains(c.name().name())) {
                c = new Column(c.name(), c.type(), false, c.serverDefault(), true, true);
            }
            cols.add(c);
        }
        return new TableColumns(List.copyOf(cols), true);
    }

    /** What a {@code CREATE TABLE} statement says of its columns; {@code known} is false when they cannot be read. */
    private record TableColumns(List<Column> columns, boolean known) {
        static final TableColumns UNREAD = new TableColumns(List.of(), false);
    }

    /**
     * The statements read for one version of a file, by statement text, with their changes placed at the start of the
     * statement. Reading SQL is costly (JSQLParser for {@code CREATE TABLE}, regular expressions for the rest: a
     * 2,000-line migration of {@code CREATE TABLE}s in {@code op.execute} took ~80 ms per keystroke), and typing changes
     * one statement at a time: an open buffer's next version starts from these ({@link #after}) and reads only the
     * statements whose text is new. Statements a version did not read are kept too (while a bracket typed above them is
     * open they are not operations, and they come back when it closes), as long as all the statements kept are at most
     * twice the file's length; beyond that only the ones read last stay. Filled while one version is read, on one
     * thread; read-only once that version's changes are published.
     */
    public static final class ParsedSql {
        /** Keeps nothing: SQL read once (files on disk, text alone). */
        private static final ParsedSql NONE = new ParsedSql(Map.of());

        private final Map<String, List<PgChange>> earlier;
        private final Map<String, List<PgChange>> now = new HashMap<>();

        private ParsedSql(Map<String, List<PgChange>> earlier) {
            this.earlier = earlier;
        }

        /** Nothing kept: every statement is read where it is. */
        public static ParsedSql none() {
            return NONE;
        }

        /**
         * For the next version of a file of {@code length} characters: the statements {@code before} knows are not read
         * again ({@code before} null: none are known yet, but this version's are kept).
         */
        public static ParsedSql after(ParsedSql before, int length) {
            if (before == null || before == NONE) {
                return new ParsedSql(Map.of());
            }
            Map<String, List<PgChange>> known = new HashMap<>(before.earlier);
            known.putAll(before.now);
            long chars = 0;
            for (String statement : known.keySet()) {
                chars += statement.length();
            }
            return new ParsedSql(chars <= 2L * length + 1024 ? known : before.now);
        }

        /** How many statements this version knows (tests). */
        int size() {
            Map<String, List<PgChange>> all = new HashMap<>(earlier);
            all.putAll(now);
            return all.size();
        }

        /** The changes of {@code statement} if read before; an answer taken over from the earlier version is kept. */
        List<PgChange> get(String statement) {
            List<PgChange> t = now.get(statement);
            if (t == null) {
                t = earlier.get(statement);
                if (t != null) {
                    now.put(statement, t);
                }
            }
            return t;
        }

        void put(String statement, List<PgChange> changes) {
            now.put(statement, changes);
        }
    }

    // ---------------------------------------------------------------- lexical helpers

    /** Statement ranges split at top-level semicolons (outside quotes, dollar quotes and comments). */
    static List<int[]> split(String sql) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '$') {
                Matcher tag = DOLLAR_TAG.matcher(sql).region(i, n);
                if (tag.lookingAt()) {
                    int close = sql.indexOf(tag.group(), tag.end());
                    i = close < 0 ? n : close + tag.group().length();
                } else {
                    i++;
                }
            } else if (c == ';') {
                out.add(new int[] {start, i});
                start = ++i;
            } else {
                i++;
            }
        }
        out.add(new int[] {start, n});
        return out;
    }

    /** Comments replaced by spaces, so offsets stay put. */
    private static String stripComments(String s) {
        StringBuilder b = new StringBuilder(s);
        int i = 0;
        while (i < b.length()) {
            char c = b.charAt(i);
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                i = close < 0 ? b.length() : close + 1;
            } else if (c == '-' && i + 1 < b.length() && b.charAt(i + 1) == '-') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                int end = close < 0 ? b.length() : close + 2;
                while (i < end) {
                    b.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return b.toString();
    }

    /** Index of the parenthesis closing an already opened one in {@code s}, or -1. */
    private static int closing(String s) {
        int depth = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                i = close < 0 ? s.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} split at commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int close = s.indexOf(c, i + 1);
                i = close < 0 ? s.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** An identifier as PostgreSQL folds it: quoted kept as written, unquoted lower-cased. */
    static String ident(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** A possibly schema-qualified name; {@code public.} is dropped (Alembic's default schema). */
    private static NameRef sqlName(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : QUALIFIER_DOT.split(s)) {
            parts.add(ident(p));
        }
        String name = parts.size() == 2 && parts.get(0).equals("public") ? parts.get(1) : String.join(".", parts);
        return new NameRef(name, -1, -1);
    }
}
