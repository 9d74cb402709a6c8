package dev.migrationlsp.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a corpus file of cases, each introduced by a line {@code ==== header}. */
public final class Corpus {
    private Corpus() {}

    public record Case(String header, String text) {
        @Override
        public String toString() {
            return header;
        }
    }

    public static String resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Case> cases(String path) {
        List<Case> out = new ArrayList<>();
        String header = null;
        StringBuilder body = new StringBuilder();
        for (String line : resource(path).split("\n", -1)) {
            if (line.startsWith("==== ")) {
                if (header != null) {
                    out.add(new Case(header, body.toString().stripTrailing()));
                }
                header = line.substring(5).strip();
                body.setLength(0);
            } else if (header != null) {
                body.append(line).append('\n');
            }
        }
        if (header != null) {
            out.add(new Case(header, body.toString().stripTrailing()));
        }
        return out;
    }
}
