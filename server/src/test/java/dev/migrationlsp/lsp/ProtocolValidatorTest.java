package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator in-process: which params are the client's mistake, and the one line that says so (expected code 0: a
 * notification, dropped without an answer).
 */
class ProtocolValidatorTest {
    private static final Map<String, JsonRpcMethod> METHODS =
            ServiceEndpoints.getSupportedMethods(MigrationLanguageServer.class);
    private static final String URI = "file:///w/alembic/versions/0001_a.py";

    record Case(String name, Message message, Integer code, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Parsed as the server parses it (LSP4J's handler), so missing fields arrive as nulls. */
    static Message parse(String json) {
        return new MessageJsonHandler(METHODS).parseMessage(json);
    }

    static Message request(String method, String params) {
        return parse("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"" + method + "\""
                + (params == null ? "" : ", \"params\": " + params) + "}");
    }

    static String doc() {
        return "\"textDocument\": {\"uri\": \"" + URI + "\"}";
    }

    static String position(long line, long character) {
        return "\"position\": {\"line\": " + line + ", \"character\": " + character + "}";
    }

    static String range(int l0, int c0, int l1, int c1) {
        return "\"range\": {\"start\": {\"line\": " + l0 + ", \"character\": " + c0 + "}, \"end\": {\"line\": " + l1
                + ", \"character\": " + c1 + "}}";
    }

    static final String HOVER = "textDocument/hover";
    static final String CODE_ACTION = "textDocument/codeAction";
    static final int INVALID_PARAMS = -32602;

    /** Hover params at a position. */
    static String at(long line, long character) {
        return "{" + doc() + ", " + position(line, character) + "}";
    }

    static String notification(String method, String params) {
        return "{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\", \"params\": " + params + "}";
    }

    static List<Case> cases() {
        String noDiagnostics = "\"context\": {\"diagnostics\": []}";
        List<Case> c = new ArrayList<>();
        c.add(new Case("valid hover", request(HOVER, at(3, 4)), null, null));
        c.add(new Case(
                "hover at line -1",
                request(HOVER, at(-1, 0)),
                INVALID_PARAMS,
                "textDocument/hover: params.position.line must be 0 or more (got -1)"));
        c.add(new Case(
                "hover at character -2",
                request(HOVER, at(0, -2)),
                INVALID_PARAMS,
                "textDocument/hover: params.position.character must be 0 or more (got -2)"));
        c.add(new Case(
                "far past the end is for the handler",
                request(HOVER, at(Integer.MAX_VALUE, Integer.MAX_VALUE)),
                null,
                null));
        c.add(new Case(
                "hover without position",
                request(HOVER, "{" + doc() + "}"),
                INVALID_PARAMS,
                "textDocument/hover: params.position is required"));
        c.add(new Case(
                "hover without params",
                request(HOVER, null),
                INVALID_PARAMS,
                "textDocument/hover: params are required"));
        c.add(new Case(
                "a URI that does not parse",
                request(HOVER, "{\"textDocument\": {\"uri\": \"not a uri\"}, " + position(0, 0) + "}"),
                INVALID_PARAMS,
                "textDocument/hover: params.textDocument.uri is not a URI"));
        c.add(new Case(
                "codeAction without range",
                request(CODE_ACTION, "{" + doc() + ", " + noDiagnostics + "}"),
                INVALID_PARAMS,
                "textDocument/codeAction: params.range is required"));
        c.add(new Case(
                "a range that ends before it starts",
                request(CODE_ACTION, "{" + doc() + ", " + range(5, 0, 2, 0) + ", " + noDiagnostics + "}"),
                INVALID_PARAMS,
                "textDocument/codeAction: params.range ends before it starts"));
        c.add(new Case(
                "a diagnostic in the context without its range",
                request(
                        CODE_ACTION,
                        "{" + doc() + ", " + range(0, 0, 0, 0)
                                + ", \"context\": {\"diagnostics\": [{\"message\": \"x\"}]}}"),
                INVALID_PARAMS,
                "textDocument/codeAction: params.context.diagnostics[0].range is required"));
        c.add(new Case(
                "settings may be null (LSPAny)",
                parse(notification("workspace/didChangeConfiguration", "{\"settings\": null}")),
                null,
                null));
        c.add(new Case(
                "a didChange without its text is dropped",
                parse(notification(
                        "textDocument/didChange",
                        "{\"textDocument\": {\"uri\": \"" + URI + "\", \"version\": 2}, \"contentChanges\": [{"
                                + range(0, 0, 0, 1) + "}]}")),
                0,
                "textDocument/didChange: params.contentChanges[0].text is required"));
        c.add(new Case(
                "not JSON-RPC 2.0",
                parse("{\"jsonrpc\": \"1.0\", \"id\": 1, \"method\": \"" + HOVER + "\", \"params\": " + at(0, 0) + "}"),
                -32600,
                "not a JSON-RPC 2.0 message: \"jsonrpc\" must be \"2.0\""));
        c.add(new Case(
                "unknown methods are the endpoint's business",
                request("textDocument/teleport", "{\"x\": -1}"),
                null,
                null));
        return c;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void check(Case c) {
        List<Message> passed = new ArrayList<>();
        List<MessageIssue> answered = new ArrayList<>();
        ProtocolValidator v = new ProtocolValidator(passed::add, (m, issues) -> answered.addAll(issues), METHODS);
        v.consume(c.message());
        if (c.code() == null) {
            assertThat(passed).containsExactly(c.message());
            assertThat(answered).isEmpty();
        } else if (c.code() == 0) {
            // a notification has no answer: it is dropped (and logged)
            assertThat(passed).isEmpty();
            assertThat(answered).isEmpty();
            assertThat(v.check(c.message()))
                    .hasValueSatisfying(i -> assertThat(i.getText()).isEqualTo(c.text()));
        } else {
            assertThat(passed).isEmpty();
            assertThat(answered).singleElement().satisfies(i -> {
                assertThat(i.getIssueCode()).isEqualTo(c.code());
                assertThat(i.getText()).isEqualTo(c.text());
                assertThat(i.getCause()).isNull();
            });
        }
    }
}
