package dev.migrationlsp.analysis;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.migrationlsp.core.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings accepted when the baseline was written, keyed by a content fingerprint (path, code, the flagged construct),
 * not by line, so edits elsewhere do not resurrect them. Counts are kept so a second identical problem still shows.
 */
public final class Baseline {
    public static final int FORMAT_VERSION = 1;

    /** The file format: {@code {"version":1,"findings":[{"path","code","fingerprint","count"}]}}. */
    record FileFormat(int version, List<Entry> findings) {}

    record Entry(String path, String code, String fingerprint, int count) {}

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public static final Baseline EMPTY = new Baseline(Map.of());

    public static String fingerprint(String relativePath, Finding f) {
        String raw = relativePath + "\u0000" + f.code().id() + "\u0000" + normalise(f.fingerprint());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** White space is folded so re-indenting a construct does not make it new. */
    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    public static Baseline read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        FileFormat ff;
        try {
            ff = new Gson().fromJson(json, FileFormat.class);
        } catch (JsonParseException e) {
            // Gson's message names its own classes and links its troubleshooting page: keep only the position.
            Matcher at = Pattern.compile("line (\\d+) column (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw new IOException(
                    "not a migration-lsp baseline"
                            + (at.find() ? " (at line " + at.group(1) + ", column " + at.group(2) + ")" : "")
                            + ": expected {\"version\": 1, \"findings\": [...]}",
                    e);
        }
        if (ff == null || ff.findings() == null) {
            throw new IOException("not a migration-lsp baseline (no \"findings\" array)");
        }
        if (ff.version() != FORMAT_VERSION) {
            throw new IOException(
                    "unsupported baseline version " + ff.version() + " (expected " + FORMAT_VERSION + ")");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Entry e : ff.findings()) {
            if (e != null && e.fingerprint() != null) {
                counts.merge(e.fingerprint(), Math.max(1, e.count()), Integer::sum);
            }
        }
        return new Baseline(counts);
    }

    /** An in-memory baseline of {@code findings}: what {@link #write} would record. */
    public static Baseline of(Collection<Finding> findings, Function<Path, String> relative) {
        Map<String, Integer> counts = new HashMap<>();
        entries(findings, relative).values().forEach(e -> counts.put(e.fingerprint(), e.count()));
        return new Baseline(counts);
    }

    private static Map<String, Entry> entries(Collection<Finding> findings, Function<Path, String> relative) {
        Map<String, Entry> entries = new java.util.TreeMap<>();
        for (Finding f : findings) {
            String rel = relative.apply(f.file());
            String fp = fingerprint(rel, f);
            entries.merge(
                    fp,
                    new Entry(rel, f.code().id(), fp, 1),
                    (a, b) -> new Entry(a.path(), a.code(), a.fingerprint(), a.count() + 1));
        }
        return entries;
    }

    /** Writes all findings (atomically: a temporary file moved into place). */
    public static void write(Path file, Collection<Finding> findings, Function<Path, String> relative)
            throws IOException {
        List<Entry> list = new ArrayList<>(entries(findings, relative).values());
        list.sort((a, b) -> a.path().equals(b.path())
                ? a.fingerprint().compareTo(b.fingerprint())
                : a.path().compareTo(b.path()));
        String json = new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(new FileFormat(FORMAT_VERSION, list))
                + "\n";
        dev.migrationlsp.core.AtomicFile.writeString(file, json);
    }

    /** Removes findings the baseline accepts; the rest (new problems) are returned. */
    public List<Finding> filter(List<Finding> findings, Function<Path, String> relative) {
        if (counts.isEmpty() || findings.isEmpty()) {
            return findings;
        }
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String fp = fingerprint(relative.apply(f.file()), f);
            Integer n = left.get(fp);
            if (n != null && n > 0) {
                left.put(fp, n - 1);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
