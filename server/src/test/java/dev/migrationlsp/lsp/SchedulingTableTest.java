package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.junit.jupiter.api.Test;

/**
 * The scheduling table is the one place that says how each method runs: every JSON-RPC method the server implements and
 * every command it advertises has a row, every handler goes through {@link Scheduler} under its own name, and a cancelled
 * read's work sees its cancel checker fire.
 */
class SchedulingTableTest {
    private static final List<Class<?>> SERVICES =
            List.of(MigrationLanguageServer.class, DocumentService.class, WorkspaceServiceImpl.class);

    /** The JSON-RPC name of each method a service class implements (overrides of LSP4J's annotated interface methods). */
    static Map<Method, String> implementedMethods() {
        Map<Method, String> out = new HashMap<>();
        for (Class<?> c : SERVICES) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                rpcName(c, m).ifPresent(name -> out.put(m, name));
            }
        }
        return out;
    }

    private static Optional<String> rpcName(Class<?> impl, Method m) {
        for (Class<?> i : allInterfaces(impl)) {
            try {
                Method declared = i.getMethod(m.getName(), m.getParameterTypes());
                JsonRequest rq = declared.getAnnotation(JsonRequest.class);
                JsonNotification nt = declared.getAnnotation(JsonNotification.class);
                if (rq == null && nt == null) {
                    continue;
                }
                String name = rq != null ? rq.value() : nt.value();
                if (name.isEmpty()) {
                    name = m.getName();
                }
                JsonSegment seg = declared.getDeclaringClass().getAnnotation(JsonSegment.class);
                boolean segmented = rq != null ? rq.useSegment() : nt.useSegment();
                return Optional.of(seg != null && segmented ? seg.value() + "/" + name : name);
            } catch (NoSuchMethodException e) {
                // not this interface
            }
        }
        return Optional.empty();
    }

    private static List<Class<?>> allInterfaces(Class<?> c) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> i : c.getInterfaces()) {
            out.add(i);
            out.addAll(allInterfaces(i));
        }
        return out;
    }

    private static ServerWiring wiring() {
        return new ServerWiring(code -> {});
    }

    @Test
    void everyImplementedMethodAndEveryCommandHasARowAndEveryRowIsImplemented() {
        Set<String> implemented = new TreeSet<>(implementedMethods().values());
        List<CommandHandler> handlers = wiring().commands();
        Set<String> rows = new TreeSet<>(Scheduler.TABLE.keySet());
        Set<String> expected = new TreeSet<>(implemented);
        handlers.forEach(h -> expected.add(h.command()));
        assertThat(rows).isEqualTo(expected);
        for (CommandHandler h : handlers) {
            Scheduler.Mode mode = Scheduler.TABLE.get(h.command()).mode();
            assertThat(mode)
                    .as(h.command())
                    .isEqualTo(h instanceof CommandHandler.SnapshotRead ? Scheduler.Mode.READ : Scheduler.Mode.DIALOG);
        }
    }

    @Test
    void everyHandlerGoesThroughTheSchedulerUnderItsOwnName() throws Exception {
        ServerWiring wiring = wiring();
        Map<Class<?>, Object> services = Map.of(
                MigrationLanguageServer.class, wiring.server(),
                DocumentService.class, wiring.documents(),
                WorkspaceServiceImpl.class, wiring.workspace());
        Scheduler scheduler = wiring.scheduler();
        List<String> seen = new CopyOnWriteArrayList<>();
        scheduler.traceTo(seen::add);
        for (Map.Entry<Method, String> e : implementedMethods().entrySet()) {
            Method m = e.getKey();
            Object service = services.get(m.getDeclaringClass());
            Object[] args = new Object[m.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = ParamsFactory.make(m.getParameterTypes()[i], 0);
            }
            seen.clear();
            try {
                m.invoke(service, args);
            } catch (InvocationTargetException ex) {
                // a handler may refuse its made-up argument; it must have asked the scheduler first
            }
            assertThat(seen).as("dispatches of %s", m).first().isEqualTo(e.getValue());
        }
    }

    @Test
    void cancellingAReadFiresItsCancelChecker() throws Exception {
        Path root = Files.createTempDirectory("migration-lsp-scheduling");
        ServerState state = new ServerState();
        Scheduler scheduler = new Scheduler(state, List.of());
        try (WorkspaceSession session = new WorkspaceSession(new Workspace(root, new ConfigLoader()))) {
            state.addFolder(session);
            session.update(ws -> ws.load(Map.of())).get(20, TimeUnit.SECONDS);
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
            CompletableFuture<Object> read =
                    scheduler.read(Scheduler.HOVER, TestServer.uri(root.resolve("x.py")), (ws, cancel) -> {
                        started.countDown();
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                        while (!cancel.isCanceled() && System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        sawCancel.complete(cancel.isCanceled());
                        cancel.checkCanceled();
                        return "finished";
                    });
            assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
            read.cancel(true); // what LSP4J does on $/cancelRequest
            assertThat(sawCancel.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(read).isCancelled();

            // a non-cancellable mode would hand out CancelChecker.NEVER: every READ row is cancellable
            assertThat(Scheduler.TABLE.values())
                    .filteredOn(s -> s.mode() == Scheduler.Mode.READ)
                    .allMatch(Scheduler.Schedule::cancellable);
            assertThat(CancelChecker.NEVER.isCanceled()).isFalse();
        } finally {
            scheduler.close();
        }
    }
}
