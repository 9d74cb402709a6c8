package dev.migrationlsp.core;

/**
 * Client or user input quoted back in a one-line message: control characters (newlines included) become {@code ?} and
 * the text is cut at a bound, so a hostile 100 kB argument never comes back whole.
 */
public final class OneLine {
    private OneLine() {}

    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cc}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max - 3) + "...";
    }
}
