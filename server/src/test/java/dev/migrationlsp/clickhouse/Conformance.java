package dev.migrationlsp.clickhouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ClickHouse conformance corpus ({@code /clickhouse/conformance/*.sql}, see SOURCES.md there) and real ClickHouse's
 * cached verdict on each statement ({@code verdicts.tsv}, written by {@code src/test/node/clickhouse-oracle.js}), compared
 * with our parser's verdict.
 */
final class Conformance {
    static final String DIR = "/clickhouse/conformance";

    /** ClickHouse's verdict: {@code offset} is where it failed (UTF-16 index), -1 when it parsed. */
    record Verdict(boolean ok, int offset, int code, String message) {}

    /** One corpus statement: its origin (source/file#n or "op of ..." for mutations) and text. */
    record Entry(String file, String origin, String text, String key) {
        boolean mutation() {
            return file.equals("mutations.sql");
        }
    }

    /** How our parser and ClickHouse compare on one statement. */
    enum Outcome {
        /** Both parse, and we check the statement. */
        AGREE_VALID,
        /** ClickHouse parses it, we report a syntax error: a false error. */
        VALID_FLAGGED,
        /** ClickHouse parses it (it does not parse inline INSERT data), we flag an error inside the inline data. */
        DATA_FLAGGED,
        /** Both reject it. */
        AGREE_INVALID,
        /** ClickHouse rejects it, we do not: a missed error. */
        INVALID_MISSED
    }

    record Result(Entry entry, Verdict verdict, Outcome outcome, SyntaxError ours, String kind) {}

    private Conformance() {}

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try {
            Path dir = Path.of(Conformance.class.getResource(DIR).toURI());
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".sql"))
                        .sorted()
                        .toList()) {
                    String name = f.getFileName().toString();
                    for (Corpus.Case c : Corpus.cases(DIR + "/" + name)) {
                        out.add(new Entry(name, c.header(), c.text(), key(c.text())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static Map<String, Verdict> verdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        for (String line : Corpus.resource(DIR + "/verdicts.tsv").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.put(
                    f[0],
                    new Verdict(
                            f[1].equals("ok"),
                            Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]),
                            f.length > 4 ? f[4] : ""));
        }
        return out;
    }

    static String key(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result judge(Entry e, Verdict v) {
        ClickHouseScript script = ClickHouseScript.parse(e.text());
        SyntaxError ours =
                script.errors().isEmpty() ? null : script.errors().get(0).error();
        String kind = kind(script.tokens());
        Outcome o;
        if (v.ok()) {
            if (ours != null) {
                o = insideInsertData(script.tokens(), ours.range().start())
                        ? Outcome.DATA_FLAGGED
                        : Outcome.VALID_FLAGGED;
            } else {
                o = Outcome.AGREE_VALID;
            }
        } else {
            o = ours != null ? Outcome.AGREE_INVALID : Outcome.INVALID_MISSED;
        }
        return new Result(e, v, o, ours, kind);
    }

    /** ClickHouse's parser stops at {@code VALUES}/{@code FORMAT name} of an INSERT: the rest is data, read at run time. */
    private static boolean insideInsertData(List<Token> tokens, int offset) {
        if (tokens.isEmpty() || !tokens.get(0).is("INSERT")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) {
            Token t = tokens.get(i);
            if (t.isOp("(")) {
                depth++;
            } else if (t.isOp(")")) {
                depth--;
            } else if (depth == 0 && (t.is("VALUES") || t.is("FORMAT"))) {
                return true;
            }
        }
        return false;
    }

    /** How far our error is from where ClickHouse failed, in our tokens: 0 on the same token, 1 one token before, ... */
    static int tokensBefore(String text, SyntaxError ours, int chOffset) {
        List<Token> tokens = Lexer.lex(text).tokens();
        int ourIndex = indexAt(tokens, ours.range().start());
        int chIndex = indexAt(tokens, chOffset);
        return chIndex - ourIndex;
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset || tokens.get(i).kind() == Token.Kind.EOF) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Statement kind from the leading words, e.g. "CREATE TABLE", "SYSTEM", "ALTER USER". */
    static String kind(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD) {
                words.add(t.text().toUpperCase(Locale.ROOT));
            } else if (!t.isOp("(")) {
                break;
            }
            if (words.size() > 6) {
                break;
            }
        }
        if (words.isEmpty()) {
            return tokens.isEmpty() || tokens.get(0).kind() == Token.Kind.EOF
                    ? "(empty)"
                    : "(" + tokens.get(0).kind() + ")";
        }
        String first = words.get(0);
        if (List.of("CREATE", "ALTER", "DROP", "ATTACH", "DETACH", "UNDROP", "RENAME", "EXCHANGE", "SHOW")
                .contains(first)) {
            int k = 1;
            while (k < words.size()
                    && List.of("OR", "REPLACE", "TEMPORARY", "IF", "NOT", "EXISTS")
                            .contains(words.get(k))) {
                k++;
            }
            String second = k < words.size() ? words.get(k) : "";
            if (List.of("MATERIALIZED", "ROW", "SETTINGS", "NAMED", "LIVE", "MASKING", "WINDOW")
                            .contains(second)
                    && k + 1 < words.size()) {
                second += " " + words.get(k + 1);
            }
            return (first + " " + second).strip();
        }
        return first;
    }

    /** Counts per kind and outcome, for the report. */
    static Map<String, Map<Outcome, Integer>> byKind(List<Result> results) {
        Map<String, Map<Outcome, Integer>> out = new TreeMap<>();
        for (Result r : results) {
            out.computeIfAbsent(r.kind(), k -> new LinkedHashMap<>()).merge(r.outcome(), 1, Integer::sum);
        }
        return out;
    }
}
