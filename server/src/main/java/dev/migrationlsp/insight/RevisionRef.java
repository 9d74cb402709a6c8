package dev.migrationlsp.insight;

import dev.migrationlsp.alembic.RevisionHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A revision id (or branch label) written in a revision file, with where and in what role. */
public record RevisionRef(String id, int start, int end, Role role) {

    public enum Role {
        REVISION,
        DOWN_REVISION,
        DEPENDS_ON,
        BRANCH_LABEL,
        DOC_REVISION_ID,
        DOC_REVISES
    }

    /** Every id the header mentions: variables first, then the docstring. Literal ranges include the quotes. */
    public static List<RevisionRef> all(RevisionHeader h) {
        List<RevisionRef> out = new ArrayList<>();
        h.revision()
                .ifPresent(a -> a.literals()
                        .forEach(l -> out.add(new RevisionRef(l.value(), l.start(), l.end(), Role.REVISION))));
        h.downRevision()
                .ifPresent(a -> a.literals()
                        .forEach(l -> out.add(new RevisionRef(l.value(), l.start(), l.end(), Role.DOWN_REVISION))));
        h.dependsOn()
                .ifPresent(a -> a.literals()
                        .forEach(l -> out.add(new RevisionRef(l.value(), l.start(), l.end(), Role.DEPENDS_ON))));
        h.branchLabels()
                .ifPresent(a -> a.literals()
                        .forEach(l -> out.add(new RevisionRef(l.value(), l.start(), l.end(), Role.BRANCH_LABEL))));
        h.docstring().ifPresent(d -> {
            d.revisionId()
                    .ifPresent(f -> out.add(new RevisionRef(f.value(), f.start(), f.end(), Role.DOC_REVISION_ID)));
            d.revises().forEach(f -> out.add(new RevisionRef(f.value(), f.start(), f.end(), Role.DOC_REVISES)));
        });
        return out;
    }

    /** The reference under {@code offset} (inclusive of both ends, so a cursor right after a literal still finds it). */
    public static Optional<RevisionRef> at(RevisionHeader h, int offset) {
        return all(h).stream()
                .filter(r -> offset >= r.start() && offset <= r.end())
                .findFirst();
    }

    public boolean isLabel() {
        return role == Role.BRANCH_LABEL;
    }
}
