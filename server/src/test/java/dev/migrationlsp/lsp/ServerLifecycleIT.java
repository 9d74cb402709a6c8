package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

/** Handshake, honest capabilities, clean shutdown, and dying with the editor. */
class ServerLifecycleIT {

    @Test
    void advertisesWhatItImplementsAndShutsDownCleanly() throws Exception {
        Path root = TestServer.copyOfExamples();
        TestServer ts = TestServer.start(root);
        try {
            var caps = ts.initializeResult().getCapabilities();
            assertThat(caps.getTextDocumentSync().getRight().getChange()).isEqualTo(TextDocumentSyncKind.Incremental);
            assertThat(caps.getTextDocumentSync().getRight().getOpenClose()).isTrue();
            assertThat(caps.getCodeActionProvider().getRight().getResolveProvider())
                    .isTrue();
            assertThat(caps.getCodeActionProvider().getRight().getCodeActionKinds())
                    .contains("quickfix", "source.fixAll.migration-lsp");
            assertThat(caps.getRenameProvider()).isNull(); // not implemented, so not advertised
            assertThat(caps.getHoverProvider().getLeft()).isTrue();
            assertThat(ts.initializeResult().getServerInfo().getName()).isEqualTo("migration-lsp");
            // the build's version, as `migration-lsp --version` prints it
            assertThat(ts.initializeResult().getServerInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        } finally {
            ts.close(); // shutdown + exit, asserts exit code 0
        }
        assertThat(ts.isAlive()).isFalse();
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        Path root = TestServer.copyOfExamples();
        TestServer ts = TestServer.start(root);
        ts.server().exit();
        assertThat(ts.awaitExit()).isEqualTo(1);
        ts.close();
    }

    @Test
    void exitsWhenTheParentProcessDies() throws Exception {
        Process parent = new ProcessBuilder("sleep", "300").start();
        Path root = TestServer.copyOfExamples();
        TestServer ts = TestServer.start(root, TestServer.Options.defaults().withProcessId(parent.pid()));
        try {
            assertThat(ts.isAlive()).isTrue();
            parent.destroy();
            assertThat(parent.waitFor(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
            ts.awaitExit();
            assertThat(ts.isAlive()).isFalse();
        } finally {
            ts.expectMessage("parent process");
            ts.close();
        }
    }
}
