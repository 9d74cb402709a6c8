package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.analysis.IgnoreComments;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Code actions from findings: one quick fix per {@link Fix}, "ignore this rule here" for every finding, and
 * {@code source.fixAll.migration-lsp} for the safe fixes of the file. With resolve support the edits are computed on
 * {@code codeAction/resolve}.
 */
public final class CodeActions {
    public static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".migration-lsp";

    /** The rules are built on first use, after the initialize answer (see {@link ServerWiring}). */
    private final Supplier<Analyzer> analyzer;

    private final ServerState state;

    public CodeActions(Supplier<Analyzer> analyzer, ServerState state) {
        this.analyzer = analyzer;
        this.state = state;
    }

    List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions(
            WorkspaceSnapshot ws, CodeActionParams params, CancelChecker cancel) {
        String uri = params.getTextDocument().getUri();
        Optional<Path> path = Uris.toPath(uri);
        Optional<Document> doc = path.flatMap(ws::document);
        if (doc.isEmpty()) {
            return List.of();
        }
        Document d = doc.get();
        List<String> only =
                params.getContext() == null ? null : params.getContext().getOnly();
        boolean wantQuickFix = wants(only, CodeActionKind.QuickFix);
        boolean wantFixAll = wants(only, FIX_ALL_KIND);
        List<Finding> findings = analyzer.get().analyze(ws, d.path(), cancel);
        SourceText t = d.text();
        int from = t.offset(Conversions.position(params.getRange().getStart()));
        int to = t.offset(Conversions.position(params.getRange().getEnd()));
        boolean resolveLater = state.supportsCodeActionResolve();
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> out = new ArrayList<>();
        if (wantQuickFix) {
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.span().endOffset() < from || f.span().startOffset() > to) {
                    continue;
                }
                var diag = Conversions.diagnostic(f, uri);
                for (int k = 0; k < f.fixes().size(); k++) {
                    Fix fix = f.fixes().get(k);
                    if (!applicable(fix)) {
                        continue;
                    }
                    CodeAction a = new CodeAction(fix.title());
                    a.setKind(CodeActionKind.QuickFix);
                    a.setDiagnostics(List.of(diag));
                    a.setIsPreferred(fix.safe() && k == 0);
                    attach(a, ws, d, "fix", f, k, () -> edit(ws, fix.edits()), resolveLater);
                    out.add(Either.forRight(a));
                }
                Optional<IgnoreComments.IgnoreEdit> ignore =
                        IgnoreComments.forLine(d, f.code(), f.span().start().line());
                if (ignore.isPresent()) {
                    CodeAction a = new CodeAction(ignore.get().title());
                    a.setKind(CodeActionKind.QuickFix);
                    a.setDiagnostics(List.of(diag));
                    attach(
                            a,
                            ws,
                            d,
                            "ignore",
                            f,
                            -1,
                            () -> edit(ws, List.of(ignore.get().edit())),
                            resolveLater);
                    out.add(Either.forRight(a));
                }
            }
        }
        if (wantFixAll) {
            List<Edit> safe = safeEdits(d, findings);
            if (!safe.isEmpty()) {
                CodeAction a = new CodeAction("Fix all auto-fixable migration-lsp problems");
                a.setKind(FIX_ALL_KIND);
                attach(a, ws, d, "fixAll", null, -1, () -> edit(ws, safe), resolveLater);
                out.add(Either.forRight(a));
            }
        }
        return out;
    }

    /** The document an unresolved action belongs to (its data's {@code uri}), or "" when the data has none. */
    static String uriOf(CodeAction action) {
        if (action.getData() instanceof JsonObject data
                && data.get("uri") instanceof com.google.gson.JsonPrimitive p
                && p.isString()) {
            return p.getAsString();
        }
        return "";
    }

    /**
     * Fills in the edit of an action returned without one. {@code data} comes back from the client: anything this
     * server did not put there is {@code InvalidParams}, not a crash.
     */
    CodeAction resolve(WorkspaceSnapshot ws, CodeAction action, CancelChecker cancel) {
        if (action.getEdit() != null || action.getData() == null) {
            return action;
        }
        if (!(action.getData() instanceof JsonObject data)) {
            throw foreignData("data must be an object");
        }
        Optional<Document> doc = Uris.toPath(string(data, "uri")).flatMap(ws::document);
        String kind = string(data, "kind");
        if (!kind.equals("fixAll") && !kind.equals("fix") && !kind.equals("ignore")) {
            throw foreignData("unknown kind '" + kind + "'");
        }
        String code = kind.equals("fixAll") ? "" : string(data, "code");
        int start = kind.equals("fixAll") ? 0 : integer(data, "start");
        int end = kind.equals("fixAll") ? 0 : integer(data, "end");
        int line = kind.equals("fixAll") ? 0 : integer(data, "line");
        int index = kind.equals("fix") ? integer(data, "fix") : -1;
        if (doc.isEmpty()) {
            return action;
        }
        Document d = doc.get();
        List<Finding> findings = analyzer.get().analyze(ws, d.path(), cancel);
        if (kind.equals("fixAll")) {
            action.setEdit(edit(ws, safeEdits(d, findings)));
            return action;
        }
        // match by code and range; if the document changed meanwhile, match by code and start line
        Finding f = findings.stream()
                .filter(x -> x.code().id().equals(code)
                        && x.span().startOffset() == start
                        && x.span().endOffset() == end)
                .findFirst()
                .orElse(null);
        if (f == null) {
            f = findings.stream()
                    .filter(x -> x.code().id().equals(code) && x.span().start().line() == line)
                    .findFirst()
                    .orElse(null);
        }
        if (f == null) {
            return action; // the finding is gone: nothing to do
        }
        if (kind.equals("ignore")) {
            IgnoreComments.forLine(d, f.code(), f.span().start().line())
                    .ifPresent(ig -> action.setEdit(edit(ws, List.of(ig.edit()))));
            return action;
        }
        if (index >= 0 && index < f.fixes().size()) {
            action.setEdit(edit(ws, f.fixes().get(index).edits()));
        }
        return action;
    }

    private static String string(JsonObject data, String key) {
        JsonElement e = data.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw foreignData("data." + key + " must be a string");
        }
        return e.getAsString();
    }

    private static int integer(JsonObject data, String key) {
        JsonElement e = data.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw foreignData("data." + key + " must be a number");
        }
        try {
            return e.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
        } catch (ArithmeticException ex) {
            throw foreignData("data." + key + " must be an integer");
        }
    }

    private static ResponseErrorException foreignData(String why) {
        return new ResponseErrorException(new ResponseError(
                ResponseErrorCode.InvalidParams,
                "codeAction/resolve: not an action from this server (" + why + ")",
                null));
    }

    private void attach(
            CodeAction a,
            WorkspaceSnapshot ws,
            Document d,
            String kind,
            Finding f,
            int fixIndex,
            java.util.function.Supplier<WorkspaceEdit> edit,
            boolean resolveLater) {
        if (!resolveLater) {
            a.setEdit(edit.get());
            return;
        }
        JsonObject data = new JsonObject();
        data.addProperty("uri", Uris.toUri(d.path()));
        data.addProperty("version", d.version());
        data.addProperty("kind", kind);
        if (f != null) {
            data.addProperty("code", f.code().id());
            data.addProperty("start", f.span().startOffset());
            data.addProperty("end", f.span().endOffset());
            data.addProperty("line", f.span().start().line());
            data.addProperty("fix", fixIndex);
        }
        a.setData(data);
    }

    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return !kind.startsWith(CodeActionKind.Source); // source actions only when asked for
        }
        return only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    private boolean applicable(Fix fix) {
        boolean renames = fix.edits().stream().anyMatch(e -> e instanceof Edit.Rename);
        return !renames || state.supportsResourceOperation("rename");
    }

    /** Safe text edits of this document's findings, without overlaps (first come, first kept). */
    static List<Edit> safeEdits(Document d, List<Finding> findings) {
        List<Edit.Replace> chosen = new ArrayList<>();
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (!fix.safe()
                        || fix.edits().stream()
                                .anyMatch(e -> !(e instanceof Edit.Replace)
                                        || !e.file().equals(d.path()))) {
                    continue;
                }
                // an edit identical to one already chosen (the same import two fixes need) is already satisfied
                List<Edit.Replace> reps = fix.edits().stream()
                        .map(e -> (Edit.Replace) e)
                        .filter(r -> !chosen.contains(r))
                        .toList();
                boolean overlaps = reps.stream().anyMatch(r -> chosen.stream().anyMatch(c -> overlap(c, r)));
                if (!overlaps) {
                    chosen.addAll(reps);
                }
                break; // at most one fix per finding
            }
        }
        chosen.sort(Comparator.comparingInt(Edit.Replace::startOffset));
        return List.copyOf(chosen);
    }

    private static boolean overlap(Edit.Replace a, Edit.Replace b) {
        if (a.startOffset() == a.endOffset() && b.startOffset() == b.endOffset()) {
            return a.startOffset() == b.startOffset();
        }
        return a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset();
    }

    /** Core edits to a WorkspaceEdit: versioned document changes and rename operations when the client supports them. */
    WorkspaceEdit edit(WorkspaceSnapshot ws, List<Edit> edits) {
        Map<Path, List<TextEdit>> byFile = new LinkedHashMap<>();
        List<RenameFile> renames = new ArrayList<>();
        for (Edit e : edits) {
            if (e instanceof Edit.Replace r) {
                SourceText t = ws.document(r.file()).map(Document::text).orElse(new SourceText(""));
                var range = Conversions.range(t.span(r.startOffset(), r.endOffset()));
                byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(new TextEdit(range, r.newText()));
            } else if (e instanceof Edit.Rename rn) {
                renames.add(new RenameFile(Uris.toUri(rn.file()), Uris.toUri(rn.newFile())));
            }
        }
        if (state.supportsDocumentChanges()) {
            List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
            byFile.forEach((file, tes) -> {
                Integer version = ws.document(file)
                        .filter(Document::isOpen)
                        .map(Document::version)
                        .orElse(null);
                changes.add(Either.forLeft(
                        new TextDocumentEdit(new VersionedTextDocumentIdentifier(Uris.toUri(file), version), tes)));
            });
            renames.forEach(r -> changes.add(Either.forRight(r)));
            return new WorkspaceEdit(changes);
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        byFile.forEach((file, tes) -> changes.put(Uris.toUri(file), tes));
        return new WorkspaceEdit(changes);
    }
}
