package dev.migrationlsp.lsp;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.migrationlsp.create.MigrationCreator;
import dev.migrationlsp.create.TemplateRenderer;

/** The create-migration commands: {@code migration-lsp.create} and {@code migration-lsp.createMerge}. */
public final class CreateCommandsModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(TemplateRenderer.class).in(Singleton.class);
        bind(MigrationCreator.class).in(Singleton.class);
        Multibinder<CommandHandler> commands = Multibinder.newSetBinder(binder(), CommandHandler.class);
        commands.addBinding().to(CreateCommandHandler.class);
        commands.addBinding().to(CreateMergeCommandHandler.class);
    }
}
