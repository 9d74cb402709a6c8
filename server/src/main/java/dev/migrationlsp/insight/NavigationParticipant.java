package dev.migrationlsp.insight;

import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.insight.Insight.Completion;
import dev.migrationlsp.insight.Insight.Hover;
import dev.migrationlsp.insight.Insight.Lens;
import dev.migrationlsp.insight.Insight.Symbol;
import dev.migrationlsp.workspace.FileKind;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Navigation for one language or concern (lemminx's participant pattern): {@link Navigation} finds the participants of
 * a file's kind once per request and each contributes (hover: the first that has one); workspace symbols ask every
 * participant. A participant answers only for its own kinds and leaves every feature it does not offer at the default
 * (nothing). Adding one = one class implementing this, listed in {@link Navigation#everyLanguage()}; several may
 * share a kind (e.g. PostgreSQL tables in Alembic files next to {@link AlembicNavigation}'s revision ids).
 */
public interface NavigationParticipant {
    /** The file kinds this participant answers for. */
    Set<FileKind> kinds();

    default Optional<Hover> hover(WorkspaceSnapshot ws, Path file, int offset) {
        return Optional.empty();
    }

    default List<FileLocation> definition(WorkspaceSnapshot ws, Path file, int offset) {
        return List.of();
    }

    default List<FileLocation> references(WorkspaceSnapshot ws, Path file, int offset, boolean includeDeclaration) {
        return List.of();
    }

    default List<Lens> codeLenses(WorkspaceSnapshot ws, Path file) {
        return List.of();
    }

    default List<Symbol> documentSymbols(WorkspaceSnapshot ws, Path file) {
        return List.of();
    }

    /** Symbols of the whole workspace matching {@code query}, from this participant's files. */
    default List<Symbol> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        return List.of();
    }

    default List<Completion> complete(WorkspaceSnapshot ws, Path file, int offset) {
        return List.of();
    }
}
