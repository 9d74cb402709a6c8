package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;

/**
 * Checks every incoming request and notification before it is dispatched, so a client's mistake is answered as one:
 * {@code InvalidRequest} for a message that is not JSON-RPC 2.0, {@code InvalidParams} naming the first wrong field
 * (a required field missing, a negative line or character, a range that ends before it starts, a URI that does not
 * parse). A bad request gets that error; a bad notification is dropped with a one-line warning in the client's log.
 * Handlers can then rely on what the protocol promises, and no Java exception reaches the client.
 */
final class ProtocolValidator implements MessageConsumer {
    private static final Logger LOG = Logger.getLogger(ProtocolValidator.class.getName());
    private static final int MAX_DEPTH = 12;
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) {
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private final MessageConsumer next;
    private final MessageIssueHandler issues;
    private final Map<String, JsonRpcMethod> methods;

    /** {@code issues} answers a rejected request (LSP4J's endpoint: an error with the issue's code and text). */
    ProtocolValidator(MessageConsumer next, MessageIssueHandler issues, Map<String, JsonRpcMethod> methods) {
        this.next = next;
        this.issues = issues;
        this.methods = methods;
    }

    @Override
    public void consume(Message message) {
        Optional<MessageIssue> issue = check(message);
        if (issue.isEmpty()) {
            next.consume(message);
        } else if (message instanceof NotificationMessage n) {
            LOG.warning(
                    "ignored " + n.getMethod() + " notification: " + issue.get().getText());
        } else {
            issues.handle(message, List.of(issue.get()));
        }
    }

    /** The first problem of an incoming message, if any; responses and unknown methods pass. */
    Optional<MessageIssue> check(Message message) {
        String method;
        Object params;
        if (message instanceof RequestMessage r) {
            method = r.getMethod();
            params = r.getParams();
        } else if (message instanceof NotificationMessage n) {
            method = n.getMethod();
            params = n.getParams();
        } else {
            return Optional.empty();
        }
        if (!"2.0".equals(message.getJsonrpc())) {
            return Optional.of(new MessageIssue(
                    "not a JSON-RPC 2.0 message: \"jsonrpc\" must be \"2.0\"",
                    ResponseErrorCode.InvalidRequest.getValue()));
        }
        if (method == null || method.isEmpty()) {
            return Optional.of(
                    new MessageIssue("the message has no method", ResponseErrorCode.InvalidRequest.getValue()));
        }
        JsonRpcMethod m = methods.get(method);
        if (m == null || m.getParameterTypes().length != 1 || !(m.getParameterTypes()[0] instanceof Class<?> type)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>(1);
        if (params == null) {
            if (hasRequiredField(type)) {
                problems.add("params are required");
            }
        } else {
            walk(params, "params", problems, 0);
        }
        return problems.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new MessageIssue(method + ": " + problems.get(0), ResponseErrorCode.InvalidParams.getValue()));
    }

    private static boolean hasRequiredField(Class<?> type) {
        return isProtocolType(type)
                && FIELDS.get(type).stream()
                        .anyMatch(f -> f.isAnnotationPresent(NonNull.class) && f.getType() != Object.class);
    }

    private static boolean isProtocolType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.eclipse.lsp4j.")
                && !name.startsWith("org.eclipse.lsp4j.jsonrpc.")
                && !type.isEnum();
    }

    /** Records the first problem under {@code value} (stops at one: the answer is one line). */
    private static void walk(Object value, String path, List<String> problems, int depth) {
        // What the client can do is not ours to judge: LSP4J marks fields in capabilities required that clients omit.
        if (value == null
                || !problems.isEmpty()
                || depth > MAX_DEPTH
                || value instanceof JsonElement
                || value instanceof ClientCapabilities) {
            return;
        }
        if (value instanceof Either<?, ?> either) {
            walk(either.isLeft() ? either.getLeft() : either.getRight(), path, problems, depth + 1);
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", problems, depth + 1);
            }
            return;
        }
        if (value instanceof Position p) {
            if (p.getLine() < 0) {
                problems.add(path + ".line must be 0 or more (got " + p.getLine() + ")");
            } else if (p.getCharacter() < 0) {
                problems.add(path + ".character must be 0 or more (got " + p.getCharacter() + ")");
            }
            return;
        }
        if (!isProtocolType(value.getClass())) {
            return;
        }
        for (Field f : FIELDS.get(value.getClass())) {
            Object v;
            try {
                v = f.get(value);
            } catch (IllegalAccessException e) {
                continue;
            }
            String p = path + "." + f.getName();
            if (v == null) {
                // an untyped field is LSPAny, and null is one of its values (e.g. didChangeConfiguration's settings)
                if (f.isAnnotationPresent(NonNull.class) && f.getType() != Object.class) {
                    problems.add(p + " is required");
                    return;
                }
                continue;
            }
            if (f.getName().equals("uri") && v instanceof String s && !isUri(s)) {
                problems.add(p + " is not a URI");
                return;
            }
            walk(v, p, problems, depth + 1);
            if (!problems.isEmpty()) {
                return;
            }
        }
        if (value instanceof Range r
                && r.getStart() != null
                && r.getEnd() != null
                && before(r.getEnd(), r.getStart())) {
            problems.add(path + " ends before it starts");
        }
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
    }

    /** A string that parses as a URI with a scheme. */
    static boolean isUri(String s) {
        try {
            return new URI(s).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
