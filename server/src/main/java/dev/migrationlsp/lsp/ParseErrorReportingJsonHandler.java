package dev.migrationlsp.lsp;

import com.google.gson.JsonParseException;
import java.io.Reader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * LSP4J only logs a frame that is not JSON. JSON-RPC 2.0 asks for a Parse error response with a null id, so this
 * handler turns the failure into a message issue on an id-less request, which LSP4J answers with that error. Params of
 * the wrong JSON type (a string where a position goes) are the client's mistake too: {@code InvalidParams} naming the
 * field, instead of LSP4J's parse error that carries Gson's exception.
 */
final class ParseErrorReportingJsonHandler extends MessageJsonHandler {
    ParseErrorReportingJsonHandler(Map<String, JsonRpcMethod> methods) {
        super(methods);
    }

    @Override
    public Message parseMessage(CharSequence input) throws JsonParseException {
        try {
            return super.parseMessage(input);
        } catch (JsonParseException e) {
            throw parseError(e);
        } catch (MessageIssueException e) {
            throw invalidParams(e);
        }
    }

    @Override
    public Message parseMessage(Reader input) throws JsonParseException {
        try {
            return super.parseMessage(input);
        } catch (JsonParseException e) {
            throw parseError(e);
        } catch (MessageIssueException e) {
            throw invalidParams(e);
        }
    }

    private static final Pattern GSON_PATH = Pattern.compile("path \\$\\.(\\S+)");
    private static final Pattern GSON_EXPECTED = Pattern.compile("Expected (\\w+|an? \\w+) but was (\\S+)");

    /** A message whose params did not bind: one line naming the field and what it should have been. */
    private static MessageIssueException invalidParams(MessageIssueException e) {
        String method = e.getRpcMessage() instanceof RequestMessage r
                ? r.getMethod()
                : e.getRpcMessage() instanceof NotificationMessage n ? n.getMethod() : null;
        if (method == null) {
            return e;
        }
        String detail = e.getIssues().stream()
                .map(i -> i.getCause() == null
                        ? i.getText()
                        : String.valueOf(i.getCause().getMessage()))
                .findFirst()
                .orElse("");
        Matcher path = GSON_PATH.matcher(detail);
        Matcher expected = GSON_EXPECTED.matcher(detail);
        String where = path.find() ? path.group(1) : "params";
        String what = expected.find()
                ? "expected " + describe(expected.group(1)) + ", got " + describe(expected.group(2))
                : "has the wrong type";
        return new MessageIssueException(
                e.getRpcMessage(),
                new MessageIssue(method + ": " + where + ": " + what, ResponseErrorCode.InvalidParams.getValue()));
    }

    private static String describe(String gsonToken) {
        return switch (gsonToken) {
            case "BEGIN_OBJECT" -> "an object";
            case "BEGIN_ARRAY" -> "an array";
            case "STRING" -> "a string";
            case "NUMBER" -> "a number";
            case "BOOLEAN" -> "true or false";
            case "NULL" -> "null";
            default -> gsonToken.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static MessageIssueException parseError(JsonParseException e) {
        RequestMessage unidentified = new RequestMessage();
        unidentified.setJsonrpc("2.0");
        String detail = e.getMessage() == null
                ? "malformed JSON"
                : e.getMessage().lines().findFirst().orElse("malformed JSON");
        return new MessageIssueException(
                unidentified, new MessageIssue("Parse error: " + detail, ResponseErrorCode.ParseError.getValue(), e));
    }
}
