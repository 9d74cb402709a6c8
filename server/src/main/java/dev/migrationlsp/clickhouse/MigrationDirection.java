package dev.migrationlsp.clickhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which SQL of a migration folder runs forward. Besides the team's one-file-per-step runner, real ClickHouse histories are
 * written for migration tools that keep the rollback beside the step: golang-migrate and its kin pair
 * {@code 0001_x.up.sql} with {@code 0001_x.down.sql} (Langfuse, Highlight), goose and sql-migrate put both directions in
 * one file under {@code -- +goose Up} / {@code -- +goose Down} (Trigger.dev), dbmate under {@code -- migrate:up} /
 * {@code -- migrate:down}. A rollback is not a step of the history: replaying it forward drops what the step created.
 */
public final class MigrationDirection {
    private MigrationDirection() {}

    private static final String DOWN_SUFFIX = ".down.sql";
    private static final String UP_SUFFIX = ".up.sql";

    /** A direction marker on a line of its own: goose and sql-migrate ({@code -- +goose Down}), dbmate ({@code -- migrate:down}). */
    private static final Pattern MARKER = Pattern.compile(
            "(?im)^[ \\t]*--[ \\t]*(?:\\+(?:goose|migrate)[ \\t]+(up|down)|migrate:(up|down))\\b[^\\n]*$");

    /** Whether {@code fileName} is the rollback half of an up/down pair ({@code NNN_x.down.sql}). */
    public static boolean isDownFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(DOWN_SUFFIX);
    }

    /** Whether {@code fileName} is the forward half of an up/down pair ({@code NNN_x.up.sql}). */
    public static boolean isUpFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(UP_SUFFIX);
    }

    /**
     * The version that pairs an up file with its down file: the leading number, as golang-migrate reads it (the
     * descriptions of the two halves may differ); null for a file that is not a half of a pair.
     */
    public static String pairVersion(String fileName) {
        if (!isUpFile(fileName) && !isDownFile(fileName)) {
            return null;
        }
        int i = 0;
        while (i < fileName.length() && Character.isDigit(fileName.charAt(i))) {
            i++;
        }
        return i == 0 ? null : fileName.substring(0, i);
    }

    /**
     * The parts of {@code text} under a down marker, each up to the next up marker or the end; empty for a file without
     * direction markers.
     */
    public static List<TextRange> downSections(String text) {
        if (text.indexOf("+goose") < 0 && text.indexOf("+migrate") < 0 && text.indexOf("migrate:") < 0) {
            return List.of(); // the common case, without running the pattern
        }
        List<TextRange> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int downStart = -1;
        while (m.find()) {
            String dir = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            if (dir.equals("down") && downStart < 0) {
                downStart = m.start();
            } else if (dir.equals("up") && downStart >= 0) {
                out.add(new TextRange(downStart, m.start()));
                downStart = -1;
            }
        }
        if (downStart >= 0) {
            out.add(new TextRange(downStart, text.length()));
        }
        return out;
    }

    /** Whether {@code offset} lies in one of {@code sections}. */
    public static boolean inside(List<TextRange> sections, int offset) {
        for (TextRange r : sections) {
            if (offset >= r.start() && offset < r.end()) {
                return true;
            }
        }
        return false;
    }
}
