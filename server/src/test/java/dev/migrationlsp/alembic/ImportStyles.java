package dev.migrationlsp.alembic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one migration template in every way real projects spell Alembic and SQLAlchemy names, so tests can check
 * that what the reader and the rules see does not depend on the spelling. A template writes {@code op.create_table},
 * {@code sa.String}, {@code PG.UUID} and its {@code upgrade()} body once; {@link #render} rewrites those names, adds
 * the matching imports and wraps the body in the chosen {@link Layout}. Expected ranges are marked
 * {@code «code,code:text»} and survive rendering ({@link #markers}).
 */
public final class ImportStyles {
    private ImportStyles() {}

    /** How {@code op.<name>} is written. */
    public enum OpStyle {
        OP("from alembic import op", "op."),
        ALIAS("from alembic import op as o", "o."),
        MODULE("import alembic.op", "alembic.op."),
        PACKAGE("import alembic", "alembic.op."),
        BARE(null, "");

        final String importLine;
        final String prefix;

        OpStyle(String importLine, String prefix) {
            this.importLine = importLine;
            this.prefix = prefix;
        }
    }

    /** How {@code sa.<name>} is written; {@code types} and {@code other} are prefixes ("" = imported bare). */
    public enum SaStyle {
        SA("import sqlalchemy as sa", "sa.", "sa."),
        SQLA("import sqlalchemy as sqla", "sqla.", "sqla."),
        FULL("import sqlalchemy", "sqlalchemy.", "sqlalchemy."),
        BARE(null, "", ""),
        TYPES_MODULE(null, "types.", ""),
        SA_TYPES("import sqlalchemy as sa", "sa.types.", "sa.");

        final String importLine;
        final String types;
        final String other;

        SaStyle(String importLine, String types, String other) {
            this.importLine = importLine;
            this.types = types;
            this.other = other;
        }
    }

    /** How {@code PG.<name>} (the PostgreSQL dialect) is written. */
    public enum PgStyle {
        BARE(null, ""),
        PG("from sqlalchemy.dialects import postgresql as pg", "pg."),
        POSTGRESQL("from sqlalchemy.dialects import postgresql", "postgresql.");

        final String importLine;
        final String prefix;

        PgStyle(String importLine, String prefix) {
            this.importLine = importLine;
            this.prefix = prefix;
        }
    }

    /** Where the operations of {@code upgrade()} are written. */
    public enum Layout {
        PLAIN,
        CONDITIONAL,
        LOOP,
        HELPER
    }

    public record Spelling(OpStyle op, SaStyle sa, PgStyle pg, Layout layout) {
        @Override
        public String toString() {
            return op + "/" + sa + "/" + pg + "/" + layout;
        }
    }

    /** Every op and sa style, with the dialect style and layout rotating so each value is covered several times. */
    public static List<Spelling> spellings() {
        List<Spelling> out = new ArrayList<>();
        int i = 0;
        for (OpStyle op : OpStyle.values()) {
            for (SaStyle sa : SaStyle.values()) {
                out.add(new Spelling(
                        op,
                        sa,
                        PgStyle.values()[i % PgStyle.values().length],
                        Layout.values()[(i / 2 + i) % Layout.values().length]));
                i++;
            }
        }
        return out;
    }

    /** SQLAlchemy names that live in {@code sqlalchemy.types}; others ({@code Column}, {@code func}) do not. */
    private static final Set<String> TYPES = Set.of(
            "String",
            "Text",
            "DateTime",
            "Integer",
            "BigInteger",
            "VARCHAR",
            "TIMESTAMP",
            "Boolean",
            "Numeric",
            "Unicode");

    private static final Pattern NAME = Pattern.compile("\\b(op|sa|PG)\\.(\\w+)");

    public static String render(String template, Spelling s) {
        Set<String> opNames = new LinkedHashSet<>();
        Set<String> saNames = new LinkedHashSet<>();
        Set<String> pgNames = new LinkedHashSet<>();
        Matcher m = NAME.matcher(layout(template, s.layout()));
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String replacement = switch (m.group(1)) {
                case "op" -> {
                    opNames.add(name);
                    yield s.op().prefix + name;
                }
                case "sa" -> {
                    boolean type = TYPES.contains(name);
                    String prefix = type ? s.sa().types : s.sa().other;
                    if (prefix.isEmpty() || prefix.equals("types.")) {
                        saNames.add(type && prefix.equals("types.") ? "types" : name);
                    }
                    if (name.equals("text") && s.sa() == SaStyle.SA_TYPES) {
                        yield "sa.sql.expression.text";
                    }
                    yield prefix + name;
                }
                default -> {
                    pgNames.add(name);
                    yield s.pg().prefix + name;
                }
            };
            m.appendReplacement(body, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(body);
        List<String> imports = new ArrayList<>();
        imports.add(
                s.op().importLine != null
                        ? s.op().importLine
                        : "from alembic.op import "
                                + String.join(", ", opNames.isEmpty() ? Set.of("execute") : opNames));
        if (s.sa().importLine != null) {
            imports.add(s.sa().importLine);
        }
        if (!saNames.isEmpty()) {
            imports.add("from sqlalchemy import " + String.join(", ", saNames));
        }
        imports.add(
                s.pg().importLine != null
                        ? s.pg().importLine
                        : "from sqlalchemy.dialects.postgresql import "
                                + String.join(", ", pgNames.isEmpty() ? Set.of("UUID") : pgNames));
        return String.join("\n", imports) + "\n\nrevision = \"0001\"\ndown_revision = None\n\n\n" + body;
    }

    /** Rewrites {@code upgrade()}'s body (4-space indented, up to the next top-level line) into {@code layout}. */
    static String layout(String template, Layout layout) {
        String head = "def upgrade():\n";
        int at = template.indexOf(head);
        if (at < 0 || layout == Layout.PLAIN) {
            return template;
        }
        int bodyStart = at + head.length();
        int bodyEnd = bodyStart;
        while (bodyEnd < template.length()) {
            int nl = template.indexOf('\n', bodyEnd);
            int next = nl < 0 ? template.length() : nl + 1;
            String line = template.substring(bodyEnd, nl < 0 ? template.length() : nl);
            if (!line.isEmpty() && !line.startsWith(" ")) {
                break;
            }
            bodyEnd = next;
        }
        String body = template.substring(bodyStart, bodyEnd).stripTrailing() + "\n";
        String rest = template.substring(bodyEnd);
        String wrapped = switch (layout) {
            case CONDITIONAL -> head + "    if True:\n" + indent(body);
            case LOOP -> head + "    for _ in range(1):\n" + indent(body);
            default -> "def _upgrade_body():\n" + body + "\n\n" + head + "    _upgrade_body()\n";
        };
        return template.substring(0, at) + wrapped + "\n\n" + rest.stripLeading();
    }

    private static String indent(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "    " + line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** An expected finding: code and char range in the text without markers. */
    public record Marker(String code, int start, int end) {}

    public record Marked(String text, List<Marker> markers) {}

    /** Strips {@code «code,code:text»} markers (they may nest) and reports their ranges. */
    public static Marked markers(String marked) {
        StringBuilder out = new StringBuilder();
        List<Marker> found = new ArrayList<>();
        List<int[]> open = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '«') {
                int colon = marked.indexOf(':', i);
                codes.add(marked.substring(i + 1, colon).split(","));
                open.add(new int[] {out.length()});
                i = colon;
            } else if (c == '»') {
                int start = open.remove(open.size() - 1)[0];
                for (String code : codes.remove(codes.size() - 1)) {
                    found.add(new Marker(code, start, out.length()));
                }
            } else {
                out.append(c);
            }
        }
        return new Marked(out.toString(), List.copyOf(found));
    }
}
