package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.rules.WorkspaceFact;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code invalid-revision}: a file in a version location that Alembic loads as a revision but whose {@code revision} it
 * cannot use, so every {@code alembic} command fails: no {@code revision} at all (an empty file, one holding only a
 * byte order mark, a half-written one: "Could not determine revision id from filename"), or a value that is not a
 * string ({@code None}, a tuple, a list, a number). A value that cannot be read statically (a name from another module,
 * a call) is not judged. Alembic's legacy fallback, a file named {@code <hex>.py} that assigns {@code down_revision},
 * takes its id from the name and is fine.
 */
public final class InvalidRevisionRule implements DocumentRule {
    /** Alembic's {@code _legacy_rev}: the id taken from a file name when the module has no {@code revision}. */
    private static final Pattern LEGACY_NAME = Pattern.compile("[a-f0-9]+\\.py");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?");

    @Override
    public RuleCode code() {
        return RuleCode.INVALID_REVISION;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.ALEMBIC;
    }

    /** The file's own header is all it reads. */
    @Override
    public Set<WorkspaceFact> reads() {
        return Set.of();
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        SourceText text = ctx.text();
        RevisionHeader header = ctx.document().revisionHeader();
        Optional<RevisionHeader.Assignment> revision = header.revision();
        if (revision.isEmpty()) {
            String name = ctx.document().path().getFileName().toString();
            if (LEGACY_NAME.matcher(name).matches() && header.downRevision().isPresent()) {
                return List.of();
            }
            return List.of(Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(0, text.lineEnd(0)),
                            "This file assigns no revision; Alembic cannot load it (\"Could not determine revision id"
                                    + " from filename\") and every alembic command fails: add revision = \"<id>\" and"
                                    + " down_revision, or move the file out of the versions folder")
                    .fingerprint("no revision")
                    .build());
        }
        RevisionHeader.Assignment a = revision.get();
        String value = text.text().substring(a.valueStart(), a.valueEnd()).strip();
        String problem = a.none()
                ? "None"
                : a.unknown()
                        ? (NUMBER.matcher(value).matches() ? "a number" : null)
                        : notOneString(text.text(), a) ? "a tuple or list" : null;
        if (problem == null) {
            return List.of();
        }
        return List.of(Finding.of(
                        code(),
                        ctx.document().path(),
                        text.span(a.valueStart(), a.valueEnd()),
                        "revision must be one string such as \"0007\", not " + problem
                                + " here; Alembic cannot load this history while it is")
                .fingerprint("revision " + problem)
                .build());
    }

    /**
     * A tuple or list of strings where Alembic needs one string: outside the string literals the value has a comma or a
     * bracket ({@code ("a",)}, {@code ["a"]}). Parentheses alone ({@code ("a")}) and implicit concatenation
     * ({@code "a" "b"}) still make one string.
     */
    private static boolean notOneString(String text, RevisionHeader.Assignment a) {
        if (a.literals().isEmpty()) {
            return true;
        }
        StringBuilder outside = new StringBuilder(text.substring(a.valueStart(), a.valueEnd()));
        for (RevisionHeader.Literal l : a.literals()) {
            for (int i = Math.max(l.start(), a.valueStart()); i < Math.min(l.end(), a.valueEnd()); i++) {
                outside.setCharAt(i - a.valueStart(), ' ');
            }
        }
        String rest = outside.toString();
        return rest.indexOf(',') >= 0 || rest.indexOf('[') >= 0 || rest.indexOf('{') >= 0;
    }
}
