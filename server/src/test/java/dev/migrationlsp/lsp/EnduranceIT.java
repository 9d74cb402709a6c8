package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Cancellation storms and many open/close cycles: the server keeps answering and its heap does not keep growing. */
class EnduranceIT {
    static final String FILE = "src/dev_health_ops/alembic/versions/0006_add_users_locale.py";

    @Test
    void cancellationStormLeavesEveryRequestAnsweredAndTheServerServing() throws Exception {
        Path root = TestServer.copyOfExamples();
        try (TestServer ts = TestServer.start(root)) {
            String uri = ts.open(root.resolve(FILE));
            ts.awaitDiagnostics(uri, ds -> true);
            List<CompletableFuture<List<Either<org.eclipse.lsp4j.Command, CodeAction>>>> futures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                var f = ts.server()
                        .getTextDocumentService()
                        .codeAction(new CodeActionParams(
                                new TextDocumentIdentifier(uri),
                                new Range(new Position(0, 0), new Position(20, 0)),
                                new CodeActionContext(List.of())));
                futures.add(f);
                if (i % 3 != 0) {
                    f.cancel(true); // LSP4J sends $/cancelRequest
                }
            }
            for (var f : futures) {
                if (!f.isCancelled()) {
                    assertThat(f.get(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                            .isNotNull();
                }
            }
            Object heads = TestServer.get(ts.server()
                    .getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("migration-lsp.heads", List.of())));
            assertThat(heads).isNotNull();
        }
    }

    @Test
    void manyOpenCloseCyclesDoNotGrowTheHeap() throws Exception {
        Path root = TestServer.copyOfExamples();
        Path file = root.resolve(FILE);
        String text = Files.readString(file);
        try (TestServer ts = TestServer.start(root)) {
            cycles(ts, file, text, 30);
            long warm = usedHeapAfterGc(ts.pid());
            cycles(ts, file, text, 300);
            long after = usedHeapAfterGc(ts.pid());
            assertThat(after - warm)
                    .as("heap growth over 300 open/close cycles (bytes)")
                    .isLessThan(16L * 1024 * 1024);
        }
    }

    private static void cycles(TestServer ts, Path file, String text, int n) {
        for (int i = 0; i < n; i++) {
            String uri = ts.open(file, text + "\n# cycle " + i + "\n");
            if (i % 10 == 0) {
                ts.awaitDiagnostics(uri, ds -> true);
            }
            ts.close(uri);
        }
        String uri = TestServer.uri(file);
        ts.await(
                () -> ts.client().latest(uri) != null
                        && ts.client().latest(uri).getDiagnostics().isEmpty()
                        && ts.client().latest(uri).getVersion() == null,
                "cleared after the last close");
    }

    /** Heap in use after a full GC, read with the JDK's jcmd. */
    static long usedHeapAfterGc(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        run(jcmd.toString(), Long.toString(pid), "GC.run");
        String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        assertThat(m.find()).as("jcmd GC.heap_info output: " + info).isTrue();
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
