package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The socket transport, and JSON-RPC faults a sloppy client may send: the server answers properly and keeps serving. */
class TransportAndProtocolIT {

    static Process start(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] cmd = new String[args.length + 3];
        cmd[0] = java.toString();
        cmd[1] = "-jar";
        cmd[2] = TestServer.jar().toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        return new ProcessBuilder(cmd).start();
    }

    static void handshake(RawConnection c, Path root) throws Exception {
        int id = c.request("initialize", RawConnection.initializeParams(TestServer.uri(root)));
        JsonObject r = c.response(id);
        assertThat(r.getAsJsonObject("result").getAsJsonObject("capabilities").has("textDocumentSync"))
                .isTrue();
        c.notify("initialized", new JsonObject());
    }

    static void shutdown(RawConnection c, Process p) throws Exception {
        int id = c.request("shutdown", null);
        assertThat(c.response(id).has("error")).isFalse();
        c.notify("exit", null);
        assertThat(p.waitFor(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void servesOneClientOverATcpSocket() throws Exception {
        Path root = TestServer.copyOfExamples();
        Process p = start("lsp", "--socket", "0");
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
            int port = -1;
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    break;
                }
            }
            assertThat(port).isPositive();
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    RawConnection c = new RawConnection(s.getInputStream(), s.getOutputStream())) {
                handshake(c, root);
                int id = c.request(
                        "workspace/executeCommand",
                        RawConnection.json("{\"command\": \"migration-lsp.heads\", \"arguments\": []}"));
                assertThat(c.response(id).getAsJsonObject("result").getAsJsonArray("heads"))
                        .hasSize(2);
                shutdown(c, p);
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void malformedMessagesGetJsonRpcErrorsAndTheServerKeepsServing() throws Exception {
        Path root = TestServer.copyOfExamples();
        Process p = start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            handshake(c, root);
            // not JSON at all
            c.sendBody("{this is not json");
            JsonObject parseError = c.await(m ->
                    m.has("error") && m.getAsJsonObject("error").get("code").getAsInt() == -32700);
            assertThat(parseError.getAsJsonObject("error").get("message").getAsString())
                    .isNotBlank();
            // an unknown request method
            int unknown = c.request("textDocument/teleport", new JsonObject());
            assertThat(c.response(unknown).getAsJsonObject("error").get("code").getAsInt())
                    .isEqualTo(-32601);
            // an unknown notification is ignored; a request with params of the wrong shape is an error, not a crash
            c.notify("$/somethingElse", new JsonObject());
            int bad = c.request("textDocument/codeAction", RawConnection.json("{\"textDocument\": 42}"));
            assertThat(c.response(bad).has("error")).isTrue();
            // requests on a document that was never opened answer normally
            String never = TestServer.uri(root.resolve("src/dev_health_ops/alembic/versions/0001_create_orgs.py"));
            int ca = c.request(
                    "textDocument/codeAction",
                    RawConnection.json("{\"textDocument\": {\"uri\": \"" + never + "\"},"
                            + "\"range\": {\"start\": {\"line\": 0, \"character\": 0}, \"end\": {\"line\": 0, \"character\": 0}},"
                            + "\"context\": {\"diagnostics\": []}}"));
            assertThat(c.response(ca).getAsJsonArray("result")).isEmpty();
            // a change to a document that is not open, and a change far past the end of one that is
            c.notify(
                    "textDocument/didChange",
                    RawConnection.json("{\"textDocument\": {\"uri\": \"" + never + "\", \"version\": 2},"
                            + "\"contentChanges\": [{\"text\": \"x\"}]}"));
            Path f = root.resolve("src/dev_health_ops/alembic/versions/0006_add_users_locale.py");
            String uri = TestServer.uri(f);
            String text = Files.readString(f).replace("\"", "\\\"").replace("\n", "\\n");
            c.notify(
                    "textDocument/didOpen",
                    RawConnection.json("{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \"python\","
                            + " \"version\": 1, \"text\": \"" + text + "\"}}"));
            c.notify(
                    "textDocument/didChange",
                    RawConnection.json("{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": 2},"
                            + "\"contentChanges\": [{\"range\": {\"start\": {\"line\": 900, \"character\": 0}, \"end\": {\"line\": 950, \"character\": 3}},"
                            + " \"text\": \"# appended\\n\"}]}"));
            // an out-of-order (older) version is ignored
            c.notify(
                    "textDocument/didChange",
                    RawConnection.json("{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": 1},"
                            + "\"contentChanges\": [{\"text\": \"revision = 'broken'\"}]}"));
            JsonObject diags = c.await(m -> "textDocument/publishDiagnostics"
                            .equals(m.has("method") ? m.get("method").getAsString() : null)
                    && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                    && m.getAsJsonObject("params").has("version")
                    && m.getAsJsonObject("params").get("version").getAsInt() == 2);
            // version 2 is the file as on disk plus a comment: only its one finding (issue 14's missing-lock-timeout on
            // add_column to the existing users table), none of the broken version-1 text
            assertThat(diags.getAsJsonObject("params").getAsJsonArray("diagnostics"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.getAsJsonObject().get("code").getAsString())
                            .isEqualTo("missing-lock-timeout"));
            // and it still answers
            int heads =
                    c.request("workspace/executeCommand", RawConnection.json("{\"command\": \"migration-lsp.heads\"}"));
            assertThat(c.response(heads)
                            .getAsJsonObject("result")
                            .get("conflict")
                            .getAsBoolean())
                    .isFalse();
            shutdown(c, p);
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * initialize read early (the first message, EarlyInitialize) and by LSP4J (after another message) answer alike, and
     * both servers then serve.
     */
    @Test
    void initializeAnswersAlikeReadEarlyOrByLsp4j() throws Exception {
        Path root = TestServer.copyOfExamples();
        JsonObject early = initializeAndServe(root, false);
        JsonObject byLsp4j = initializeAndServe(root, true);
        assertThat(early.getAsJsonObject("capabilities").has("codeActionProvider"))
                .isTrue();
        assertThat(byLsp4j).isEqualTo(early);
    }

    /**
     * initialize's result in a session of its own (after another message first when {@code otherFirst}: LSP4J reads
     * everything then), once the server has answered a command and shut down cleanly.
     */
    private static JsonObject initializeAndServe(Path root, boolean otherFirst) throws Exception {
        Process p = start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            if (otherFirst) {
                c.notify("$/somethingElse", new JsonObject());
            }
            int id = c.request("initialize", RawConnection.initializeParams(TestServer.uri(root)));
            JsonObject result = c.response(id).getAsJsonObject("result");
            c.notify("initialized", new JsonObject());
            assertHeadsAnswer(c);
            shutdown(c, p);
            return result;
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * What initialize warns about (no root folder, an editor process that does not run) reaches the client's log, as
     * window/logMessage warnings, although an early initialize is answered before that log is connected.
     */
    @Test
    void initializesWarningsReachTheClientsLog() throws Exception {
        Process p = start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            // no folder, and a process id no process has (above Linux's pid_max)
            int id = c.request("initialize", RawConnection.json("{\"processId\": 2147483600, \"capabilities\": {}}"));
            assertThat(c.response(id).getAsJsonObject("result").has("capabilities"))
                    .isTrue();
            c.notify("initialized", new JsonObject());
            for (int i = 0; i < 2; i++) {
                JsonObject log = c.await(m -> m.has("method")
                        && m.get("method").getAsString().equals("window/logMessage")
                        && m.getAsJsonObject("params").get("type").getAsInt() == 2);
                assertThat(log.getAsJsonObject("params").get("message").getAsString())
                        .isNotBlank();
            }
            shutdown(c, p);
        } finally {
            p.destroyForcibly();
        }
    }

    private static void assertHeadsAnswer(RawConnection c) throws Exception {
        int heads = c.request("workspace/executeCommand", RawConnection.json("{\"command\": \"migration-lsp.heads\"}"));
        assertThat(c.response(heads).getAsJsonObject("result").getAsJsonArray("heads"))
                .hasSize(2);
    }

    @Test
    void aWrongContentLengthCostsAtMostTheNeighbouringMessage() throws Exception {
        Path root = TestServer.copyOfExamples();
        Process p = start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            handshake(c, root);
            String body =
                    "{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"workspace/executeCommand\",\"params\":{\"command\":\"migration-lsp.heads\"}}";
            // declared shorter than the body: the cut-off JSON is a parse error, the rest of the bytes are noise
            c.sendRaw("Content-Length: 20\r\n\r\n" + body + "\r\n\r\n");
            c.await(m ->
                    m.has("error") && m.getAsJsonObject("error").get("code").getAsInt() == -32700);
            // the stream resynchronises: later requests are answered
            int last = -1;
            for (int i = 0; i < 3; i++) {
                last = c.request(
                        "workspace/executeCommand", RawConnection.json("{\"command\": \"migration-lsp.heads\"}"));
            }
            assertThat(c.response(last).has("result")).isTrue();
            shutdown(c, p);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void exitsWhenTheClientClosesTheStream() throws Exception {
        Path root = TestServer.copyOfExamples();
        Process p = start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            handshake(c, root);
        }
        assertThat(p.waitFor(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("server exits when stdin closes")
                .isTrue();
    }
}
