package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.junit.jupiter.api.Test;

/**
 * The launcher builds LSP4J's method table before the server is wired (so both can run side by side at start-up): it
 * must be the table LSP4J's own builder gathers from the wired server instance, or requests would be read with the
 * wrong parameter types.
 */
class ServerLauncherTest {
    /** LSP4J's builder, to ask it for the table it would gather itself. */
    private static final class Gathered extends Launcher.Builder<MigrationLanguageClient> {
        Map<String, JsonRpcMethod> methods() {
            return getSupportedMethods();
        }
    }

    @Test
    void theMethodTableBuiltWithoutTheServerIsTheOneLsp4jGathersFromIt() {
        MigrationLanguageServer server = new ServerWiring(code -> {}).server();
        Gathered builder = new Gathered();
        builder.setLocalService(server).setRemoteInterface(MigrationLanguageClient.class);

        Map<String, JsonRpcMethod> expected = builder.methods();
        Map<String, JsonRpcMethod> actual = ServerLauncher.supportedMethods();

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(describe(actual)).isEqualTo(describe(expected));
        // both directions are in it: the server's handlers and what the server sends the client
        assertThat(actual)
                .containsKeys(
                        Scheduler.INITIALIZE,
                        Scheduler.DID_CHANGE,
                        Scheduler.CODE_ACTION,
                        "textDocument/publishDiagnostics",
                        "migration-lsp/headsChanged");
    }

    private static List<String> describe(Map<String, JsonRpcMethod> methods) {
        return methods.values().stream()
                .map(m -> m.getMethodName() + (m.isNotification() ? " notification " : " request ")
                        + List.of(m.getParameterTypes()).stream()
                                .map(Object::toString)
                                .collect(Collectors.joining(","))
                        + " -> " + m.getReturnType())
                .toList();
    }
}
