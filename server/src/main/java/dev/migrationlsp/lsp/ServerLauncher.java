package dev.migrationlsp.lsp;

import com.google.gson.Gson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Builds the server ({@link ServerWiring}) and runs JSON-RPC over the given streams until the client goes away. */
public final class ServerLauncher {
    private ServerLauncher() {}

    /**
     * Blocks until the input ends; returns the exit code. {@code configureLogging} (java.util.logging's set-up) runs
     * first on the wiring thread, while this one reads the first message, rather than before both: nothing logs before
     * the wiring is done, and the client's log handler is added once LSP4J is set up.
     */
    public static int run(
            InputStream in, OutputStream out, MigrationLanguageServer.ExitHook exit, Runnable configureLogging) {
        // Start-up (spawn -> initialize result) is on the editor's critical path. This thread reads the first
        // message while the side thread sets up logging and wires the server (the rules, the analyzer, the
        // services) and writes initialize's result; an initialize is then answered at once (EarlyInitialize), before
        // LSP4J's reflective set-up (its method table, its endpoint, the Gson adapters of the protocol classes),
        // which is most of the start-up and only needed from the next message on. That set-up runs on both threads,
        // balanced: the side thread reads the client interface's methods and the server's handlers (LSP4J's
        // endpoint), then builds the Gson adapters of the client's capabilities; this one reads the server's methods
        // (the larger part) and builds the launcher.

        CompletableFuture<ServerWiring> wiring = new CompletableFuture<>();
        CompletableFuture<String> initializeResult = new CompletableFuture<>();
        CompletableFuture<Endpoint> localEndpoint = new CompletableFuture<>();
        CompletableFuture<Map<String, JsonRpcMethod>> clientMethods = new CompletableFuture<>();
        CompletableFuture<MessageJsonHandler> jsonHandler = new CompletableFuture<>();
        CompletableFuture<Void> adapters = new CompletableFuture<>();
        CompletableFuture<Void> initializeAnswered = new CompletableFuture<>();
        Thread side = new Thread(
                () -> {
                    try {
                        configureLogging.run();
                        ServerWiring wired = new ServerWiring(exit);
                        wiring.complete(wired);
                        initializeResult.complete(wired.server().result().toString());
                        clientMethods.complete(ServiceEndpoints.getSupportedMethods(MigrationLanguageClient.class));
                        localEndpoint.complete(ServiceEndpoints.toEndpoint(wired.server()));
                        // initialize's params (when LSP4J reads them) and the client's capabilities (also when
                        // read early) need these large adapters before the next message is read
                        Gson gson = jsonHandler.join().getGson();
                        gson.getAdapter(InitializeParams.class);
                        gson.getAdapter(ClientCapabilities.class);
                        adapters.complete(null);
                    } catch (Throwable t) {
                        wiring.completeExceptionally(t);
                        initializeResult.completeExceptionally(t);
                        clientMethods.completeExceptionally(t);
                        localEndpoint.completeExceptionally(t);
                        adapters.completeExceptionally(t);
                        return;
                    }
                    initializeAnswered.join();
                    try {
                        wiring.join().afterInitialize();
                    } catch (RuntimeException e) {
                        // the first analysis builds it again and reports the same failure where it matters
                        Logger.getLogger(ServerLauncher.class.getName())
                                .log(Level.SEVERE, "setting up after initialize failed", e);
                    }
                },
                "migration-lsp-wiring");
        side.setDaemon(true);
        side.start();
        // Meanwhile the first message: an initialize is answered as soon as the server is wired, and LSP4J's
        // machinery is built after the answer (EarlyInitialize). Anything else is left for LSP4J to read.
        BufferedInputStream input = new BufferedInputStream(in);
        Optional<EarlyInitialize.Message> early = EarlyInitialize.read(input);
        if (early.isPresent()) {
            result(wiring).server().initializeEarly(early.get().request());
            try {
                EarlyInitialize.answer(out, early.get(), result(initializeResult));
            } catch (IOException e) {
                // the client has gone; LSP4J meets the closed streams when it starts
                Logger.getLogger(ServerLauncher.class.getName()).log(Level.WARNING, "answering initialize failed", e);
            }
            initializeAnswered.complete(null);
        }
        Map<String, JsonRpcMethod> serverMethods = ServiceEndpoints.getSupportedMethods(MigrationLanguageServer.class);
        Map<String, JsonRpcMethod> methods = supportedMethods(result(clientMethods), serverMethods);
        MessageJsonHandler json = new ParseErrorReportingJsonHandler(methods);
        jsonHandler.complete(json);
        ServerWiring wired = result(wiring);
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

            /** LSP4J's, with the endpoint the side thread made (the server's handlers, found by reflection). */
            @Override
            protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
                MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
                RemoteEndpoint remote = new RemoteEndpoint(outgoing, result(localEndpoint), exceptionHandler);
                jsonHandler.setMethodProvider(remote);
                remote.setJsonHandler(jsonHandler);
                return remote;
            }

            @Override
            protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
                MessageConsumer wrapped = super.wrapMessageConsumer(consumer);
                // Only the incoming side: the endpoint is what receives the client's messages.
                if (!(consumer instanceof RemoteEndpoint endpoint)) {
                    return wrapped;
                }
                MessageConsumer validated = new ProtocolValidator(wrapped, endpoint, methods);
                return new MessageConsumer() {
                    @Override
                    public void consume(Message message) {
                        validated.consume(message);
                        // initialize's handler answers before it returns, so its answer has been written now
                        if (message instanceof RequestMessage r && Scheduler.INITIALIZE.equals(r.getMethod())) {
                            server.initializeAnswered();
                            initializeAnswered.complete(null);
                        }
                    }
                };
            }
        }.setExceptionHandler(ServerLauncher::internalError)
                .setLocalService(server)
                .setRemoteInterface(MigrationLanguageClient.class)
                .setInput(input)
                .setOutput(out)
                .create();
        result(adapters);
        MigrationLanguageClient client = launcher.getRemoteProxy();
        server.connect(client);
        Logger.getLogger("").addHandler(new ClientLogHandler(client));
        if (early.isPresent()) {
            // before the next message is read, as when LSP4J's initialize handler sets them
            server.capabilitiesRead(EarlyInitialize.capabilities(
                    early.get(), json.getGson(), Logger.getLogger(ServerLauncher.class.getName())::warning));
            server.initializeAnswered();
        }
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
        return supportedMethods(
                ServiceEndpoints.getSupportedMethods(MigrationLanguageClient.class),
                ServiceEndpoints.getSupportedMethods(MigrationLanguageServer.class));
    }

    private static Map<String, JsonRpcMethod> supportedMethods(
            Map<String, JsonRpcMethod> clientMethods, Map<String, JsonRpcMethod> serverMethods) {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(clientMethods);
        methods.putAll(serverMethods);
        return methods;
    }

    /** A result of the side thread; its failure is rethrown as it was. */
    private static <T> T result(CompletableFuture<T> sideResult) {
        try {
            return sideResult.get(); // on the launching thread, before any request is read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the server", e);
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
