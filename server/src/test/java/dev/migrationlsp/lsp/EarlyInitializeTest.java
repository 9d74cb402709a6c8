package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EarlyInitialize}: which first messages it answers, and that every other one reaches LSP4J byte for byte.
 */
class EarlyInitializeTest {
    private static final String NEXT = frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String initialize(String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":" + params + "}";
    }

    /** Reads the first message of {@code input}; returns it and what is left of the stream. */
    private static Result read(String input) throws IOException {
        BufferedInputStream in =
                new BufferedInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        Optional<EarlyInitialize.Message> message = EarlyInitialize.read(in);
        return new Result(message, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(Optional<EarlyInitialize.Message> message, String rest) {}

    @Test
    void takesAnInitializeRequestAndLeavesTheNextMessage() throws IOException {
        String params = "{\"processId\": 4242, \"rootUri\": \"file:///r\", \"rootPath\": \"/r\","
                + " \"initializationOptions\": {\"migration-lsp\": {\"x\": 1}}, \"capabilities\": {\"workspace\": {}},"
                + " \"clientInfo\": {\"name\": \"Neovim\", \"version\": \"0.9\"}, \"trace\": \"off\", \"locale\": \"en\","
                + " \"workspaceFolders\": [{\"uri\": \"file:///a\", \"name\": \"a\"}, {\"uri\": \"file:///b\", \"name\": \"b\"}],"
                + " \"workDoneToken\": \"t\", \"somethingNew\": [1, 2]}";
        Result r = read(frame(initialize(params)) + NEXT);

        assertThat(r.message()).isPresent();
        EarlyInitialize.Message m = r.message().get();
        assertThat(m.id().getAsInt()).isEqualTo(7);
        assertThat(m.request().processId()).isEqualTo(4242);
        assertThat(m.request().folderUris()).containsExactly("file:///a", "file:///b");
        assertThat(m.request().rootUri()).isEqualTo("file:///r");
        assertThat(m.request().rootPath()).isEqualTo("/r");
        assertThat(m.request().initializationOptions())
                .isEqualTo(JsonParser.parseString("{\"migration-lsp\": {\"x\": 1}}"));
        assertThat(m.capabilities()).isEqualTo(JsonParser.parseString("{\"workspace\": {}}"));
        assertThat(r.rest()).isEqualTo(NEXT);
    }

    @Test
    void takesTheSmallestInitializeAndAStringId() throws IOException {
        String body =
                "{\"jsonrpc\":\"2.0\",\"id\":\"first\",\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
        Result r = read("Content-Length: " + body.length()
                + "\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8" + "\r\n\r\n" + body);

        assertThat(r.message()).isPresent();
        assertThat(r.message().get().id().getAsString()).isEqualTo("first");
        assertThat(r.message().get().request().processId()).isNull();
        assertThat(r.message().get().request().folderUris()).isEmpty();
        assertThat(r.message().get().request().initializationOptions()).isNull();
        assertThat(r.rest()).isEmpty();
    }

    /** Each of these is left to LSP4J, unread: its answer (an error, or initialize after another message) is LSP4J's. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // another message first
                "{\"jsonrpc\":\"2.0\",\"method\":\"$/setTrace\",\"params\":{\"value\":\"off\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}",
                // initialize as a notification, with a fractional or structured id, without JSON-RPC 2.0
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                // params LSP4J would refuse or fail to bind
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":[]}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":3}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"processId\":\"x\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"processId\":1e12}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"rootUri\":5}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"trace\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"clientInfo\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"workDoneToken\":[]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"workspaceFolders\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},"
                        + "\"workspaceFolders\":[{\"uri\":\"file:///a\"}]}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},"
                        + "\"workspaceFolders\":[{\"uri\":\"not a uri\",\"name\":\"a\"}]}}",
                // not one JSON object
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}} {}",
                "[1, 2]",
                "",
            })
    void leavesEveryOtherFirstMessageToLsp4j(String body) throws IOException {
        String input = frame(body) + NEXT;
        Result r = read(input);

        assertThat(r.message()).isEmpty();
        assertThat(r.rest()).isEqualTo(input);
    }

    /** Framing this reader does not vouch for, or input that ends early, is given back whole too. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Content-Length: 60\n\n", // LF line ends
                "content-length: 60\r\n\r\n", // a header LSP4J would not read as the length
                "Content-Length: 60\r\nX-Other: 1\r\n\r\n",
                "Content-Length: 60\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n",
                "Content-Length: -1\r\n\r\n",
                "Content-Length: 99999999999\r\n\r\n",
                "Content-Length: 60\r\nContent-Length: 60\r\n\r\n",
                "\r\n", // no length
                "Content-Length: 60000\r\n\r\n", // more than there is
                "Content-Length: 60", // ends inside the headers
            })
    void leavesOddFramingToLsp4j(String headers) throws IOException {
        String input =
                headers + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
        Result r = read(input);

        assertThat(r.message()).isEmpty();
        assertThat(r.rest()).isEqualTo(input);
    }

    @Test
    void leavesAMessageLargerThanItKeepsToLsp4j() throws IOException {
        String padding = "x".repeat(EarlyInitialize.MAX_CONTENT);
        String input = frame(initialize("{\"capabilities\":{},\"initializationOptions\":\"" + padding + "\"}"));
        Result r = read(input);

        assertThat(r.message()).isEmpty();
        assertThat(r.rest()).isEqualTo(input);
    }

    @Test
    void answersWithTheRequestsIdInOneFrame() throws IOException {
        EarlyInitialize.Message m = read(frame("{\"jsonrpc\":\"2.0\",\"id\":\"a\\\"b\",\"method\":\"initialize\","
                        + "\"params\":{\"capabilities\":{}}}"))
                .message()
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EarlyInitialize.answer(out, m, "{\"capabilities\":{\"hoverProvider\":true}}");

        String written = out.toString(StandardCharsets.UTF_8);
        String body = written.substring(written.indexOf("\r\n\r\n") + 4);
        assertThat(written).startsWith("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n");
        JsonElement response = JsonParser.parseString(body);
        assertThat(response)
                .isEqualTo(
                        JsonParser.parseString(
                                "{\"jsonrpc\":\"2.0\",\"id\":\"a\\\"b\",\"result\":{\"capabilities\":{\"hoverProvider\":true}}}"));
    }

    @Test
    void capabilitiesThatDoNotBindCountAsNoneWithAWarning() throws IOException {
        EarlyInitialize.Message m = read(frame(initialize("{\"capabilities\":{\"textDocument\":5}}")))
                .message()
                .orElseThrow();
        List<String> warnings = new CopyOnWriteArrayList<>();

        ClientCapabilities caps =
                EarlyInitialize.capabilities(m, new MessageJsonHandler(java.util.Map.of()).getGson(), warnings::add);

        assertThat(caps.getTextDocument()).isNull();
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("initialize: ")
                .doesNotContain("\n");
    }

    @Test
    void capabilitiesBindToLsp4jsClasses() throws IOException {
        JsonObject params = JsonParser.parseString("{\"capabilities\":{\"workspace\":{\"didChangeWatchedFiles\":"
                        + "{\"dynamicRegistration\":true}}}}")
                .getAsJsonObject();
        EarlyInitialize.Message m =
                read(frame(initialize(params.toString()))).message().orElseThrow();
        List<String> warnings = new CopyOnWriteArrayList<>();

        ClientCapabilities caps =
                EarlyInitialize.capabilities(m, new MessageJsonHandler(java.util.Map.of()).getGson(), warnings::add);

        assertThat(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration())
                .isTrue();
        assertThat(warnings).isEmpty();
    }
}
