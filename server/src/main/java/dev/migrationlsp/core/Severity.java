package dev.migrationlsp.core;

import java.util.Locale;
import java.util.Optional;

/** How loud a finding is. {@link #OFF} only appears in configuration: a rule set to off produces nothing. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    HINT,
    OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code off|hint|info|warning|error}; empty for anything else. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
