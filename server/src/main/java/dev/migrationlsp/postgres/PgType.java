package dev.migrationlsp.postgres;

import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.alembic.PyAst.Expr;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as PostgreSQL stores it: a canonical name ({@code varchar}, {@code numeric}, {@code timestamptz}) with
 * its length or precision and scale (-1 when absent). {@code name} is null when the type is not known; such a type never
 * decides a rule. {@code written} is how the migration spells it, for hovers.
 */
public record PgType(String name, int length, int scale, String written) {
    public static final PgType UNKNOWN = new PgType(null, -1, -1, "?");

    /** Whether an {@code ALTER COLUMN ... TYPE} from one type to another rewrites the table. */
    public enum Rewrite {
        NO,
        YES,
        UNKNOWN
    }

    private static final Map<String, String> SQLALCHEMY = Map.ofEntries(
            Map.entry("String", "varchar"),
            Map.entry("VARCHAR", "varchar"),
            Map.entry("Unicode", "varchar"),
            Map.entry("NVARCHAR", "varchar"),
            Map.entry("Text", "text"),
            Map.entry("TEXT", "text"),
            Map.entry("UnicodeText", "text"),
            Map.entry("CHAR", "char"),
            Map.entry("Integer", "integer"),
            Map.entry("INTEGER", "integer"),
            Map.entry("INT", "integer"),
            Map.entry("BigInteger", "bigint"),
            Map.entry("BIGINT", "bigint"),
            Map.entry("SmallInteger", "smallint"),
            Map.entry("SMALLINT", "smallint"),
            Map.entry("Numeric", "numeric"),
            Map.entry("NUMERIC", "numeric"),
            Map.entry("DECIMAL", "numeric"),
            Map.entry("Float", "double precision"),
            Map.entry("FLOAT", "double precision"),
            Map.entry("REAL", "real"),
            Map.entry("DOUBLE_PRECISION", "double precision"),
            Map.entry("Boolean", "boolean"),
            Map.entry("BOOLEAN", "boolean"),
            Map.entry("Date", "date"),
            Map.entry("DATE", "date"),
            Map.entry("Time", "time"),
            Map.entry("TIME", "time"),
            Map.entry("UUID", "uuid"),
            Map.entry("Uuid", "uuid"),
            Map.entry("JSON", "json"),
            Map.entry("JSONB", "jsonb"),
            Map.entry("LargeBinary", "bytea"),
            Map.entry("BYTEA", "bytea"),
            Map.entry("Interval", "interval"),
            Map.entry("INTERVAL", "interval"),
            Map.entry("INET", "inet"),
            Map.entry("CIDR", "cidr"));

    private static final Map<String, String> SQL_ALIASES = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("decimal", "numeric"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("character", "char"),
            Map.entry("serial", "integer"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial4", "integer"),
            Map.entry("serial8", "bigint"));

    public boolean known() {
        return name != null;
    }

    /** The type a SQLAlchemy type expression stands for, or {@link #UNKNOWN}. */
    private static int intArgument(TypeRef t, int index, String keyword, int otherwise) {
        Optional<Expr> e = t.argument(index, keyword);
        return e.isPresent() ? intValue(e.get()) : otherwise;
    }

    public static PgType of(TypeRef t, String written) {
        if (t == null) {
            return UNKNOWN;
        }
        String simple = t.simpleName();
        if (simple.equals("DateTime") || simple.equals("TIMESTAMP")) {
            // plain conditionals, not Optional.map(PgType::isTrue): on JDK 17 each lambda's first use costs `check`
            // ~0.2 ms
            Optional<Expr> timezone = t.argument(0, "timezone");
            boolean tz = timezone.isPresent() && isTrue(timezone.get());
            return new PgType(tz ? "timestamptz" : "timestamp", -1, -1, written);
        }
        String name = SQLALCHEMY.get(simple);
        if (name == null) {
            return new PgType(null, -1, -1, written);
        }
        int length = -1;
        int scale = -1;
        if (name.equals("varchar") || name.equals("char")) {
            length = intArgument(t, 0, "length", -1);
        } else if (name.equals("numeric")) {
            length = intArgument(t, 0, "precision", -1);
            scale = intArgument(t, 1, "scale", length >= 0 ? 0 : -1);
        }
        if (length == Integer.MIN_VALUE || scale == Integer.MIN_VALUE) {
            return new PgType(null, -1, -1, written); // a length we cannot read
        }
        return new PgType(name, length, scale, written);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SQL_TYPE = Pattern.compile(
            "(?i)\\s*([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(\\[\\s*\\])?\\s*");

    /** A type written in SQL ({@code varchar(20)}, {@code character varying}, {@code numeric(10, 2)}). */
    public static PgType sql(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        Matcher m = SQL_TYPE.matcher(text);
        if (!m.matches() || m.group(4) != null) {
            return new PgType(null, -1, -1, text);
        }
        String n = SPACES.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
        n = SQL_ALIASES.getOrDefault(n, n);
        int length = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? (n.equals("numeric") && length >= 0 ? 0 : -1) : Integer.parseInt(m.group(3));
        boolean known = SQLALCHEMY.containsValue(n) || n.equals("timestamptz") || n.equals("timestamp");
        return new PgType(known ? n : null, length, scale, text.strip());
    }

    /**
     * Whether changing a column from {@code this} to {@code to} rewrites the table (PostgreSQL 9.2+): binary-coercible
     * changes do not (widening {@code varchar(n)}, {@code varchar} to {@code text}, raising a {@code numeric}'s precision
     * at the same scale); any other change of type does. Unknown types give {@link Rewrite#UNKNOWN}.
     */
    public Rewrite rewriteTo(PgType to) {
        if (!known() || to == null || !to.known()) {
            return Rewrite.UNKNOWN;
        }
        if (name.equals(to.name) && length == to.length && scale == to.scale) {
            return Rewrite.NO;
        }
        boolean stringFrom = name.equals("varchar") || name.equals("text");
        if (stringFrom && (to.name.equals("text") || (to.name.equals("varchar") && to.length < 0))) {
            return Rewrite.NO;
        }
        if (name.equals("varchar") && to.name.equals("varchar") && length >= 0 && to.length >= length) {
            return Rewrite.NO;
        }
        if (name.equals("numeric")
                && to.name.equals("numeric")
                && (to.length < 0 || (length >= 0 && to.length >= length && to.scale == scale))) {
            return Rewrite.NO;
        }
        return Rewrite.YES;
    }

    public String display() {
        if (name == null) {
            return written;
        }
        if (length < 0) {
            return name;
        }
        return name + "(" + length + (scale > 0 || name.equals("numeric") && scale >= 0 ? ", " + scale : "") + ")";
    }

    static Optional<Boolean> bool(Expr e) {
        return e instanceof Const c && (c.text().equals("True") || c.text().equals("False"))
                ? Optional.of(c.text().equals("True"))
                : Optional.empty();
    }

    private static boolean isTrue(Expr e) {
        return bool(e).orElse(false);
    }

    private static int intValue(Expr e) {
        if (isNone(e)) {
            return -1;
        }
        if (e instanceof Const c) {
            try {
                return Integer.parseInt(c.text());
            } catch (NumberFormatException ex) {
                return Integer.MIN_VALUE;
            }
        }
        return Integer.MIN_VALUE;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Const c && c.text().equals("None");
    }
}
