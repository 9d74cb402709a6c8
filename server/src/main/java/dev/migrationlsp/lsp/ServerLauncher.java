package dev.migrationlsp.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Builds the server ({@link ServerWiring}) and runs JSON-RPC over the given streams until the client goes away. */
public final class ServerLauncher {
    private ServerLauncher() {}

    /** Blocks until the input ends; returns the exit code. */
    public static int run(InputStream in, OutputStream out, MigrationLanguageServer.ExitHook exit) {
        // Start-up (spawn -> initialize result) is on the editor's critical path. The wiring (loading and building
        // the rules, the analyzer, the services) and LSP4J's reflective set-up (its method table, the Gson adapters
        // of the protocol classes) are independent, so they run side by side: the wiring on its own thread, the
        // JSON-RPC part here.
        CompletableFuture<ServerWiring> wiring = new CompletableFuture<>();
        Thread wire = new Thread(
                () -> {
                    try {
                        wiring.complete(new ServerWiring(exit));
                    } catch (Throwable t) {
                        wiring.completeExceptionally(t);
                    }
                },
                "migration-lsp-wiring");
        wire.setDaemon(true);
        wire.start();
        Map<String, JsonRpcMethod> methods = supportedMethods();
        MessageJsonHandler json = new ParseErrorReportingJsonHandler(methods);
        // the first message is initialize: build its (large) adapters now rather than when it arrives
        json.getGson().getAdapter(InitializeParams.class);
        json.getGson().getAdapter(InitializeResult.class);
        ServerWiring wired = wired(wiring);
        MigrationLanguageServer server = wired.server();
        Launcher<MigrationLanguageClient> launcher = new LSPLauncher.Builder<MigrationLanguageClient>() {
            @Override
            protected Map<String, JsonRpcMethod> getSupportedMethods() {
                return methods;
            }

            @Override
            protected MessageJsonHandler createJsonHandler() {
                return json;
            }

            @Override
            protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
                MessageConsumer wrapped = super.wrapMessageConsumer(consumer);
                // Only the incoming side: the endpoint is what receives the client's messages.
                return consumer instanceof RemoteEndpoint endpoint
                        ? new ProtocolValidator(wrapped, endpoint, methods)
                        : wrapped;
            }
        }.setExceptionHandler(ServerLauncher::internalError)
                .setLocalService(server)
                .setRemoteInterface(MigrationLanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .create();
        MigrationLanguageClient client = launcher.getRemoteProxy();
        server.connect(client);
        Logger.getLogger("").addHandler(new ClientLogHandler(client));
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Logger.getLogger(ServerLauncher.class.getName()).log(Level.WARNING, "connection failed", e.getCause());
        }
        wired.close();
        return 0;
    }

    /**
     * The JSON-RPC methods of both sides, as LSP4J's builder gathers them (the client interface's, then the server
     * class's), without the server instance: the table depends only on the classes.
     */
    static Map<String, JsonRpcMethod> supportedMethods() {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
        methods.putAll(ServiceEndpoints.getSupportedMethods(MigrationLanguageClient.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(MigrationLanguageServer.class));
        return methods;
    }

    /** The wiring thread's result; its failure is rethrown as it was. */
    private static ServerWiring wired(CompletableFuture<ServerWiring> wiring) {
        try {
            return wiring.get(); // on the launching thread, before any request is read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wiring the server", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A failure in a handler is the server's bug: the client gets one line, the stack trace goes to the log. Errors
     * a handler raised on purpose (a {@link ResponseErrorException}) pass through unchanged.
     */
    static ResponseError internalError(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause instanceof java.lang.reflect.InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        if (cause instanceof UnsupportedOperationException) {
            // LSP4J's default for a method of the protocol this server does not implement
            return new ResponseError(
                    ResponseErrorCode.MethodNotFound, "migration-lsp does not implement this method", null);
        }
        Logger.getLogger(ServerLauncher.class.getName()).log(Level.SEVERE, "request failed", cause);
        String what = cause.getMessage() == null
                ? "unexpected failure"
                : cause.getMessage().lines().findFirst().orElse("");
        return new ResponseError(ResponseErrorCode.InternalError, "internal error in migration-lsp: " + what, null);
    }

    /** Warnings and errors also go to the client's log (window/logMessage); everything goes to stderr. */
    static final class ClientLogHandler extends Handler {
        private final MigrationLanguageClient client;

        ClientLogHandler(MigrationLanguageClient client) {
            this.client = client;
            setLevel(Level.WARNING);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            // Library warnings (e.g. LSP4J's "unmatched cancel notification", a benign race) stay on stderr; the
            // editor sees our own warnings and anyone's errors.
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (!logger.startsWith("dev.migrationlsp") && record.getLevel().intValue() < Level.SEVERE.intValue()) {
                return;
            }
            MessageType type =
                    record.getLevel().intValue() >= Level.SEVERE.intValue() ? MessageType.Error : MessageType.Warning;
            String msg = record.getMessage() + (record.getThrown() == null ? "" : ": " + record.getThrown());
            try {
                client.logMessage(new MessageParams(type, msg));
            } catch (RuntimeException e) {
                // the connection may be gone; stderr still has it
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
