package dev.migrationlsp.lsp;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.migrationlsp.CoreModule;

/** Wiring of the language server: the core plus the protocol layer and its command handlers. */
public final class LspModule extends AbstractModule {
    private final MigrationLanguageServer.ExitHook exit;

    public LspModule(MigrationLanguageServer.ExitHook exit) {
        this.exit = exit;
    }

    @Override
    protected void configure() {
        install(new CoreModule());
        bind(MigrationLanguageServer.ExitHook.class).toInstance(exit);
        Multibinder<CommandHandler> commands = Multibinder.newSetBinder(binder(), CommandHandler.class);
        commands.addBinding().to(HeadsCommandHandler.class);
        commands.addBinding().to(GraphCommandHandler.class);
        commands.addBinding().to(AcceptFindingsCommandHandler.class);
        install(new CreateCommandsModule());
        install(new dev.migrationlsp.insight.NavigationModule());
    }
}
