package dev.migrationlsp.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;
import org.junit.jupiter.api.Test;

/**
 * Malformed, out-of-range and hostile params sent to every method the server registers (read from the server class,
 * so a new handler is covered without touching this test). A client's mistake is answered with InvalidParams or
 * InvalidRequest in one line, never with a Java exception or an internal error; a bad notification is dropped; and
 * after each method the server still answers a real request.
 */
class ProtocolAbuseIT {
    private static final int INVALID_REQUEST = -32600;
    private static final int INVALID_PARAMS = -32602;
    private static final int INTERNAL_ERROR = -32603;
    /** Ending or re-starting the session is not abuse of a method; they are covered by the lifecycle tests. */
    private static final Set<String> SKIPPED = Set.of("initialize", "shutdown", "exit");

    private static final int METHOD_NOT_FOUND = -32601;

    private String fileUri;
    private final Set<String> implemented = new java.util.TreeSet<>();

    @Test
    void everyMethodAnswersAClientsMistakeWithAnInvalidParamsLineAndKeepsServing() throws Exception {
        Path root = TestServer.copyOfExamples();
        fileUri = TestServer.uri(root.resolve("src/dev_health_ops/alembic/versions/0003_create_settings.py"));
        Map<String, JsonRpcMethod> methods =
                new TreeMap<>(ServiceEndpoints.getSupportedMethods(MigrationLanguageServer.class));
        SoftAssertions soft = new SoftAssertions();
        Process p = TransportAndProtocolIT.start();
        try (RawConnection c = new RawConnection(p.getInputStream(), p.getOutputStream())) {
            TransportAndProtocolIT.handshake(c, root);
            for (JsonRpcMethod m : methods.values()) {
                if (SKIPPED.contains(m.getMethodName())
                        || m.getParameterTypes().length != 1
                        || !(m.getParameterTypes()[0] instanceof Class<?> type)) {
                    continue;
                }
                abuse(c, soft, m, type);
                // whatever came before, a real request is still answered
                int heads = c.request(
                        "workspace/executeCommand", RawConnection.json("{\"command\": \"migration-lsp.heads\"}"));
                JsonObject answer = c.response(heads);
                soft.assertThat(answer.has("result")
                                && answer.getAsJsonObject("result").has("heads"))
                        .as("server still serves after abusing " + m.getMethodName() + ": " + answer)
                        .isTrue();
            }
            // the walk reached the features (LSP4J also registers protocol methods this server leaves unimplemented)
            soft.assertThat(implemented)
                    .contains(
                            "textDocument/hover",
                            "textDocument/definition",
                            "textDocument/completion",
                            "textDocument/codeAction",
                            "codeAction/resolve",
                            "textDocument/references",
                            "textDocument/codeLens",
                            "textDocument/documentSymbol",
                            "workspace/symbol",
                            "workspace/executeCommand");
            namedMistakes(c, soft);
            TransportAndProtocolIT.shutdown(c, p);
        } finally {
            p.destroyForcibly();
        }
        soft.assertAll();
    }

    /** The cases users hit first, each with its exact error code. */
    private void namedMistakes(RawConnection c, SoftAssertions soft) throws Exception {
        String doc = "\"textDocument\": {\"uri\": \"" + fileUri + "\"}";
        expect(c, soft, INVALID_PARAMS, "textDocument/codeAction", "{" + doc + ", \"context\": {\"diagnostics\": []}}");
        expect(
                c,
                soft,
                INVALID_PARAMS,
                "textDocument/hover",
                "{" + doc + ", \"position\": {\"line\": -1, \"character\": 0}}");
        expect(c, soft, INVALID_PARAMS, "textDocument/definition", "{" + doc + "}");
        expect(c, soft, INVALID_PARAMS, "textDocument/completion", "{" + doc + ", \"position\": \"12:4\"}");
        expect(c, soft, INVALID_PARAMS, "codeAction/resolve", "{\"title\": \"x\", \"data\": {\"foreign\": true}}");
        expect(c, soft, INVALID_PARAMS, "codeAction/resolve", "{\"title\": \"x\", \"data\": \"not ours\"}");
        expect(
                c,
                soft,
                INVALID_PARAMS,
                "codeAction/resolve",
                "{\"title\": \"x\", \"data\": {\"uri\": \"" + fileUri
                        + "\", \"kind\": \"fix\", \"code\": \"string-column\", \"start\": 1e30, \"end\": 0, \"line\": 0, "
                        + "\"fix\": 0}}");
        expect(
                c,
                soft,
                INVALID_PARAMS,
                "textDocument/hover",
                "{\"textDocument\": {\"uri\": \"not a uri\"}, " + "\"position\": {\"line\": 0, \"character\": 0}}");
        expect(
                c,
                soft,
                INVALID_PARAMS,
                "textDocument/codeAction",
                "{" + doc + ", \"range\": {\"start\": {\"line\": 5, "
                        + "\"character\": 0}, \"end\": {\"line\": 2, \"character\": 0}}, \"context\": {\"diagnostics\": []}}");
        // not JSON-RPC 2.0
        c.sendBody("{\"jsonrpc\": \"1.0\", \"id\": 7001, \"method\": \"textDocument/hover\", \"params\": {" + doc
                + ", \"position\": {\"line\": 0, \"character\": 0}}}");
        checkError(soft, "jsonrpc 1.0", c.response(7001), INVALID_REQUEST);
    }

    private void expect(RawConnection c, SoftAssertions soft, int code, String method, String params) throws Exception {
        int id = c.request(method, RawConnection.json(params));
        checkError(soft, method + " " + params, c.response(id), code);
    }

    private static void checkError(SoftAssertions soft, String what, JsonObject response, int code) {
        soft.assertThat(response.has("error")).as(what + " -> " + response).isTrue();
        if (response.has("error")) {
            JsonObject error = response.getAsJsonObject("error");
            soft.assertThat(error.get("code").getAsInt())
                    .as(what + " -> " + response)
                    .isEqualTo(code);
            checkOneLine(soft, what, error);
        }
    }

    /** An error names the client's mistake in one line: no stack trace, no Java class, nothing in data. */
    private static void checkOneLine(SoftAssertions soft, String what, JsonObject error) {
        String message = error.has("message") ? error.get("message").getAsString() : "";
        soft.assertThat(message)
                .as(what + ": message")
                .isNotBlank()
                .doesNotContain("\n")
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .doesNotContain("com.google")
                .doesNotContain("org.eclipse");
        soft.assertThat(!error.has("data") || error.get("data").isJsonNull())
                .as(what + ": data " + error)
                .isTrue();
    }

    private void abuse(RawConnection c, SoftAssertions soft, JsonRpcMethod m, Class<?> type) throws Exception {
        boolean required = hasRequiredField(type);
        JsonObject skeleton = skeleton(type, 0).getAsJsonObject();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("required fields only", skeleton, null));
        // malformed: params of the wrong JSON type
        variants.add(new Variant("a string", new JsonPrimitive("params"), INVALID_PARAMS));
        variants.add(new Variant("a number", new JsonPrimitive(42), INVALID_PARAMS));
        variants.add(new Variant("empty object", new JsonObject(), required ? INVALID_PARAMS : null));
        for (String field : skeleton.keySet()) {
            JsonObject missing = skeleton.deepCopy();
            missing.remove(field);
            variants.add(new Variant("without " + field, missing, INVALID_PARAMS));
        }
        if (containsPosition(skeleton)) {
            // out of range
            variants.add(
                    new Variant("line -1", positions(skeleton, pos -> pos.addProperty("line", -1)), INVALID_PARAMS));
            variants.add(new Variant(
                    "character -5", positions(skeleton, pos -> pos.addProperty("character", -5)), INVALID_PARAMS));
            variants.add(new Variant(
                    "far past the end",
                    positions(skeleton, pos -> {
                        pos.addProperty("line", Integer.MAX_VALUE);
                        pos.addProperty("character", Integer.MAX_VALUE);
                    }),
                    null));
            variants.add(new Variant(
                    "line beyond int", positions(skeleton, pos -> pos.addProperty("line", 1e12)), INVALID_PARAMS));
            variants.add(
                    new Variant("line as a string", positions(skeleton, pos -> pos.addProperty("line", "3")), null));
        }
        if (skeleton.toString().contains(fileUri)) {
            // hostile: documents that are not ours, or not documents
            for (String uri : List.of(
                    "file:///etc/passwd",
                    "file:///../../../../etc/shadow",
                    "untitled:Untitled-1",
                    "https://example.com/x.py",
                    "file:///" + "a/".repeat(2000) + "x.py")) {
                variants.add(new Variant(
                        "uri " + uri.substring(0, Math.min(40, uri.length())),
                        JsonElementReplace.uris(skeleton, fileUri, uri),
                        null));
            }
            variants.add(new Variant(
                    "uri not a uri", JsonElementReplace.uris(skeleton, fileUri, "not a uri"), INVALID_PARAMS));
        }
        for (Variant v : variants) {
            String what = m.getMethodName() + " with " + v.name();
            if (m.isNotification()) {
                c.notify(m.getMethodName(), v.params());
                continue;
            }
            JsonObject response;
            try {
                response = c.response(c.request(m.getMethodName(), v.params()));
            } catch (AssertionError noAnswer) {
                throw new AssertionError("no answer to " + what, noAnswer);
            }
            if (v.params() == skeleton) {
                if (response.has("error")
                        && response.getAsJsonObject("error").get("code").getAsInt() == METHOD_NOT_FOUND) {
                    return; // a protocol method this server does not implement: nothing further to abuse
                }
                implemented.add(m.getMethodName());
            }
            if (v.expectedCode() != null) {
                checkError(soft, what, response, v.expectedCode());
            } else if (response.has("error")) {
                soft.assertThat(response.getAsJsonObject("error").get("code").getAsInt())
                        .as(what + " -> " + response)
                        .isNotEqualTo(INTERNAL_ERROR);
                checkOneLine(soft, what, response.getAsJsonObject("error"));
            }
        }
    }

    record Variant(String name, JsonElement params, Integer expectedCode) {}

    /** Required fields; an untyped one (LSPAny, e.g. didChangeConfiguration's settings) may be null. */
    private static boolean hasRequiredField(Class<?> type) {
        return fields(type).stream().anyMatch(f -> f.isAnnotationPresent(NonNull.class) && f.getType() != Object.class);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The smallest params a well-behaved client could send: every required field, with plausible values. */
    private JsonElement skeleton(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType pt
                ? (Class<?>) pt.getRawType()
                : type instanceof Class<?> k ? k : Object.class;
        if (raw == String.class) {
            return new JsonPrimitive("x");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return new JsonPrimitive(0);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return new JsonPrimitive(false);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new JsonArray();
        }
        if (raw == Position.class) {
            JsonObject p = new JsonObject();
            p.addProperty("line", 0);
            p.addProperty("character", 0);
            return p;
        }
        if (raw == Either.class || raw.isEnum() || !raw.getName().startsWith("org.eclipse.lsp4j.") || depth > 6) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        for (Field f : fields(raw)) {
            if (!f.isAnnotationPresent(NonNull.class)) {
                continue;
            }
            JsonElement v = f.getName().equals("uri") && f.getType() == String.class
                    ? new JsonPrimitive(fileUri)
                    : skeleton(f.getGenericType(), depth + 1);
            if (!v.isJsonNull()) {
                o.add(f.getName(), v);
            }
        }
        return o;
    }

    private static boolean containsPosition(JsonElement e) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            return (o.has("line") && o.has("character"))
                    || o.entrySet().stream().anyMatch(x -> containsPosition(x.getValue()));
        }
        return e.isJsonArray() && e.getAsJsonArray().asList().stream().anyMatch(ProtocolAbuseIT::containsPosition);
    }

    private static JsonObject positions(JsonObject skeleton, Consumer<JsonObject> change) {
        JsonObject copy = skeleton.deepCopy();
        visitPositions(copy, change);
        return copy;
    }

    private static void visitPositions(JsonElement e, Consumer<JsonObject> change) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("line") && o.has("character")) {
                change.accept(o);
                return;
            }
            o.entrySet().forEach(x -> visitPositions(x.getValue(), change));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> visitPositions(x, change));
        }
    }

    /** Replaces one URI everywhere in a params tree. */
    static final class JsonElementReplace {
        private JsonElementReplace() {}

        static JsonElement uris(JsonObject skeleton, String from, String to) {
            return RawConnection.json(
                    skeleton.toString().replace(new JsonPrimitive(from).toString(), new JsonPrimitive(to).toString()));
        }
    }
}
