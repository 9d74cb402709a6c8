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
 * Navigation for one language (lemminx's participant pattern): {@link Navigation} finds the participant of a file's
 * kind once and hands it the request; workspace symbols ask every participant. A participant answers only for its
 * own kinds and leaves every feature it does not offer at the default (nothing). Adding a language = one class
 * implementing this, bound in {@link NavigationModule}.
 */
public interface NavigationParticipant {
    /** The file kinds this participant answers for; no two participants share a kind. */
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
