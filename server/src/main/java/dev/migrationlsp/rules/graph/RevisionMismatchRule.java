package dev.migrationlsp.rules.graph;

import dev.migrationlsp.alembic.RevisionFileName;
import dev.migrationlsp.alembic.RevisionGraph.Node;
import dev.migrationlsp.alembic.RevisionHeader;
import dev.migrationlsp.alembic.RevisionHeader.DocField;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.WorkspaceRule;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * {@code revision-mismatch}: the docstring's {@code Revision ID:}/{@code Revises:} or the file name's revision prefix
 * disagree with the variables Alembic actually reads. The variables win, so the fix rewrites the docstring. A file name
 * is judged by its history's {@code file_template} ({@link RevisionFileName}): reported only when it names another id.
 */
public final class RevisionMismatchRule implements WorkspaceRule {
    @Override
    public RuleCode code() {
        return RuleCode.REVISION_MISMATCH;
    }

    @Override
    public List<Finding> check(WorkspaceSnapshot ws, CancelChecker cancel) {
        List<Finding> out = new ArrayList<>();
        for (AlembicHistory history : ws.histories()) {
            check(ws, history, out);
        }
        return out;
    }

    private void check(WorkspaceSnapshot ws, AlembicHistory history, List<Finding> out) {
        RevisionFileName names = new RevisionFileName(history.fileTemplate());
        for (Node n : ws.revisionGraph(history).nodes()) {
            RevisionHeader h = n.header();
            // the text is only needed to place a finding; most revisions have none
            java.util.function.Supplier<SourceText> text = new java.util.function.Supplier<>() {
                private SourceText cached;

                @Override
                public SourceText get() {
                    if (cached == null) {
                        cached = GraphFindings.text(ws, n);
                    }
                    return cached;
                }
            };
            // plain conditionals: on JDK 17 each lambda's first use costs `check` ~0.2 ms
            RevisionHeader.Docstring doc = h.docstring().orElse(null);
            if (doc != null) {
                DocField f = doc.revisionId().orElse(null);
                if (f != null && !f.value().equals(n.revision())) {
                    out.add(Finding.of(
                                    code(),
                                    n.file(),
                                    text.get().span(f.start(), f.end()),
                                    "Docstring says Revision ID " + f.value() + " but revision = \"" + n.revision()
                                            + "\"")
                            .fix(new Fix(
                                    "Set docstring Revision ID to " + n.revision(),
                                    true,
                                    List.of(new Edit.Replace(n.file(), f.start(), f.end(), n.revision()))))
                            .fingerprint("doc-revision " + f.value() + " " + n.revision())
                            .build());
                }
                if (doc.hasRevisesLine()
                        && h.downRevision().isPresent()
                        && h.downRevision().get().understood()) {
                    List<String> parents = n.downRevisions();
                    List<String> said = new ArrayList<>();
                    for (DocField r : doc.revises()) {
                        said.add(r.value());
                    }
                    boolean saysNone =
                            said.isEmpty() || (said.size() == 1 && said.get(0).equals("None"));
                    boolean same = parents.isEmpty() ? saysNone : new HashSet<>(said).equals(new HashSet<>(parents));
                    if (!same) {
                        String want = parents.isEmpty() ? "" : String.join(", ", parents);
                        int s = doc.revises().isEmpty()
                                ? -1
                                : doc.revises().get(0).start();
                        int e = doc.revises().isEmpty()
                                ? -1
                                : doc.revises().get(doc.revises().size() - 1).end();
                        var span = s < 0
                                ? text.get().span(doc.start(), doc.start())
                                : text.get().span(s, e);
                        Finding.Builder b = Finding.of(
                                        code(),
                                        n.file(),
                                        span,
                                        "Docstring says Revises: "
                                                + (said.isEmpty() ? "(nothing)" : String.join(", ", said))
                                                + " but down_revision is "
                                                + (parents.isEmpty() ? "None" : String.join(", ", parents)))
                                .fingerprint("doc-revises " + said + " " + parents);
                        if (s >= 0 && !want.isEmpty()) {
                            b.fix(new Fix(
                                    "Set docstring Revises to " + want,
                                    true,
                                    List.of(new Edit.Replace(n.file(), s, e, want))));
                        }
                        out.add(b.build());
                    }
                }
            }
            var claim =
                    names.claim(n.file().getFileName().toString(), n.revision()).orElse(null);
            if (claim != null) {
                out.add(Finding.of(
                                code(),
                                n.file(),
                                GraphFindings.revisionSpan(ws, n),
                                "File name "
                                        + (claim.atStart() ? "starts with " : "names revision ") + claim.revision()
                                        + " but revision = \"" + n.revision() + "\"")
                        .fingerprint("file-prefix " + claim.revision() + " " + n.revision())
                        .build());
            }
        }
    }
}
