package dev.migrationlsp.lsp;

import com.google.gson.JsonObject;
import dev.migrationlsp.create.AmbiguousHeads;
import dev.migrationlsp.create.CreateException;
import dev.migrationlsp.create.HeadInfo;
import dev.migrationlsp.create.MergeRequest;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.workspace.WorkspaceConfig;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowMessageRequestParams;

/**
 * {@code migration-lsp.createMerge {"branch"?, "description"?, "root"?, "uri"?}}: a merge revision ({@code alembic merge}) over the current
 * heads of one branch; without {@code branch}, the one branch that has several heads. Answers like
 * {@code migration-lsp.create}, with {@code downRevision} the list of merged heads.
 */
public final class CreateMergeCommandHandler implements CommandHandler.Dialog {
    public static final String ID = "migration-lsp.createMerge";

    /** Built on the first create (not at server start-up). */
    private final Supplier<MigrationCreator> creator;

    public CreateMergeCommandHandler(Supplier<MigrationCreator> creator) {
        this.creator = creator;
    }

    @Override
    public String command() {
        return ID;
    }

    @Override
    public boolean fits(WorkspaceConfig folder, List<Object> arguments) {
        return CommandHandler.hasAlembicHistory(folder);
    }

    @Override
    public CompletableFuture<Object> execute(List<Object> arguments, CommandContext context) {
        MergeRequest request;
        try {
            JsonObject args = CreateSupport.argument(arguments);
            request = new MergeRequest(
                    CreateSupport.string(args, "description"),
                    CreateSupport.string(args, "branch"),
                    CreateSupport.string(args, "history"));
        } catch (CreateException e) {
            return CreateSupport.failed(e);
        }
        return CreateSupport.translateErrors(CreateSupport.create(
                creator.get(),
                request,
                context,
                (a, asked) -> askBranch(a, context)
                        .thenApply(branch -> branch.map(b -> new MergeRequest(
                                ((MergeRequest) asked).description(),
                                Optional.of(b),
                                ((MergeRequest) asked).history())))));
    }

    private static CompletableFuture<Optional<String>> askBranch(AmbiguousHeads a, CommandContext context) {
        TreeSet<String> labels = new TreeSet<>();
        a.heads().stream().map(HeadInfo::labels).forEach(labels::addAll);
        if (context.client() == null || labels.isEmpty()) {
            return CompletableFuture.failedFuture(new CreateException(a.reason() + ": give \"branch\""));
        }
        ShowMessageRequestParams ask = new ShowMessageRequestParams(
                labels.stream().map(MessageActionItem::new).toList());
        ask.setType(MessageType.Info);
        ask.setMessage(a.reason() + ". Merge the heads of which branch?");
        return context.client()
                .showMessageRequest(ask)
                .thenApply(item -> item == null
                        ? Optional.<String>empty()
                        : Optional.of(item.getTitle()).filter(labels::contains));
    }
}
