package dev.migrationlsp.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.create.AmbiguousHeads;
import dev.migrationlsp.create.CreateException;
import dev.migrationlsp.create.CreateResult;
import dev.migrationlsp.create.Created;
import dev.migrationlsp.create.HeadInfo;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.MigrationPlan;
import dev.migrationlsp.create.MigrationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the two create commands share: argument reading, creating through the editor, the result object, errors. */
final class CreateSupport {
    /** How long a create command waits (asynchronously) for the editor to apply the CreateFile edit. */
    static final Duration APPLY_EDIT_TIMEOUT = Duration.ofSeconds(30);

    static final Duration SHOW_DOCUMENT_TIMEOUT = Duration.ofSeconds(10);

    private CreateSupport() {}

    /** The single object argument ({@code {"target": ..., ...}}); no argument is an empty object. */
    static JsonObject argument(List<Object> arguments) throws CreateException {
        if (arguments == null || arguments.isEmpty() || arguments.get(0) == null) {
            return new JsonObject();
        }
        Object first = arguments.get(0);
        JsonElement json = first instanceof JsonElement e ? e : new Gson().toJsonTree(first);
        if (json.isJsonNull()) {
            return new JsonObject();
        }
        if (!json.isJsonObject()) {
            throw new CreateException(
                    "the argument must be an object like {\"target\": \"postgres\", \"description\": \"...\"}");
        }
        return json.getAsJsonObject();
    }

    static Optional<String> string(JsonObject o, String key) throws CreateException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new CreateException("\"" + key + "\" must be a string");
        }
        String s = e.getAsString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** True when the editor can create files in a workspace edit ({@code resourceOperations} contains {@code create}). */
    static boolean clientCreatesFiles(ClientCapabilities caps, LanguageClient client) {
        if (client == null || caps == null || caps.getWorkspace() == null) {
            return false;
        }
        var we = caps.getWorkspace().getWorkspaceEdit();
        return Boolean.TRUE.equals(caps.getWorkspace().getApplyEdit())
                && we != null
                && Boolean.TRUE.equals(we.getDocumentChanges())
                && we.getResourceOperations() != null
                && we.getResourceOperations().contains("create");
    }

    /**
     * Creates the file through the editor: one {@code CreateFile} (never overwriting) plus the text. Completes with true
     * if the editor saved the content to disk, false if it holds it in a buffer. Nothing waits for the answer: the
     * creator plans and reserves the file on the serial queue before, and registers it there after.
     */
    static MigrationCreator.EditorWriter throughEditor(LanguageClient client) {
        return plan -> {
            String uri = Uris.toUri(plan.path());
            CreateFile create = new CreateFile(uri, new CreateFileOptions(false, false));
            TextDocumentEdit text = new TextDocumentEdit(
                    new VersionedTextDocumentIdentifier(uri, null),
                    List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), plan.content())));
            WorkspaceEdit edit = new WorkspaceEdit(List.of(Either.forRight(create), Either.forLeft(text)));
            return client.applyEdit(new ApplyWorkspaceEditParams(edit, "Create " + plan.relativePath()))
                    .orTimeout(APPLY_EDIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, e) -> {
                        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                        if (cause instanceof TimeoutException) {
                            throw new CompletionException(
                                    new CreateException("the editor did not answer workspace/applyEdit within "
                                            + APPLY_EDIT_TIMEOUT.toSeconds() + " s"));
                        }
                        if (cause != null) {
                            throw new CompletionException(new CreateException(
                                    "the editor failed to create " + plan.relativePath() + ": " + cause.getMessage()));
                        }
                        if (response == null || !response.isApplied()) {
                            throw new CompletionException(
                                    new CreateException("the editor did not create " + plan.relativePath()
                                            + (response != null && response.getFailureReason() != null
                                                    ? ": " + response.getFailureReason()
                                                    : "")));
                        }
                        return onDiskAsPlanned(plan);
                    });
        };
    }

    /**
     * What both create commands do: create through the editor when it can create files, else on disk; when several
     * heads could take the revision, ask with {@code choose} and try again with its answer (none: answer null).
     */
    static CompletableFuture<Object> create(
            MigrationCreator creator,
            MigrationRequest request,
            CommandContext context,
            BiFunction<AmbiguousHeads, MigrationRequest, CompletableFuture<Optional<MigrationRequest>>> choose) {
        context.cancel().checkCanceled();
        CompletableFuture<CreateResult> created = clientCreatesFiles(context.capabilities(), context.client())
                ? creator.create(context.session(), request, throughEditor(context.client()))
                : creator.create(context.session(), request);
        return created.thenCompose(result -> {
            if (result instanceof AmbiguousHeads a) {
                return choose.apply(a, request)
                        .thenCompose(next -> next.isEmpty()
                                ? CompletableFuture.completedFuture(null)
                                : create(creator, next.get(), context, choose));
            }
            return showAndAnswer((Created) result, context.client());
        });
    }

    private static boolean onDiskAsPlanned(MigrationPlan plan) {
        try {
            return Files.isRegularFile(plan.path())
                    && Files.readString(plan.path(), StandardCharsets.UTF_8).equals(plan.content());
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the new file in the editor (best effort), then answers with the command's result object. */
    static CompletableFuture<Object> showAndAnswer(Created c, LanguageClient client) {
        Map<String, Object> result = result(c);
        if (client == null) {
            return CompletableFuture.completedFuture(result);
        }
        ShowDocumentParams show = new ShowDocumentParams(Uris.toUri(c.path()));
        show.setTakeFocus(true);
        CompletableFuture<Object> shown;
        try {
            shown = client.showDocument(show).thenApply(r -> (Object) result);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(result);
        }
        // an editor without showDocument answers with an error, or not at all: the file exists either way
        return shown.completeOnTimeout(result, SHOW_DOCUMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> result);
    }

    /** {@code {"uri", "path", "revision"?, "downRevision"?, "number"?, "heads"?, "branchHasMultipleHeads"?}}. */
    static Map<String, Object> result(Created c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", Uris.toUri(c.path()));
        m.put("path", c.relativePath());
        c.revision().ifPresent(r -> m.put("revision", r));
        if (c.downRevisions().size() == 1) {
            m.put("downRevision", c.downRevisions().get(0));
        } else if (c.downRevisions().size() > 1) {
            m.put("downRevision", c.downRevisions());
        }
        c.number().ifPresent(n -> m.put("number", n));
        if (c.revision().isPresent()) {
            m.put("heads", c.headsAfter().stream().map(CreateSupport::head).toList());
            m.put("branchHasMultipleHeads", c.branchHasMultipleHeads());
        }
        return m;
    }

    private static Map<String, Object> head(HeadInfo h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", h.revision());
        m.put("labels", h.labels());
        m.put("path", h.path());
        return m;
    }

    /** A refused request becomes an InvalidParams error whose message the editor shows as is. */
    static Throwable toResponseError(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof CreateException ce) {
            return new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidParams, ce.getMessage(), null));
        }
        return cause;
    }

    static <T> CompletableFuture<T> failed(CreateException e) {
        return CompletableFuture.failedFuture(toResponseError(e));
    }

    /** Like {@code exceptionally}, but lets the future fail with a translated error. */
    static <T> CompletableFuture<T> translateErrors(CompletableFuture<T> f) {
        CompletableFuture<T> out = new CompletableFuture<>();
        f.whenComplete((v, e) -> {
            if (e != null) {
                out.completeExceptionally(toResponseError(e));
            } else {
                out.complete(v);
            }
        });
        return out;
    }
}
