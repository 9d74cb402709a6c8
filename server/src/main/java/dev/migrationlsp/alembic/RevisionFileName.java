package dev.migrationlsp.alembic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which revision a file name claims, judged by the history's own {@code file_template} ({@code %(rev)s},
 * {@code %(slug)s}, {@code %(year)d}, {@code %(month).2d}, ..., {@code %(epoch)s}) and by numbered-prefix schemes
 * ({@code 001_<rev>_<slug>.py}). A name claims nothing when it carries the file's own revision, or when the part the
 * template reserves for the revision does not look like an id of this history (a date, a sequence number in a hex
 * history, a word).
 */
public final class RevisionFileName {
    /** Python's {@code %(name)flags width .precision type}. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("%\\(([A-Za-z_]+)\\)[-#0 +]*\\d*(?:\\.\\d+)?([diouxXeEfFgGsra])");

    private static final Pattern HEX12 = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Pattern pattern;
    private final boolean revisionFirst;

    /** {@code template} as {@code file_template} reads after ini interpolation, e.g. {@code %(rev)s_%(slug)s}. */
    public RevisionFileName(String template) {
        // Alembic 1.18 allows folders in the template (%(year)d/%(month).2d/...): the file name is the last part
        String name = template.substring(template.lastIndexOf('/') + 1);
        this.pattern = compile(name);
        this.revisionFirst = name.startsWith("%(rev)s");
    }

    /**
     * The part of {@code fileName} where the template puts the revision (for a name the template does not fit, its first
     * word when the template starts with the revision), e.g. to find the numbers taken in a sequential history.
     */
    public Optional<String> revisionPart(String fileName) {
        String stem = fileName.endsWith(".py") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Matcher m = pattern == null ? null : pattern.matcher(stem);
        if (m != null && m.matches() && m.group("rev") != null) {
            return Optional.of(m.group("rev"));
        }
        int us = stem.indexOf('_');
        return revisionFirst && us > 0 ? Optional.of(stem.substring(0, us)) : Optional.empty();
    }

    /** The revision id {@code fileName} names when it is not {@code revision}; empty when it agrees or names none. */
    public Optional<Claim> claim(String fileName, String revision) {
        String stem = fileName.endsWith(".py") ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (containsToken(stem, revision)) {
            return Optional.empty();
        }
        String claimed = null;
        int start = 0;
        Matcher m = pattern == null ? null : pattern.matcher(stem);
        if (m != null && m.matches() && m.group("rev") != null) {
            claimed = m.group("rev");
            start = m.start("rev");
        } else if (revisionFirst) {
            // a name from before the template changed: judge its first word as the default template would
            int us = stem.indexOf('_');
            claimed = us > 0 ? stem.substring(0, us) : null;
        }
        if (claimed == null || claimed.isEmpty()) {
            return Optional.empty();
        }
        if (DIGITS.matcher(claimed).matches()) {
            // numbered prefix: 001_<rev>_<slug> names the revision after the number
            String rest = stem.substring(Math.min(stem.length(), start + claimed.length()));
            if (rest.startsWith("_")) {
                String next = rest.substring(1).split("_", 2)[0];
                if (HEX12.matcher(next).matches()
                        || (!next.isEmpty()
                                && next.length() == revision.length()
                                && !DIGITS.matcher(revision).matches()
                                && sameShape(next, revision))) {
                    return Optional.of(new Claim(next, false));
                }
            }
            if (!DIGITS.matcher(revision).matches()) {
                return Optional.empty(); // a sequence number or a date in a history whose ids are not numbers
            }
            if (claimed.length() < 19
                    && revision.length() < 19
                    && Long.parseLong(claimed) == Long.parseLong(revision)) {
                return Optional.empty(); // 001 and 0001 are the same number
            }
            return Optional.of(new Claim(claimed, start == 0));
        }
        if (HEX12.matcher(claimed).matches() || sameShape(claimed, revision)) {
            return Optional.of(new Claim(claimed, start == 0));
        }
        return Optional.empty();
    }

    /** A revision id a file name names, and whether the name starts with it. */
    public record Claim(String revision, boolean atStart) {}

    /** Same length and made of the same kinds of characters (lower-case hex, or digits, or letters). */
    private static boolean sameShape(String a, String b) {
        if (a.length() != b.length() || a.length() < 6) {
            return false;
        }
        return HEX12.matcher(a).matches() == HEX12.matcher(b).matches()
                && a.chars().allMatch(c -> Character.isLetterOrDigit(c))
                && b.chars().allMatch(Character::isLetterOrDigit)
                && a.chars().anyMatch(Character::isDigit) == b.chars().anyMatch(Character::isDigit);
    }

    /** {@code token} occurs in {@code s} with no letter or digit right before or after it. */
    static boolean containsToken(String s, String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
            int end = i + token.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            boolean after = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** The template as a regular expression over the file name's stem; null if it has no {@code %(rev)s}. */
    private static Pattern compile(String template) {
        StringBuilder re = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        boolean hasRev = false;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(last, m.start())));
            String name = m.group(1);
            String type = m.group(2);
            if (name.equals("rev") && !hasRev) {
                re.append("(?<rev>.+?)");
                hasRev = true;
            } else if ("diouxX".contains(type) || name.equals("epoch")) {
                re.append("\\d+");
            } else if (name.equals("slug")) {
                re.append(".*"); // greedy, so a slug before the revision takes every word but the id
            } else {
                re.append(".*?");
            }
            last = m.end();
        }
        re.append(Pattern.quote(template.substring(last)));
        return hasRev ? Pattern.compile(re.toString(), Pattern.DOTALL) : null;
    }
}
