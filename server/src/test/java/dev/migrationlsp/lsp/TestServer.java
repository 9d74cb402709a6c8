package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.migrationlsp.insight.HeadsReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * End-to-end harness in the style of rust-analyzer's: starts the real shaded jar as a process, speaks JSON-RPC to it
 * over stdio through LSP4J's client launcher, does the handshake, and lets tests await notifications with a deadline.
 * On close it fails if the server sent an error or warning message nobody expected.
 */
public final class TestServer implements AutoCloseable {
    public static final Duration TIMEOUT = dev.migrationlsp.testing.Deadlines.LIVENESS;

    private final Process process;
    private final LanguageServer server;
    private final RecordingClient client = new RecordingClient();
    private final Path root;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final List<String> expectedMessages = new CopyOnWriteArrayList<>();
    private InitializeResult initializeResult;
    private List<Path> moreFolders = List.of();

    private final Path log;

    private TestServer(Path root, Process process, Path log) {
        this.root = root;
        this.log = log;
        this.process = process;
        Launcher<LanguageServer> launcher =
                LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
        this.server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /** The shaded jar under test (set by failsafe; falls back to the module's target dir when run from an IDE). */
    public static Path jar() {
        String p = System.getProperty("migrationlsp.jar");
        Path jar = p != null ? Path.of(p) : Path.of("target/migration-lsp.jar");
        assertThat(jar).as("shaded jar (run `./mvnw package` first)").exists();
        return jar;
    }

    public static Path examples() {
        String p = System.getProperty("migrationlsp.examples");
        return p != null ? Path.of(p) : Path.of("../examples");
    }

    /** Copies {@code examples/} to a fresh temp dir, so tests may change it. */
    public static Path copyOfExamples() throws IOException {
        Path dst = Files.createTempDirectory("migration-lsp-e2e");
        Path src = examples().toAbsolutePath().normalize();
        try (var s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }

    public static TestServer start(Path root) throws IOException {
        return start(root, Options.defaults());
    }

    /** Client-side knobs: which capabilities the fake editor announces. */
    public record Options(
            boolean dynamicWatchers,
            boolean resolveSupport,
            boolean resourceOperations,
            Object initOptions,
            Long processId) {
        public static Options defaults() {
            return new Options(true, true, true, null, ProcessHandle.current().pid());
        }

        public Options withDynamicWatchers(boolean v) {
            return new Options(v, resolveSupport, resourceOperations, initOptions, processId);
        }

        public Options withResolveSupport(boolean v) {
            return new Options(dynamicWatchers, v, resourceOperations, initOptions, processId);
        }

        public Options withInitOptions(Object v) {
            return new Options(dynamicWatchers, resolveSupport, resourceOperations, v, processId);
        }

        public Options withProcessId(Long v) {
            return new Options(dynamicWatchers, resolveSupport, resourceOperations, initOptions, v);
        }
    }

    public static TestServer start(Path root, Options options) throws IOException {
        return start(root, options, List.of());
    }

    /** Starts the jar with extra JVM options (benchmarks compare e.g. an AppCDS archive). */
    public static TestServer start(Path root, Options options, List<String> jvmOptions) throws IOException {
        return start(root, List.of(), options, jvmOptions);
    }

    /** A multi-root workspace: {@code root} first, then {@code moreFolders}, all sent as workspaceFolders. */
    public static TestServer startWithFolders(Path root, List<Path> moreFolders) throws IOException {
        return start(root, moreFolders, Options.defaults(), List.of());
    }

    private static TestServer start(Path root, List<Path> moreFolders, Options options, List<String> jvmOptions)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = root.resolveSibling(root.getFileName() + "-server.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar().toString());
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        TestServer ts = new TestServer(root, p, log);
        ts.moreFolders = List.copyOf(moreFolders);
        ts.initialize(options);
        return ts;
    }

    private void initialize(Options o) {
        InitializeParams params = new InitializeParams();
        if (o.processId() != null) {
            params.setProcessId(o.processId().intValue());
        }
        List<WorkspaceFolder> folders = new ArrayList<>();
        folders.add(new WorkspaceFolder(uri(root), root.getFileName().toString()));
        moreFolders.forEach(
                f -> folders.add(new WorkspaceFolder(uri(f), f.getFileName().toString())));
        params.setWorkspaceFolders(folders);
        params.setInitializationOptions(o.initOptions());
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(o.dynamicWatchers()));
        WorkspaceEditCapabilities we = new WorkspaceEditCapabilities();
        we.setDocumentChanges(true);
        if (o.resourceOperations()) {
            we.setResourceOperations(List.of("create", "rename", "delete"));
        }
        ws.setWorkspaceEdit(we);
        ws.setApplyEdit(true);
        caps.setWorkspace(ws);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        CodeActionCapabilities ca = new CodeActionCapabilities(
                new CodeActionLiteralSupportCapabilities(
                        new CodeActionKindCapabilities(List.of("quickfix", "source.fixAll"))),
                false);
        if (o.resolveSupport()) {
            ca.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        }
        td.setCodeAction(ca);
        caps.setTextDocument(td);
        params.setCapabilities(caps);
        initializeResult = request(server.initialize(params));
        initializedAt = System.nanoTime();
        server.initialized(new InitializedParams());
    }

    private long initializedAt;

    /** When the initialize result arrived (System.nanoTime). */
    public long initializedAtNanos() {
        return initializedAt;
    }

    public InitializeResult initializeResult() {
        return initializeResult;
    }

    public LanguageServer server() {
        return server;
    }

    public RecordingClient client() {
        return client;
    }

    public Path root() {
        return root;
    }

    public static String uri(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    public String open(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return open(file, text);
    }

    public String open(Path file, String text) {
        String uri = uri(file);
        versions.put(uri, 1);
        String lang = file.toString().endsWith(".sql") ? "sql" : file.toString().endsWith(".toml") ? "toml" : "python";
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, lang, 1, text)));
        return uri;
    }

    /** An incremental change replacing {@code range} with {@code text}; returns the new version. */
    public int change(String uri, Range range, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        TextDocumentContentChangeEvent ev = new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v), List.of(ev)));
        return v;
    }

    public int changeFull(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, v),
                        List.of(new TextDocumentContentChangeEvent(text))));
        return v;
    }

    public void close(String uri) {
        server.getTextDocumentService()
                .didClose(new DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
    }

    /** Polls until the latest diagnostics published for {@code uri} satisfy {@code condition}; returns them. */
    public List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            long seen = client.publishCount();
            PublishDiagnosticsParams p = client.latest.get(uri);
            if (p != null && condition.test(p.getDiagnostics())) {
                return p.getDiagnostics();
            }
            client.awaitPublishAfter(seen, 50);
        }
        PublishDiagnosticsParams p = client.latest.get(uri);
        throw new AssertionError("diagnostics for " + uri + " never matched within " + TIMEOUT + "; last: "
                + (p == null ? "none published" : p.getDiagnostics()) + "\nserver log:\n" + logTail());
    }

    /** Polls {@code condition} until it holds or the deadline passes. */
    public void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long seen = client.publishCount();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\nserver log:\n" + logTail());
            }
            client.awaitPublishAfter(seen, 20);
            seen = client.publishCount();
        }
    }

    public static Predicate<List<Diagnostic>> hasCode(String code) {
        return ds -> ds.stream()
                .anyMatch(d -> d.getCode() != null && code.equals(d.getCode().getLeft()));
    }

    public static Predicate<List<Diagnostic>> lacksCode(String code) {
        return hasCode(code).negate();
    }

    public static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getCode().getLeft()).sorted().toList();
    }

    /** Messages the test expects (substring of a showMessage/logMessage text), so close() does not fail on them. */
    public void expectMessage(String fragment) {
        expectedMessages.add(fragment);
    }

    /** Like {@link #get} but names the server's stderr log when the request fails. */
    public <T> T request(CompletableFuture<T> f) {
        try {
            return get(f);
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage() + "\nserver alive: " + process.isAlive() + "; server log " + log + ":\n" + logTail(),
                    e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed or timed out: " + e, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .as("server exited")
                .isTrue();
        return process.exitValue();
    }

    public void shutdownAndExit() throws InterruptedException {
        get(server.shutdown());
        server.exit();
        assertThat(awaitExit()).isZero();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            if (process.isAlive()) {
                shutdownAndExit();
            }
        } finally {
            process.destroyForcibly();
            // the log lies beside the workspace, outside a test's temporary directory: it goes with the session (a
            // failure's message has already quoted its tail)
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // best effort
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (MessageParams m : client.messages) {
            boolean loud = m.getType() == MessageType.Error || m.getType() == MessageType.Warning;
            if (loud && expectedMessages.stream().noneMatch(f -> m.getMessage().contains(f))) {
                unexpected.add(m.getType() + ": " + m.getMessage());
            }
        }
        assertThat(unexpected)
                .as("unexpected error/warning messages from the server")
                .isEmpty();
    }

    /** The fake editor: records what the server sends and answers its requests like a cooperative client. */
    public static final class RecordingClient implements MigrationLanguageClient {
        final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();
        public final List<PublishDiagnosticsParams> publishes = new CopyOnWriteArrayList<>();
        public final List<MessageParams> messages = new CopyOnWriteArrayList<>();
        public final List<ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
        public final List<ShowDocumentParams> shownDocuments = new CopyOnWriteArrayList<>();
        public final List<ShowMessageRequestParams> messageRequests = new CopyOnWriteArrayList<>();
        public final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
        public final List<HeadsReport> heads = new CopyOnWriteArrayList<>();
        /** How to answer window/showMessageRequest (default: pick the first action). */
        public volatile Function<ShowMessageRequestParams, MessageActionItem> answer =
                p -> p.getActions() == null || p.getActions().isEmpty()
                        ? null
                        : p.getActions().get(0);
        /** When set, answers workspace/applyEdit instead of {@link #applyEdit}, e.g. later (a slow editor). */
        public volatile Function<ApplyWorkspaceEditParams, CompletableFuture<ApplyWorkspaceEditResponse>>
                applyEditLater;
        /** Whether workspace/applyEdit succeeds; a real editor would apply it. */
        public volatile Function<ApplyWorkspaceEditParams, ApplyWorkspaceEditResponse> applyEdit =
                p -> new ApplyWorkspaceEditResponse(true);

        private final Object publishSignal = new Object();
        /** Publishes so far, guarded by {@code publishSignal}. */
        private long publishCount;

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            latest.put(diagnostics.getUri(), diagnostics);
            publishes.add(diagnostics);
            synchronized (publishSignal) {
                publishCount++;
                publishSignal.notifyAll();
            }
        }

        long publishCount() {
            synchronized (publishSignal) {
                return publishCount;
            }
        }

        /**
         * Waits up to {@code millis} for a publish after the {@code seen}-th: a publish that arrived between reading
         * the count and waiting returns at once (no lost wake-up, which cost a poll period of latency).
         */
        void awaitPublishAfter(long seen, long millis) {
            long deadline = System.nanoTime() + millis * 1_000_000;
            synchronized (publishSignal) {
                try {
                    long left;
                    while (publishCount == seen && (left = deadline - System.nanoTime()) > 0) {
                        publishSignal.wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        public PublishDiagnosticsParams latest(String uri) {
            return latest.get(uri);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            messages.add(messageParams);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            messageRequests.add(requestParams);
            return CompletableFuture.completedFuture(answer.apply(requestParams));
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            appliedEdits.add(params);
            var later = applyEditLater;
            return later != null ? later.apply(params) : CompletableFuture.completedFuture(applyEdit.apply(params));
        }

        @Override
        public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
            shownDocuments.add(params);
            return CompletableFuture.completedFuture(new ShowDocumentResult(true));
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.add(params);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void headsChanged(HeadsReport report) {
            heads.add(report);
        }
    }

    /** Small JSON helper for command arguments. */
    public static JsonObject json(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.addProperty(kv[i], kv[i + 1]);
        }
        return o;
    }
}
