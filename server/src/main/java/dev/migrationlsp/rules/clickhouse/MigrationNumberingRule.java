package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RelatedInfo;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code migration-numbering}: ClickHouse migration files are {@code NNN_description.sql|py}, numbered without
 * collisions or gaps. Real histories contain collisions ({@code 002_a.sql} + {@code 002_b.sql}, {@code 023b_y.sql});
 * every file of a colliding number is reported with a fingerprint naming the whole group, so a baseline keeps old
 * collisions quiet and a new file joining (or creating) a collision is reported. The fix renames a file to the next free
 * number and updates its header line; it is unsafe because the runner records applied files by name.
 */
public final class MigrationNumberingRule implements WorkspaceRule {
    /**
     * {@code NNN_description.sql|py}; also the up/down pairs of golang-migrate and its kin ({@code NNN_x.up.sql},
     * {@code NNN_x.down.sql}: one migration, not a collision) and descriptions with hyphens, as those tools write them.
     */
    static final Pattern NAME = Pattern.compile("(\\d+)([a-z]?)_([\\w-]+?)(\\.up|\\.down)?\\.(sql|py)");

    /**
     * Numbers this long may be dates or timestamps ({@code YYMMDD_HHMMSS}, {@code YYYYMMDDhhmmss}, epoch seconds), which
     * leave gaps by design; they are checked for gaps only when most of them follow each other ({@code 000001},
     * {@code 000002}, ...: golang-migrate's {@code -seq}).
     */
    private static final int DATE_DIGITS = 6;

    private static final Pattern LOOSE = Pattern.compile("(?:\\d+[a-z]?[_-]?)?([\\w-]*?)\\.(sql|py)");

    @Override
    public RuleCode code() {
        return RuleCode.MIGRATION_NUMBERING;
    }

    private record Numbered(Document doc, BigInteger number, String digits, String description, String extension) {
        /** "up" or "down" for one half of a pair, "" for a plain migration (which runs forward only). */
        String direction() {
            return extension.startsWith("up.") ? "up" : extension.startsWith("down.") ? "down" : "";
        }

        /**
         * The two halves of one migration: golang-migrate pairs the up and down files of a version by number, whatever
         * their descriptions.
         */
        boolean pairs(Numbered other) {
            return !direction().isEmpty()
                    && !other.direction().isEmpty()
                    && !direction().equals(other.direction());
        }
    }

    /** Two forward steps (plain or up) or two rollbacks (plain or down) under one number. */
    private static boolean collides(List<Numbered> group) {
        // plain loops on this path: on JDK 17 each lambda's first use costs `check` ~0.2 ms
        int forward = 0;
        int back = 0;
        for (Numbered n : group) {
            forward += n.direction().equals("down") ? 0 : 1;
            back += n.direction().equals("up") ? 0 : 1;
        }
        return forward > 1 || back > 1;
    }

    @Override
    public List<Finding> check(WorkspaceSnapshot ws, CancelChecker cancel) {
        List<Finding> out = new ArrayList<>();
        TreeMap<BigInteger, List<Numbered>> byNumber = new TreeMap<>();
        List<Document> badNames = new ArrayList<>();
        int width = 3;
        for (Document d : ws.clickhouseFiles().values()) {
            Matcher m = NAME.matcher(d.fileName());
            if (!m.matches()) {
                badNames.add(d);
                continue;
            }
            String extension = (m.group(4) == null ? "" : m.group(4).substring(1) + ".") + m.group(5);
            Numbered n = new Numbered(d, new BigInteger(m.group(1)), m.group(1), m.group(3), extension);
            List<Numbered> same = byNumber.get(n.number());
            if (same == null) {
                same = new ArrayList<>();
                byNumber.put(n.number(), same);
            }
            same.add(n);
            width = Math.max(width, m.group(1).length());
        }
        // every offered rename goes to the next free number: applying one fix resolves a collision without leaving a
        // gap
        BigInteger next =
                byNumber.isEmpty() ? BigInteger.ZERO : byNumber.lastKey().add(BigInteger.ONE);
        for (Document d : badNames) {
            Matcher loose = LOOSE.matcher(d.fileName());
            String description = loose.matches() && !loose.group(1).isEmpty()
                    ? loose.group(1).replace('-', '_')
                    : "migration";
            String extension = d.fileName().endsWith(".py") ? "py" : "sql";
            String newName = format(next, width) + "_" + description + "." + extension;
            out.add(finding(
                    d,
                    "file name " + d.fileName() + " is not NNN_description.sql or NNN_description.py",
                    List.of(),
                    renameFix(d, newName),
                    "bad name " + d.fileName()));
        }
        for (Map.Entry<BigInteger, List<Numbered>> e : byNumber.entrySet()) {
            List<Numbered> group = e.getValue();
            if (!collides(group)) {
                continue; // one file, or the two halves of one up/down pair
            }
            String names = String.join(
                    ", ", group.stream().map(n -> n.doc().fileName()).toList());
            for (Numbered n : group) {
                List<RelatedInfo> related = new ArrayList<>();
                for (Numbered other : group) {
                    if (other != n && !other.pairs(n)) {
                        related.add(related(other.doc(), "also numbered " + other.digits()));
                    }
                }
                // an up/down pair moves together: its halves share the new number
                List<Edit> edits = new ArrayList<>();
                for (Numbered half : group) {
                    if (half == n
                            || half.pairs(n)
                                    && group.stream().filter(half::pairs).count() == 1
                                    && group.stream().filter(n::pairs).count() == 1) {
                        edits.addAll(renameFix(
                                        half.doc(),
                                        format(next, width) + "_" + half.description() + "." + half.extension())
                                .edits());
                    }
                }
                String newName = format(next, width) + "_" + n.description() + "." + n.extension();
                out.add(finding(
                        n.doc(),
                        "migration number " + n.digits() + " is taken by several files: " + names,
                        related,
                        new Fix("Rename to " + newName, false, edits),
                        "number " + e.getKey() + " shared by " + names));
            }
        }
        boolean sequential = width < DATE_DIGITS || mostlyConsecutive(byNumber.navigableKeySet());
        BigInteger previous = null;
        for (Map.Entry<BigInteger, List<Numbered>> e : byNumber.entrySet()) {
            BigInteger expected = previous == null ? BigInteger.ZERO : previous.add(BigInteger.ONE);
            if (previous != null && e.getKey().compareTo(expected) > 0 && sequential) {
                Numbered n = e.getValue().get(0);
                String missing = e.getKey().subtract(expected).equals(BigInteger.ONE)
                        ? format(expected, width)
                        : format(expected, width) + ".." + format(e.getKey().subtract(BigInteger.ONE), width);
                boolean last =
                        e.getKey().equals(byNumber.lastKey()) && e.getValue().size() == 1;
                Fix fix = last
                        ? renameFix(n.doc(), format(expected, width) + "_" + n.description() + "." + n.extension())
                        : null;
                out.add(finding(
                        n.doc(),
                        "migration number " + n.digits() + " leaves a gap: " + missing + " missing",
                        List.of(),
                        fix,
                        "gap before " + n.doc().fileName()));
            }
            previous = e.getKey();
        }
        return out;
    }

    private static boolean mostlyConsecutive(java.util.NavigableSet<BigInteger> numbers) {
        int consecutive = 0;
        int apart = 0;
        BigInteger previous = null;
        for (BigInteger n : numbers) {
            if (previous != null) {
                if (n.subtract(previous).equals(BigInteger.ONE)) {
                    consecutive++;
                } else {
                    apart++;
                }
            }
            previous = n;
        }
        return consecutive >= apart;
    }

    private static String format(BigInteger n, int width) {
        String s = n.toString();
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private Finding finding(Document d, String message, List<RelatedInfo> related, Fix fix, String fingerprint) {
        TextRange firstLine = new TextRange(0, d.text().lineEnd(0));
        Finding.Builder b = ClickHouseFacts.finding(code(), d, firstLine, message)
                .related(related)
                .fingerprint(fingerprint);
        if (fix != null) {
            b.fix(fix);
        }
        return b.build();
    }

    private static RelatedInfo related(Document other, String message) {
        return new RelatedInfo(
                new FileLocation(other.path(), other.text().span(0, other.text().lineEnd(0))), message);
    }

    /** Rename to {@code newName}; if the first line names the old file (SQL header or .py docstring), rename it there too. */
    static Fix renameFix(Document d, String newName) {
        List<Edit> edits = new ArrayList<>();
        String first = d.text().lineText(0);
        int at = first.indexOf(d.fileName());
        if (at >= 0) {
            edits.add(new Edit.Replace(d.path(), at, at + d.fileName().length(), newName));
        }
        edits.add(new Edit.Rename(d.path(), d.path().resolveSibling(newName)));
        return new Fix("Rename to " + newName, false, edits);
    }
}
