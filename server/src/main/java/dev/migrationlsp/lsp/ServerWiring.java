package dev.migrationlsp.lsp;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.TemplateRenderer;
import dev.migrationlsp.insight.Navigation;
import dev.migrationlsp.workspace.Lazy;
import java.util.List;
import java.util.function.Supplier;

/**
 * The language server's composition root: the {@link CoreWiring} plus the protocol layer, each object built once with
 * plain constructors and shared by everything that uses it (one {@link ServerState}, {@link Scheduler},
 * {@link DiagnosticsPublisher}, {@link Navigation}, {@link MigrationCreator}, ...).
 */
public final class ServerWiring {
    private final CoreWiring core;
    private final Scheduler scheduler;
    private final DiagnosticsPublisher diagnostics;
    private final List<CommandHandler> commands;
    private final DocumentService documents;
    private final WorkspaceServiceImpl workspace;
    private final MigrationLanguageServer server;

    public ServerWiring(MigrationLanguageServer.ExitHook exit) {
        core = new CoreWiring();
        ServerState state = new ServerState();
        Navigation navigation = Navigation.ofEveryLanguage();
        // built on the first create command: its system clock and templates are not needed to answer initialize
        Lazy<MigrationCreator> lazyCreator = new Lazy<>();
        Supplier<MigrationCreator> creator = () -> lazyCreator.get(() -> new MigrationCreator(new TemplateRenderer()));
        commands = List.of(
                new HeadsCommandHandler(),
                new GraphCommandHandler(navigation),
                new AcceptFindingsCommandHandler(core::analyzer),
                new CreateCommandHandler(creator),
                new CreateMergeCommandHandler(creator));
        scheduler = new Scheduler(state, commands);
        diagnostics = new DiagnosticsPublisher(core::analyzer, state);
        NavigationFeatures navigationFeatures = new NavigationFeatures(navigation);
        documents =
                new DocumentService(scheduler, diagnostics, new CodeActions(core::analyzer, state), navigationFeatures);
        Folders folders = new Folders(state, diagnostics, core.configLoader());
        workspace = new WorkspaceServiceImpl(scheduler, state, navigationFeatures, folders);
        server = new MigrationLanguageServer(state, documents, workspace, scheduler, folders, exit);
    }

    /**
     * What can wait until initialize is answered but is wanted soon after: the rules the first diagnostics need (built
     * on the launcher's side thread while the folders load, rather than by the first analysis).
     */
    void afterInitialize() {
        core.analyzer();
    }

    public MigrationLanguageServer server() {
        return server;
    }

    DocumentService documents() {
        return documents;
    }

    WorkspaceServiceImpl workspace() {
        return workspace;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** The {@code workspace/executeCommand} commands, in the order they are listed. */
    List<CommandHandler> commands() {
        return commands;
    }

    /** Stops the background threads once the connection has ended. */
    void close() {
        diagnostics.close();
        scheduler.close();
    }
}
