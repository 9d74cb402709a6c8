package dev.migrationlsp.lsp;

import com.google.gson.JsonObject;
import dev.migrationlsp.create.AmbiguousHeads;
import dev.migrationlsp.create.CreateException;
import dev.migrationlsp.create.CreateRequest;
import dev.migrationlsp.create.HeadInfo;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.Target;
import dev.migrationlsp.workspace.WorkspaceConfig;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowMessageRequestParams;

/**
 * {@code migration-lsp.create {"target", "description", "kind"?, "table"?, "branch"?, "head"?, "source"?,
 * "root"?, "uri"?}}: creates the
 * next migration (through the editor when it can create files, else on disk), opens it, and answers
 * {@code {"uri", "path", "revision"?, "downRevision"?, "number"?}}. A missing target, or several heads with nothing to
 * choose between them, is asked with {@code window/showMessageRequest}; a dismissed question answers {@code null}.
 */
public final class CreateCommandHandler implements CommandHandler.Dialog {
    public static final String ID = "migration-lsp.create";

    /** Built on the first create (not at server start-up). */
    private final Supplier<MigrationCreator> creator;

    public CreateCommandHandler(Supplier<MigrationCreator> creator) {
        this.creator = creator;
    }

    @Override
    public String command() {
        return ID;
    }

    /** The folder must have the requested target's history (any history when the target is still to be asked). */
    @Override
    public boolean fits(WorkspaceConfig folder, List<Object> arguments) {
        Optional<Target> target;
        try {
            target = CreateSupport.string(CreateSupport.argument(arguments), "target")
                    .flatMap(Target::parse);
        } catch (CreateException e) {
            target = Optional.empty();
        }
        boolean alembic = CommandHandler.hasAlembicHistory(folder);
        boolean clickhouse = folder.clickhouseMigrations().isPresent();
        return target.map(t -> t == Target.POSTGRES ? alembic : clickhouse).orElse(alembic || clickhouse);
    }

    @Override
    public CompletableFuture<Object> execute(List<Object> arguments, CommandContext context) {
        JsonObject args;
        Optional<String> target;
        try {
            args = CreateSupport.argument(arguments);
            target = CreateSupport.string(args, "target");
            if (CreateSupport.string(args, "description").isEmpty()) {
                throw new CreateException("\"description\" is missing: say what the migration does");
            }
        } catch (CreateException e) {
            return CreateSupport.failed(e);
        }
        CompletableFuture<Optional<Target>> chosenTarget;
        if (target.isPresent()) {
            Optional<Target> t = Target.parse(target.get());
            if (t.isEmpty()) {
                return CreateSupport.failed(
                        new CreateException("unknown target \"" + target.get() + "\": use postgres or clickhouse"));
            }
            chosenTarget = CompletableFuture.completedFuture(t);
        } else {
            chosenTarget = askTarget(context);
        }
        return CreateSupport.translateErrors(chosenTarget.thenCompose(t -> {
            if (t.isEmpty()) {
                return CompletableFuture.completedFuture(null); // the user dismissed the question
            }
            // the histories as of the mutations sent before this command (a read: the queue never waits for the client)
            return context.session().afterPendingMutations().thenCompose(ws -> {
                List<String> histories = historiesToAsk(t.get(), args, context, ws);
                if (histories.isEmpty()) {
                    return create(t.get(), args, context);
                }
                return askHistory(histories, context).thenCompose(h -> {
                    if (h.isEmpty()) {
                        return CompletableFuture.completedFuture(null); // dismissed
                    }
                    JsonObject withHistory = args.deepCopy();
                    withHistory.addProperty("history", h.get());
                    return create(t.get(), withHistory, context);
                });
            });
        }));
    }

    private CompletableFuture<Object> create(Target target, JsonObject args, CommandContext context) {
        try {
            return CreateSupport.create(
                    creator.get(),
                    request(target, args),
                    context,
                    (a, request) -> askHead(a, context)
                            .thenApply(head -> head.map(h ->
                                    ((CreateRequest) request).withBranch(null).withHead(h))));
        } catch (CreateException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * The Alembic histories to offer: a PostgreSQL revision in a workspace with several histories and no "history"
     * argument, from the snapshot after the mutations sent before the command; without a client to ask, none
     * (the creator then refuses with a message naming the histories).
     */
    private static List<String> historiesToAsk(
            Target target, JsonObject args, CommandContext context, dev.migrationlsp.workspace.WorkspaceSnapshot ws) {
        if (target != Target.POSTGRES
                || context.client() == null
                || ws == null
                || ws.histories().size() < 2
                || args.has("history")) {
            return List.of(); // a malformed "history" is the creator's to refuse
        }
        return ws.histories().stream()
                .map(dev.migrationlsp.workspace.AlembicHistory::name)
                .toList();
    }

    /** Offers the histories; the answer is the chosen one's name (empty when dismissed). */
    private static CompletableFuture<Optional<String>> askHistory(List<String> histories, CommandContext context) {
        ShowMessageRequestParams ask = new ShowMessageRequestParams(
                histories.stream().map(MessageActionItem::new).toList());
        ask.setType(MessageType.Info);
        ask.setMessage(
                "The workspace has " + histories.size() + " Alembic histories. Which one gets the new revision?");
        return context.client()
                .showMessageRequest(ask)
                .thenApply(item -> item == null || !histories.contains(item.getTitle())
                        ? Optional.<String>empty()
                        : Optional.of(item.getTitle()));
    }

    private static CreateRequest request(Target target, JsonObject args) throws CreateException {
        return new CreateRequest(
                target,
                CreateSupport.string(args, "description").orElse(""),
                CreateSupport.string(args, "kind"),
                CreateSupport.string(args, "table"),
                CreateSupport.string(args, "branch"),
                CreateSupport.string(args, "head"),
                CreateSupport.string(args, "source"),
                CreateSupport.string(args, "history"));
    }

    private static CompletableFuture<Optional<Target>> askTarget(CommandContext context) {
        if (context.client() == null) {
            return CompletableFuture.failedFuture(new CreateException("\"target\" is missing: postgres or clickhouse"));
        }
        ShowMessageRequestParams ask = new ShowMessageRequestParams(
                List.of(new MessageActionItem(Target.POSTGRES.id()), new MessageActionItem(Target.CLICKHOUSE.id())));
        ask.setType(MessageType.Info);
        ask.setMessage(
                "Create a migration for which database? PostgreSQL (Alembic: users, orgs, settings, credentials, RBAC, "
                        + "licensing, audit) or ClickHouse (analytics: commits, PRs, work items, metrics, materialized views)");
        return context.client()
                .showMessageRequest(ask)
                .thenApply(item -> item == null ? Optional.<Target>empty() : Target.parse(item.getTitle()));
    }

    /** Offers the heads; the answer is the chosen head's revision. */
    static CompletableFuture<Optional<String>> askHead(AmbiguousHeads a, CommandContext context) {
        if (context.client() == null) {
            return CompletableFuture.failedFuture(new CreateException(a.reason() + ": give \"branch\" or \"head\""));
        }
        ShowMessageRequestParams ask = new ShowMessageRequestParams(
                a.heads().stream().map(h -> new MessageActionItem(h.display())).toList());
        ask.setType(MessageType.Info);
        ask.setMessage(a.reason() + ". Which head should the new revision extend?"
                + (a.mergeSuggested() ? " (Consider a merge revision: migration-lsp.createMerge.)" : ""));
        return context.client()
                .showMessageRequest(ask)
                .thenApply(item -> item == null
                        ? Optional.<String>empty()
                        : a.heads().stream()
                                .filter(h -> h.display().equals(item.getTitle()))
                                .map(HeadInfo::revision)
                                .findFirst());
    }
}
