package dev.migrationlsp.lsp;

import dev.migrationlsp.core.FileLocation;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.insight.Insight;
import dev.migrationlsp.insight.Navigation;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Converts the navigation facade's plain results to LSP4J types. */
public final class NavigationFeatures {
    private final Navigation navigation;

    public NavigationFeatures(Navigation navigation) {
        this.navigation = navigation;
    }

    private static Optional<Position> at(WorkspaceSnapshot ws, TextDocumentPositionParams p) {
        Optional<Path> path = Uris.toPath(p.getTextDocument().getUri());
        Optional<Document> doc = path.flatMap(ws::document);
        return doc.map(d -> new Position(d.path(), d.text(), d.text().offset(Conversions.position(p.getPosition()))));
    }

    private record Position(Path path, SourceText text, int offset) {}

    Hover hover(WorkspaceSnapshot ws, TextDocumentPositionParams p) {
        return at(ws, p)
                .flatMap(pos -> navigation.hover(ws, pos.path(), pos.offset()))
                .map(h -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()), Conversions.range(h.span())))
                .orElse(null);
    }

    List<Location> definition(WorkspaceSnapshot ws, TextDocumentPositionParams p) {
        return at(ws, p)
                .map(pos -> navigation.definition(ws, pos.path(), pos.offset()).stream()
                        .map(NavigationFeatures::location)
                        .toList())
                .orElse(List.of());
    }

    List<Location> references(WorkspaceSnapshot ws, TextDocumentPositionParams p, boolean includeDeclaration) {
        return at(ws, p)
                .map(pos -> navigation.references(ws, pos.path(), pos.offset(), includeDeclaration).stream()
                        .map(NavigationFeatures::location)
                        .toList())
                .orElse(List.of());
    }

    List<CodeLens> codeLenses(WorkspaceSnapshot ws, String uri) {
        return Uris.toPath(uri)
                .map(path -> navigation.codeLenses(ws, path).stream()
                        .map(l -> {
                            // "editor.action.showReferences" is VS Code's; other clients show the title and ignore the
                            // command
                            Command c = l.locations().isEmpty()
                                    ? new Command(l.title(), "")
                                    : new Command(
                                            l.title(),
                                            "editor.action.showReferences",
                                            List.of(
                                                    uri,
                                                    Conversions.position(
                                                            l.span().start()),
                                                    l.locations().stream()
                                                            .map(NavigationFeatures::location)
                                                            .toList()));
                            return new CodeLens(Conversions.range(l.span()), c, null);
                        })
                        .toList())
                .orElse(List.of());
    }

    List<Either<SymbolInformation, DocumentSymbol>> documentSymbols(WorkspaceSnapshot ws, String uri) {
        return Uris.toPath(uri)
                .map(path -> navigation.documentSymbols(ws, path).stream()
                        .<Either<SymbolInformation, DocumentSymbol>>map(s -> Either.forRight(new DocumentSymbol(
                                s.name(),
                                kind(s.kind()),
                                Conversions.range(s.location().span()),
                                Conversions.range(s.location().span()),
                                s.detail())))
                        .toList())
                .orElse(List.of());
    }

    @SuppressWarnings("deprecation")
    List<SymbolInformation> workspaceSymbols(WorkspaceSnapshot ws, String query) {
        return navigation.workspaceSymbols(ws, query).stream()
                .map(s -> new SymbolInformation(
                        s.name() + (s.detail().isBlank() ? "" : " " + s.detail()),
                        kind(s.kind()),
                        location(s.location())))
                .toList();
    }

    CompletionList completion(WorkspaceSnapshot ws, TextDocumentPositionParams p) {
        List<CompletionItem> items = at(ws, p)
                .map(pos -> navigation.complete(ws, pos.path(), pos.offset()).stream()
                        .map(c -> {
                            CompletionItem item = new CompletionItem(c.label());
                            item.setDetail(c.detail());
                            item.setKind(
                                    switch (c.kind()) {
                                        case REVISION -> CompletionItemKind.Reference;
                                        case LABEL -> CompletionItemKind.Constant;
                                        case TYPE -> CompletionItemKind.Class;
                                        case ENGINE -> CompletionItemKind.Function;
                                        case TABLE -> CompletionItemKind.Struct;
                                        case COLUMN -> CompletionItemKind.Field;
                                    });
                            item.setSortText(c.sortKey());
                            item.setFilterText(c.insertText());
                            item.setTextEdit(
                                    Either.forLeft(new TextEdit(Conversions.range(c.replace()), c.insertText())));
                            return item;
                        })
                        .toList())
                .orElse(List.of());
        return new CompletionList(false, items);
    }

    static Location location(FileLocation l) {
        return new Location(Uris.toUri(l.file()), Conversions.range(l.span()));
    }

    private static SymbolKind kind(Insight.SymbolKind k) {
        return switch (k) {
            case REVISION -> SymbolKind.Key;
            case TABLE -> SymbolKind.Struct;
            case VIEW -> SymbolKind.Interface;
            case COLUMN -> SymbolKind.Field;
        };
    }
}
