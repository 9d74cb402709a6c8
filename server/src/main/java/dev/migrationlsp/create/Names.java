package dev.migrationlsp.create;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns untrusted client strings into safe names and text. Slugs follow Alembic ({@code script/base.py}
 * {@code _rev_path}: the {@code \w+} runs of the message joined by {@code _}, lower-cased, cut at the last {@code _}
 * within the limit and ended with {@code _}); accents are folded to ASCII first and anything else outside
 * {@code [a-z0-9_]} dropped, so a slug can never carry a path separator, a dot or a shell character. For ASCII text the
 * slug is exactly Alembic's.
 */
public final class Names {
    /** Longest description accepted; Alembic has no limit, but a migration message is one line. */
    public static final int MAX_DESCRIPTION = 300;
    /** PostgreSQL truncates identifiers at 63 bytes; ClickHouse accepts longer, but we keep one rule. */
    public static final int MAX_IDENTIFIER = 63;
    /** Slug limit for ClickHouse file names (Alembic's default truncate_slug_length). */
    public static final int CLICKHOUSE_SLUG_LENGTH = 40;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private Names() {}

    /** The description as one line: whitespace runs (newlines included) become one space; rejected if empty or too long. */
    public static String description(String raw) throws CreateException {
        if (raw == null || raw.isBlank()) {
            throw new CreateException("the description is empty");
        }
        String one = raw.strip().replaceAll("[\\s\\p{Cc}]+", " ");
        if (one.length() > MAX_DESCRIPTION) {
            throw new CreateException("the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return one;
    }

    /**
     * Alembic's slug of {@code description}, restricted to {@code [a-z0-9_]}, truncated like Alembic at {@code limit}.
     * Rejected when nothing usable remains (e.g. only punctuation).
     */
    public static String slug(String description, int limit) throws CreateException {
        String folded = Normalizer.normalize(description, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // Python's \w on str: letters, digits and underscore (Unicode). After folding, keep the ASCII ones.
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (c < 128) {
                    word.append(c);
                }
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        String slug = String.join("_", words).toLowerCase(Locale.ROOT);
        if (slug.replace("_", "").isEmpty()) {
            throw new CreateException("the description has no letters or digits to name the file after");
        }
        int max = limit <= 0 ? 40 : limit;
        if (slug.length() > max) {
            String cut = slug.substring(0, max);
            int us = cut.lastIndexOf('_');
            slug = (us >= 0 ? cut.substring(0, us) : cut) + "_";
        }
        return slug;
    }

    /** A table name: an unquoted SQL identifier of at most {@value #MAX_IDENTIFIER} characters. */
    public static String table(String raw) throws CreateException {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw new CreateException("the table name is empty");
        }
        if (t.length() > MAX_IDENTIFIER) {
            throw new CreateException("table name is longer than " + MAX_IDENTIFIER + " characters");
        }
        if (!IDENTIFIER.matcher(t).matches()) {
            throw new CreateException("table name " + quoteForMessage(t)
                    + " is not an identifier (letters, digits and _, not starting with a digit)");
        }
        return t;
    }

    /** A branch label or revision id as given on the command line or by an editor; only checked to be printable. */
    public static String label(String raw, String what) throws CreateException {
        String t = raw.strip();
        if (t.length() > 200 || !LABEL.matcher(t).matches()) {
            throw new CreateException(what + " " + quoteForMessage(t) + " is not a valid " + what);
        }
        return t;
    }

    /** Text for the inside of a Python {@code """} docstring: backslashes and quotes escaped. */
    public static String pythonDocstringText(String oneLine) {
        return oneLine.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A Python string literal in double quotes. Inputs are identifiers or ids, escaped anyway. */
    public static String pythonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Text for a SQL {@code --} comment. The ClickHouse runner strips {@code --} comments and splits on every {@code ;},
     * and teams' tests ban {@code ;} in comments, so it becomes {@code ,}.
     */
    public static String sqlCommentText(String oneLine) {
        return oneLine.replace(';', ',');
    }

    static String quoteForMessage(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return "\"" + shown.replaceAll("\\p{Cc}", "?") + "\"";
    }
}
