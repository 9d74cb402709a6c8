package dev.migrationlsp.lsp;

import com.google.gson.JsonParseException;
import java.io.Reader;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * LSP4J only logs a frame that is not JSON. JSON-RPC 2.0 asks for a Parse error response with a null id, so this
 * handler turns the failure into a message issue on an id-less request, which LSP4J answers with that error.
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
        }
    }

    @Override
    public Message parseMessage(Reader input) throws JsonParseException {
        try {
            return super.parseMessage(input);
        } catch (JsonParseException e) {
            throw parseError(e);
        }
    }

    private static MessageIssueException parseError(JsonParseException e) {
        RequestMessage unidentified = new RequestMessage();
        unidentified.setJsonrpc("2.0");
        String detail = e.getMessage() == null ? "malformed JSON" : e.getMessage().lines().findFirst().orElse("malformed JSON");
        return new MessageIssueException(unidentified,
                new MessageIssue("Parse error: " + detail, ResponseErrorCode.ParseError.getValue(), e));
    }
}
