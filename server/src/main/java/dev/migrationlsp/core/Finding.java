package dev.migrationlsp.core;

import java.nio.file.Path;
import java.util.List;

/**
 * One problem found in one file. {@code fingerprint} identifies the flagged construct by content (not line numbers) so a
 * baseline survives edits elsewhere in the file; rules usually pass the flagged source text.
 */
public record Finding(
        RuleCode code,
        Severity severity,
        Path file,
        Span span,
        String message,
        List<RelatedInfo> related,
        List<Fix> fixes,
        String fingerprint) {

    public Finding {
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(code, s, file, span, message, related, fixes, fingerprint);
    }

    /** Start building a finding with the rule's default severity. */
    public static Builder of(RuleCode code, Path file, Span span, String message) {
        return new Builder(code, file, span, message);
    }

    public static final class Builder {
        private final RuleCode code;
        private final Path file;
        private final Span span;
        private final String message;
        private Severity severity;
        private List<RelatedInfo> related = List.of();
        private List<Fix> fixes = List.of();
        private String fingerprint;

        private Builder(RuleCode code, Path file, Span span, String message) {
            this.code = code;
            this.file = file;
            this.span = span;
            this.message = message;
            this.severity = code.defaultSeverity();
        }

        public Builder related(List<RelatedInfo> r) {
            this.related = r;
            return this;
        }

        public Builder fixes(List<Fix> f) {
            this.fixes = f;
            return this;
        }

        public Builder fix(Fix f) {
            this.fixes = List.of(f);
            return this;
        }

        public Builder fingerprint(String f) {
            this.fingerprint = f;
            return this;
        }

        public Finding build() {
            return new Finding(
                    code, severity, file, span, message, related, fixes, fingerprint == null ? message : fingerprint);
        }
    }
}
