package dev.migrationlsp.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of {@code alembic.ini} this tool needs: {@code script_location}, {@code file_template},
 * {@code truncate_slug_length}. Read like Python's ConfigParser: {@code key = value} or {@code key: value}, {@code #}/{@code ;}
 * comment lines, indented continuation lines, {@code %(here)s} interpolation and {@code %%} escapes.
 */
public record AlembicIni(Path file, String scriptLocation, String fileTemplate, int truncateSlugLength) {

    public static final String DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

    public static Optional<AlembicIni> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> section = parseSection(Files.readString(file, StandardCharsets.UTF_8), "alembic");
        if (section == null) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>(section);
        vars.put("here", file.toAbsolutePath().getParent().toString());
        String script = interpolate(section.getOrDefault("script_location", ""), vars);
        String template = interpolate(section.getOrDefault("file_template", DEFAULT_FILE_TEMPLATE), vars);
        int truncate = DEFAULT_TRUNCATE_SLUG_LENGTH;
        String t = section.get("truncate_slug_length");
        if (t != null && !t.isBlank()) {
            try {
                truncate = Integer.parseInt(t.trim());
            } catch (NumberFormatException e) {
                truncate = DEFAULT_TRUNCATE_SLUG_LENGTH;
            }
        }
        return Optional.of(new AlembicIni(file.toAbsolutePath().normalize(), script.trim(), template.trim(), truncate));
    }

    /**
     * ConfigParser's basic interpolation: {@code %(key)s} from {@code vars} (the section's options, its defaults and
     * {@code here}), recursively, and {@code %%} to {@code %}. A key that is not there stays as written.
     */
    static String interpolate(String value, Map<String, String> vars) {
        return interpolate(value, vars, 0, new int[] {MAX_SUBSTITUTIONS});
    }

    /** ConfigParser's depth limit; the substitution budget keeps a hostile ini from expanding exponentially. */
    private static final int MAX_DEPTH = 10;

    private static final int MAX_SUBSTITUTIONS = 10_000;

    private static String interpolate(String value, Map<String, String> vars, int depth, int[] budget) {
        StringBuilder sb = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '%' && i + 1 < value.length() && value.charAt(i + 1) == '%') {
                sb.append('%');
                i += 2;
                continue;
            }
            if (c == '%' && i + 1 < value.length() && value.charAt(i + 1) == '(' && budget[0] > 0) {
                int close = value.indexOf(")s", i + 2);
                if (close > 0) {
                    String key = value.substring(i + 2, close).toLowerCase(Locale.ROOT);
                    String v = vars.get(key);
                    if (v != null) {
                        budget[0]--;
                        sb.append(depth < MAX_DEPTH ? interpolate(v, vars, depth + 1, budget) : v);
                        i = close + 2;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** Minimal ConfigParser: returns the named section's options (keys lower-cased), or null if absent. */
    static Map<String, String> parseSection(String text, String wanted) {
        return parseSections(text).get(wanted);
    }

    /**
     * Every section in file order, options lower-cased, raw (not interpolated). Like ConfigParser, a repeated section
     * adds to the first, and indented lines continue the previous value ({@code "first\nsecond"}).
     */
    /** {@code text.split("\\r?\\n", -1)} without a regular expression (compiled on every call, with lambdas). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            out.add(text.substring(start, nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            start = nl + 1;
        }
        out.add(text.substring(start));
        return out;
    }

    static Map<String, Map<String, String>> parseSections(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> out = null;
        String lastKey = null;
        for (String raw : lines(text)) {
            String line = raw.stripTrailing();
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]") && !Character.isWhitespace(line.charAt(0))) {
                String name = trimmed.substring(1, trimmed.length() - 1).strip();
                out = sections.get(name);
                if (out == null) { // no computeIfAbsent lambda: see AlembicDiscovery.fromSection
                    out = new LinkedHashMap<>();
                    sections.put(name, out);
                }
                lastKey = null;
                continue;
            }
            if (out == null) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                String before = out.get(lastKey);
                out.put(lastKey, before == null ? "\n" + trimmed : before + "\n" + trimmed);
                continue;
            }
            int eq = indexOfSeparator(trimmed);
            if (eq > 0) {
                lastKey = trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                out.put(lastKey, trimmed.substring(eq + 1).strip());
            }
        }
        return sections;
    }

    private static int indexOfSeparator(String s) {
        int eq = s.indexOf('=');
        int colon = s.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
