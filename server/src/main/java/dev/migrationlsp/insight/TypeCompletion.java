package dev.migrationlsp.insight;

import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.CompletionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy column types after {@code sa.} or {@code postgresql.}, inserted the way the team's conventions want them
 * ({@code Text()}, {@code DateTime(timezone=True)}, {@code UUID(as_uuid=True)}), conventions first.
 */
final class TypeCompletion {
    private record Type(String name, String insert, String detail) {}

    private static final List<Type> SQLALCHEMY = List.of(
            new Type("Text", "Text()", "text column (team convention: not String)"),
            new Type("DateTime", "DateTime(timezone=True)", "timestamp with time zone (team convention)"),
            new Type("Uuid", "Uuid(as_uuid=True)", "UUID key"),
            new Type("UUID", "UUID(as_uuid=True)", "UUID key (team convention for primary keys)"),
            new Type("Integer", "Integer()", "integer"),
            new Type("BigInteger", "BigInteger()", "64-bit integer"),
            new Type("SmallInteger", "SmallInteger()", "16-bit integer"),
            new Type("Boolean", "Boolean()", "boolean"),
            new Type("Date", "Date()", "date"),
            new Type("Time", "Time(timezone=True)", "time of day"),
            new Type("Interval", "Interval()", "time interval"),
            new Type("Numeric", "Numeric(precision=12, scale=2)", "exact decimal"),
            new Type("Float", "Float()", "floating point"),
            new Type("JSON", "JSON()", "JSON"),
            new Type("LargeBinary", "LargeBinary()", "bytes"),
            new Type("Enum", "Enum(name=\"\")", "enumerated type"),
            new Type("Column", "Column(\"\", Text(), nullable=False)", "a column"),
            new Type("ForeignKey", "ForeignKey(\"\")", "foreign key"),
            new Type("PrimaryKeyConstraint", "PrimaryKeyConstraint(\"id\")", "primary key constraint"),
            new Type("UniqueConstraint", "UniqueConstraint()", "unique constraint"),
            new Type("String", "String()", "discouraged: use Text (string-column)"));

    private static final List<Type> POSTGRESQL = List.of(
            new Type("UUID", "UUID(as_uuid=True)", "UUID key (team convention for primary keys)"),
            new Type("JSONB", "JSONB()", "binary JSON"),
            new Type("ARRAY", "ARRAY(sa.Text())", "array"),
            new Type("INET", "INET()", "IP address"),
            new Type("TIMESTAMP", "TIMESTAMP(timezone=True)", "timestamp with time zone"),
            new Type("ENUM", "ENUM(name=\"\")", "PostgreSQL enum"));

    private TypeCompletion() {}

    /** Completions when the text before {@code offset} is {@code <module>.<partial>} for a SQLAlchemy module alias. */
    static List<Completion> at(SourceText t, int offset) {
        int s = offset;
        String text = t.text();
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '_')) {
            s--;
        }
        if (s == 0 || text.charAt(s - 1) != '.') {
            return List.of();
        }
        int m = s - 1;
        while (m > 0 && (Character.isLetterOrDigit(text.charAt(m - 1)) || text.charAt(m - 1) == '_')) {
            m--;
        }
        String module = text.substring(m, s - 1);
        List<Type> types = switch (module) {
            case "sa", "sqlalchemy" -> SQLALCHEMY;
            case "postgresql", "pg" -> POSTGRESQL;
            default -> List.of();
        };
        List<Completion> out = new ArrayList<>();
        var replace = t.span(s, offset);
        for (int i = 0; i < types.size(); i++) {
            Type ty = types.get(i);
            out.add(new Completion(
                    ty.name(), ty.detail(), ty.insert(), CompletionKind.TYPE, replace, String.format("%03d", i)));
        }
        return out;
    }
}
