package dev.migrationlsp.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;

/**
 * The client's first message, read before LSP4J's machinery is built: when it is a well-formed {@code initialize}
 * request (as it is from every editor), the server answers it at once and builds LSP4J's method table, endpoint and
 * Gson adapters after the answer, before it reads the next message. Start-up to initialize's answer is on the editor's
 * critical path; that machinery is most of it (docs/benchmarks.md, "Issue 15, sixth round").
 *
 * <p>Only a message LSP4J would accept without complaint is taken: anything else (another method first, a header or
 * a field this reader does not vouch for, JSON that is not an object) leaves the stream where it was, and LSP4J reads
 * it as before and gives its usual answers. The one difference: capabilities that LSP4J's classes cannot bind are
 * found only after the answer; the server then assumes the client supports none of them and says so in the log,
 * instead of refusing initialize.
 */
final class EarlyInitialize {
    /** A larger first message is left to LSP4J (the stream must keep it all to give it back). */
    static final int MAX_CONTENT = 4 << 20;

    private static final int MAX_HEADERS = 1024;

    private EarlyInitialize() {}

    /**
     * An initialize request.
     *
     * @param id its id, echoed in the answer
     * @param request what the server takes from its params
     * @param capabilities the client's capabilities, bound to LSP4J's classes after the answer
     */
    record Message(JsonPrimitive id, InitializeRequest request, JsonObject capabilities) {}

    /**
     * The first message if it is an initialize request this reader vouches for; otherwise empty, with {@code in} back
     * where it was (also when the input ends or fails part-way: LSP4J then meets the same end).
     */
    static Optional<Message> read(BufferedInputStream in) {
        in.mark(MAX_HEADERS + MAX_CONTENT);
        Optional<Message> message;
        try {
            message = readFrame(in).flatMap(EarlyInitialize::parse);
        } catch (IOException | RuntimeException e) {
            message = Optional.empty();
        }
        if (message.isPresent()) {
            in.mark(0); // the message's bytes need not be kept any longer
        } else {
            try {
                in.reset();
            } catch (IOException e) {
                // cannot happen within the mark's limit; LSP4J reads on from wherever the stream is
            }
        }
        return message;
    }

    /** The frame's content, if its headers are the two LSP defines, each ended by CRLF, in UTF-8. */
    private static Optional<String> readFrame(BufferedInputStream in) throws IOException {
        int length = -1;
        int headerBytes = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(32);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0 || ++headerBytes > MAX_HEADERS) {
                    return Optional.empty();
                }
                line.write(c);
            }
            String header = line.toString(StandardCharsets.US_ASCII);
            if (!header.endsWith("\r")) {
                return Optional.empty();
            }
            header = header.substring(0, header.length() - 1);
            if (header.isEmpty()) {
                break;
            }
            int colon = header.indexOf(':');
            String key = colon < 0 ? "" : header.substring(0, colon).trim();
            String value = colon < 0 ? "" : header.substring(colon + 1).trim();
            if (key.equals(MessageConstants.CONTENT_LENGTH_HEADER) && length < 0 && isCount(value)) {
                length = Integer.parseInt(value);
            } else if (!key.equals(MessageConstants.CONTENT_TYPE_HEADER) || !isUtf8(value)) {
                return Optional.empty();
            }
        }
        if (length < 0 || length > MAX_CONTENT) {
            return Optional.empty();
        }
        byte[] content = in.readNBytes(length);
        return content.length == length ? Optional.of(new String(content, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** 1 to 9 ASCII digits (no regular expression: the machinery would load on the start-up path). */
    private static boolean isCount(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(String contentType) {
        int charset = contentType.indexOf("charset=");
        if (charset < 0) {
            return true;
        }
        String name =
                contentType.substring(charset + "charset=".length()).trim().toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }

    /** An initialize request whose fields all have the types LSP4J's classes give them. */
    static Optional<Message> parse(String content) {
        JsonElement json;
        try {
            json = JsonParser.parseString(content);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
        if (!(json instanceof JsonObject message)
                || !MessageConstants.JSONRPC_VERSION.equals(string(message.get("jsonrpc")))
                || !"initialize".equals(string(message.get("method")))
                || !(message.get("id") instanceof JsonPrimitive id)
                || !(id.isString() || integer(id) != null)
                || !(message.get("params") instanceof JsonObject params)
                || !(params.get("capabilities") instanceof JsonObject capabilities)) {
            return Optional.empty();
        }
        JsonElement processId = params.get("processId");
        if (!isNull(processId) && integer(processId) == null) {
            return Optional.empty();
        }
        for (String field : List.of("rootUri", "rootPath", "trace", "locale")) {
            if (!isNull(params.get(field)) && string(params.get(field)) == null) {
                return Optional.empty();
            }
        }
        JsonElement clientInfo = params.get("clientInfo");
        if (!isNull(clientInfo)
                && !(clientInfo instanceof JsonObject info
                        && string(info.get("name")) != null
                        && (isNull(info.get("version")) || string(info.get("version")) != null))) {
            return Optional.empty();
        }
        JsonElement token = params.get("workDoneToken");
        if (!isNull(token) && string(token) == null && integer(token) == null) {
            return Optional.empty();
        }
        List<String> folderUris = new ArrayList<>();
        JsonElement folders = params.get("workspaceFolders");
        if (!isNull(folders)) {
            if (!(folders instanceof JsonArray array)) {
                return Optional.empty();
            }
            for (JsonElement folder : array) {
                // both fields are required, and a folder's uri must be a URI (ProtocolValidator's rules)
                if (!(folder instanceof JsonObject f)
                        || string(f.get("name")) == null
                        || string(f.get("uri")) == null
                        || !ProtocolValidator.isUri(string(f.get("uri")))) {
                    return Optional.empty();
                }
                folderUris.add(string(f.get("uri")));
            }
        }
        JsonElement options = params.get("initializationOptions");
        return Optional.of(new Message(
                id,
                new InitializeRequest(
                        isNull(processId) ? null : integer(processId),
                        folderUris,
                        string(params.get("rootUri")),
                        string(params.get("rootPath")),
                        isNull(options) ? null : options),
                capabilities));
    }

    /**
     * Writes the answer to {@code message} as one frame, as LSP4J's {@code StreamMessageConsumer} does, with the result
     * already written as JSON.
     */
    static void answer(OutputStream out, Message message, String resultJson) throws IOException {
        String response = "{\"jsonrpc\":\"" + MessageConstants.JSONRPC_VERSION + "\",\"id\":" + message.id()
                + ",\"result\":" + resultJson + "}";
        byte[] content = response.getBytes(StandardCharsets.UTF_8);
        byte[] header = (MessageConstants.CONTENT_LENGTH_HEADER + ": " + content.length + MessageConstants.CRLF
                        + MessageConstants.CRLF)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[header.length + content.length];
        System.arraycopy(header, 0, frame, 0, header.length);
        System.arraycopy(content, 0, frame, header.length, content.length);
        out.write(frame);
        out.flush();
    }

    /**
     * The capabilities as LSP4J's classes, with the Gson that reads every later message. Capabilities that do not bind
     * (a number where an object goes) count as none: initialize has been answered already.
     */
    static ClientCapabilities capabilities(Message message, Gson gson, Consumer<String> warning) {
        try {
            ClientCapabilities capabilities = gson.fromJson(message.capabilities(), ClientCapabilities.class);
            return capabilities == null ? new ClientCapabilities() : capabilities;
        } catch (RuntimeException e) { // Gson's JsonSyntaxException, and whatever a binding of hostile input throws
            String why = e.getMessage() == null
                    ? "malformed"
                    : e.getMessage().lines().findFirst().orElse("malformed");
            warning.accept("initialize: the client's capabilities could not be read (" + why
                    + "); the server assumes the client supports none of them");
            return new ClientCapabilities();
        }
    }

    private static boolean isNull(JsonElement e) {
        return e == null || e.isJsonNull();
    }

    private static String string(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    /** The element as an int, if it is a JSON number that is one. */
    private static Integer integer(JsonElement e) {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(p.getAsString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException ex) {
            return null;
        }
    }
}
